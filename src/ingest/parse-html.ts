import { Readability } from "@mozilla/readability";
import type { ArmsDocument, Stage } from "../core/document.js";
import { blockText, parsePage, plainText } from "./html-text.js";

export interface ParseHtmlOptions {
  /** Readability's minimum article length in characters (its `charThreshold`). Default 200. */
  readonly charThreshold?: number;
}

const STAGE = "parse-html";
const CHROME = "script, style, noscript, template, iframe, nav, header, footer, aside, form, [role=navigation], [aria-hidden=true]";

/**
 * For HTML documents: `text` becomes the article text the page shows (Readability over linkedom),
 * headline first on its own line, one paragraph per block. Where Readability finds no article,
 * the body text without navigation, header, footer and asides, with a warning. Text pages pass untouched.
 */
export function parseHtml(options: ParseHtmlOptions = {}): Stage {
  const threshold = options.charThreshold ?? 200;
  return (doc: ArmsDocument) => {
    if (doc.format !== "html") return;
    const document = parsePage(doc.source);
    // The headline a reader sees: the page's h1, else its og:title, else its <title>.
    const ogTitle = document.querySelector('meta[property="og:title"]')?.getAttribute("content") ?? "";
    const h1 = document.querySelector("h1");
    const h1Text = h1 ? blockText(h1 as unknown as Parameters<typeof blockText>[0]).replace(/\s+/g, " ") : "";
    // In a <title>, what follows " | " is the site's name ("Grain deal | Wire").
    const pageTitle = plainText(h1Text || ogTitle || (document.title ?? "").replace(/\s+\|\s+[^|]{1,60}$/, "") || "");
    let article: { title: string; node: unknown } | null = null;
    try {
      const parsed = new Readability(document, {
        charThreshold: threshold,
        serializer: (node: Node) => node,
      }).parse();
      // On a page with little text Readability returns the whole body, menus included: treat that as no article.
      if (parsed?.content && (parsed.length ?? 0) >= threshold) article = { title: plainText(parsed.title ?? ""), node: parsed.content };
    } catch (error) {
      doc.report(STAGE, "readability-failed", `Readability failed: ${error instanceof Error ? error.message : String(error)}`, "warning");
    }
    let body: string;
    let title: string;
    if (article) {
      body = blockText(article.node as Parameters<typeof blockText>[0]);
      title = pageTitle || article.title;
    } else {
      const page = parsePage(doc.source);
      for (const el of Array.from(page.querySelectorAll(CHROME))) el.remove();
      body = page.body ? blockText(page.body as unknown as Parameters<typeof blockText>[0]) : "";
      title = pageTitle;
      doc.report(STAGE, "no-article", "no article found in the page: read the body text without navigation, header and footer", "warning");
    }
    const firstLine = body.slice(0, body.indexOf("\n") >>> 0);
    const text = title && firstLine.trim() !== title ? `${title}\n\n${body}` : body;
    if (!text.trim()) return void doc.report(STAGE, "empty-document", "the page shows no text", "fatal");
    doc.text = text;
  };
}

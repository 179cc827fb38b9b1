import { Readability } from "@mozilla/readability";
import type { ArmsDocument, Stage } from "../core/document.js";
import { blockText, parsePage, plainText, tooComplex } from "./html-text.js";
import { isSpared, unspare } from "./glance-page.js";
import { keepFactBoxes } from "./keep-fact-boxes.js";
import { declaredMeta, rememberByline, rememberPageMeta } from "./read-metadata.js";
import { relatedHeadlines } from "./related-boxes.js";

export interface ParseHtmlOptions {
  /** Readability's minimum article length in characters (its `charThreshold`). Default 200. */
  readonly charThreshold?: number;
  /** Pages nested deeper than this skip Readability (it takes minutes on them, then overflows its stack). Default 400. */
  readonly maxDepth?: number;
  /** Pages with more elements than this skip Readability. Default 200,000. */
  readonly maxElements?: number;
}

const STAGE = "parse-html";
const CHROME = "script, style, noscript, template, iframe, nav, header, footer, aside, form, [role=navigation], [aria-hidden=true]";
type Root = Parameters<typeof blockText>[0];

/**
 * For HTML documents: `text` becomes the article text the page shows (Readability over linkedom),
 * headline first on its own line, one paragraph per block. Where Readability finds no article,
 * the body text without navigation, header, footer and asides, with a warning. Either way the headlines of the
 * page's "Read also" boxes follow, one `Label: headline` line each. Text pages pass untouched.
 */
export function parseHtml(options: ParseHtmlOptions = {}): Stage {
  const threshold = options.charThreshold ?? 200;
  return (doc: ArmsDocument) => {
    if (doc.format !== "html") return;
    let document = parsePage(doc.source);
    rememberPageMeta(doc, document);
    const title = headline(document);
    if (isSpared(doc)) {
      // A page that names no party (glance-page.ts) needs no article text unless its metadata would come from it.
      const declared = declaredMeta(doc);
      if (title && (doc.meta.title ?? declared.title) && (doc.meta.published ?? declared.published)) return void (doc.text = title);
      unspare(doc);
    }
    const related = relatedHeadlines(document);
    // A fact box is the report's own text, though extraction would drop it as an aside (keep-fact-boxes.ts).
    keepFactBoxes(document);
    let body: string | null = null;
    if (tooComplex(document as unknown as Root, options.maxDepth ?? 400, options.maxElements ?? 200_000)) {
      doc.report(STAGE, "html-too-complex", "the page nests too deep or holds too many elements for article extraction", "warning");
    } else {
      body = article(doc, document, threshold);
      if (body === null) {
        document = parsePage(doc.source); // Readability changed the DOM it read
        keepFactBoxes(document);
      }
    }
    if (body === null) {
      for (const el of Array.from(document.querySelectorAll(CHROME))) el.remove();
      // Removing the chrome can remove the root itself (a page that opens with an unclosed <style>): no body then.
      body = document.documentElement && document.body ? blockText(document.body as unknown as Root) : "";
      doc.report(STAGE, "no-article", "no article found in the page: read the body text without navigation, header and footer", "warning");
    }
    // The "Read also" boxes the article text left out, after it, as a text page shows them (related-boxes.ts). A box
    // the article kept in place (its headlines bare lines under its heading, which reads as a list of links) is moved
    // there too: each of its headlines is a report of its own all the same.
    const lines = new Set(body.split("\n").map((l) => l.trim()));
    const kept = related.filter((line) => lines.has(line.slice(line.indexOf(": ") + 2)));
    if (kept.length) {
      const moved = new Set(kept.map((line) => line.slice(line.indexOf(": ") + 2)));
      body = body
        .split("\n")
        .filter((l) => !moved.has(l.trim()))
        .join("\n")
        .replace(/\n{3,}/g, "\n\n");
    }
    const boxes = related.filter((line) => !body!.includes(line.slice(line.indexOf(": ") + 2)));
    if (boxes.length) body = [body, ...boxes].filter(Boolean).join("\n\n");
    const firstLine = body.slice(0, body.indexOf("\n") >>> 0);
    const text = title && firstLine.trim() !== title ? `${title}\n\n${body}` : body;
    if (!text.trim()) return void doc.report(STAGE, "empty-document", "the page shows no text", "fatal");
    doc.text = text;
  };
}

/** The headline a reader sees: the page's h1, else its og:title, else its <title> without the site name. */
function headline(document: Document): string {
  const h1 = document.querySelector("h1");
  if (h1) {
    const text = plainText(blockText(h1 as unknown as Root));
    if (text) return text;
  }
  const og = document.querySelector('meta[property="og:title"]')?.getAttribute("content");
  // In a <title>, what follows " | " is the site's name ("Grain deal | Wire").
  return plainText(og || (document.title ?? "").replace(/\s+\|\s+[^|]{1,60}$/, ""));
}

/** The article's text by Readability, or null where it finds none (or only a short page, menus included). */
function article(doc: ArmsDocument, document: Document, threshold: number): string | null {
  try {
    const parsed = new Readability(document, { charThreshold: threshold, serializer: (node: Node) => node }).parse();
    if (parsed?.byline) rememberByline(doc, parsed.byline);
    if (parsed?.content && (parsed.length ?? 0) >= threshold) return blockText(parsed.content as unknown as Root);
  } catch (error) {
    doc.report(STAGE, "readability-failed", `Readability failed: ${error instanceof Error ? error.message : String(error)}`, "warning");
  }
  return null;
}

import { DOMParser } from "linkedom";
import type { ArmsDocument, Stage } from "../core/document.js";
import { blockText, parsePage } from "./html-text.js";

const STAGE = "read-feed";

/** An RSS 2.0 / RSS 1.0 (RDF) or Atom feed: the root element after the XML declaration, comments and a doctype. */
const FEED_ROOT = /^\uFEFF?\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--[\s\S]*?-->\s*|<!DOCTYPE[^>]*>\s*|<\?[^>]*\?>\s*)*<(?:rss|feed|rdf:RDF)[\s>]/i;

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/** A feed's item: its title, its date (YYYY-MM-DD) and its text, all as a reader sees them. */
interface FeedItem {
  readonly title: string;
  readonly published: string | null;
  readonly body: string;
}

interface XmlNode {
  readonly tagName: string;
  readonly textContent: string | null;
  readonly innerHTML: string;
  readonly children: ArrayLike<XmlNode>;
  getAttribute(name: string): string | null;
}

/**
 * For a saved RSS or Atom feed (as .xml, or saved as text): `text` becomes the feed's items, one after the other, each its
 * title on a line of its own and then its description or content as paragraphs (the HTML in it decoded), and
 * `doc.sections` records each item's title and date, so that each item is read as a report of its own (split-segments.ts):
 * its title is the section's headline, its own date the section's date. The feed's own title and description, and each
 * item's links, ids and categories, are left out: they are the reader's furniture, not reports.
 *
 * The XML is read by linkedom's XML parser (the same library that reads HTML pages), which keeps CDATA sections and
 * decodes entities; an item's HTML (CDATA, or entity-encoded) is then read as a page fragment.
 */
export function readFeed(): Stage {
  return (doc: ArmsDocument) => {
    if (!FEED_ROOT.test(doc.source.slice(0, 4096))) return;
    let items: FeedItem[];
    try {
      items = feedItems(doc.source);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return void doc.report(STAGE, "feed-unreadable", `the feed could not be read as XML: ${message}`, "warning");
    }
    if (items.length === 0) return void doc.report(STAGE, "feed-empty", "the feed holds no items: read as it stands", "warning");
    let text = "";
    const sections: ArmsDocument["sections"] = [];
    for (const item of items) {
      if (!item.title && !item.body) continue;
      if (text) text += "\n\n";
      const start = text.length;
      let headline = null;
      if (item.title) {
        headline = { start, end: start + item.title.length };
        text += item.title;
        if (item.body) text += "\n\n";
      }
      text += item.body;
      sections.push({ span: { start, end: text.length }, headline, published: item.published });
    }
    if (!sections.length) return void doc.report(STAGE, "feed-empty", "the feed's items hold no text: read as it stands", "warning");
    doc.text = text;
    doc.format = "text";
    doc.sections = sections;
  };
}

function feedItems(xml: string): FeedItem[] {
  const document = new DOMParser().parseFromString(xml, "text/xml") as unknown as { querySelectorAll(s: string): ArrayLike<XmlNode> };
  const out: FeedItem[] = [];
  for (const node of Array.from(document.querySelectorAll("item, entry"))) {
    const title = shown(child(node, ["title"]));
    const body = shown(child(node, ["content:encoded", "content", "description", "summary"]));
    const date = child(node, ["pubdate", "published", "dc:date", "updated"]);
    out.push({ title: title.replace(/\s+/g, " ").trim(), body, published: date ? day(date.textContent ?? "") : null });
  }
  return out;
}

/** The first child element of an item with one of these names, in the order of the names. */
function child(node: XmlNode, names: readonly string[]): XmlNode | null {
  const children = Array.from(node.children);
  for (const name of names) {
    const found = children.find((c) => c.tagName.toLowerCase() === name);
    if (found) return found;
  }
  return null;
}

/** An element's text as a reader sees it: its HTML (escaped, in CDATA or inline XHTML) read as a page fragment. */
function shown(node: XmlNode | null): string {
  if (!node) return "";
  const type = (node.getAttribute("type") ?? "").toLowerCase();
  if (type === "text") return (node.textContent ?? "").replace(/[ \t]+/g, " ").trim();
  const html = type === "xhtml" ? node.innerHTML : (node.textContent ?? "");
  const body = parsePage(html).body as unknown as Parameters<typeof blockText>[0] | null;
  return body ? blockText(body).trim() : "";
}

/**
 * An item's day as written: "Thu, 06 Feb 2025 18:20:00 +0000" (RSS) or "2025-02-06T18:20:00Z" (Atom) → "2025-02-06".
 * Read by hand, not through Date or a date library: those turn the time into the machine's zone and can move the day,
 * where the day the outlet wrote is the report's day.
 */
function day(written: string): string | null {
  const iso = /(\d{4})-(\d{2})-(\d{2})/.exec(written);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const rfc = /(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?\s+(\d{4})/.exec(written);
  const month = rfc ? MONTHS.indexOf(rfc[2].toLowerCase()) : -1;
  if (!rfc || month < 0) return null;
  return `${rfc[3]}-${String(month + 1).padStart(2, "0")}-${rfc[1].padStart(2, "0")}`;
}

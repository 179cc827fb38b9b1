import { blockText, tooComplex } from "./html-text.js";
import { boilerplateLexicon } from "./lexicon.js";

type Root = Parameters<typeof blockText>[0];

/** Elements that hold a box of links to other stories. */
const BOXES = "aside, div, section";
/** A box is a short block: a whole article that happens to open with "Related" is not one. */
const MAX_BOX_TEXT = 1500;
/**
 * A box is a small subtree too: past this many elements a block is no box, and its text is never built. Without it
 * every nested block of a hostile page (thousands of nested divs) built its whole subtree's text: quadratic, over a minute.
 */
const MAX_BOX_ELEMENTS = 400;
/** A linked headline has a few words; "More", "Podcast" or a tag alone is no report. */
const MIN_HEADLINE_WORDS = 3;

/**
 * The headlines of a page's "Read also" / "Related" boxes, each as a line `Label: headline`, in page order.
 * Article extraction drops these boxes, yet each headline is a report of its own (SCHEMA.md: the page as a
 * crawler saved it, "read also" boxes included); written as a text page writes them, split-segments makes each
 * an embedded segment with no date. A box is a block whose first line is a box label of boilerplate.json
 * (`boxLabels`, the same words a text page's boxes open with), or a heading that is a box's only in markup
 * (`pageBoxLabels`: "More from World", "On the same subject"), whose headlines are written under "Related".
 * A headline is a link's words, or a list item's where the item links to nothing (`<li>` text alone).
 * `<aside><h3>Read also</h3><ul><li><a>Norway to fund two more air defence units</a></li></ul></aside>`
 * → `["Read also: Norway to fund two more air defence units"]`
 */
export function relatedHeadlines(document: Document): string[] {
  const { boxLabel: label, pageBoxLabel } = boilerplateLexicon();
  const out: string[] = [];
  const seen = new Set<string>();
  for (const box of Array.from(document.querySelectorAll(BOXES))) {
    if (tooComplex(box as unknown as Root, Infinity, MAX_BOX_ELEMENTS)) continue;
    const text = blockText(box as unknown as Root);
    if (text.length > MAX_BOX_TEXT) continue;
    const name = boxName(box, text, label) ?? pageBoxName(box, text, pageBoxLabel);
    if (name === null) continue;
    for (const item of Array.from(box.querySelectorAll("a, li"))) {
      // A list item that links to nothing is a headline all the same; one that holds a link gives the link's words.
      if (item.tagName === "LI" && item.querySelector("a")) continue;
      const headline = (item.textContent ?? "").replace(/\s+/g, " ").trim();
      if (headline.split(" ").length < MIN_HEADLINE_WORDS || seen.has(headline)) continue;
      seen.add(headline);
      out.push(`${name}: ${headline}`);
    }
  }
  return out;
}


/** Parts of a label line that names the box in two languages ("Lees ook / Read also"). */
const LABEL_PARTS = /\s+[/|]\s+/u;

/**
 * The box's label, or null where the block is no box. The label is its first line, or the text of its first element
 * where the links run on after it in one line (`<strong>Read also</strong> <a>…</a>`); either may give it in two
 * languages, one of them a box label.
 */
function boxName(box: Element, text: string, label: RegExp): string | null {
  const first = text.slice(0, text.indexOf("\n") >>> 0).trim();
  const lead = box.firstElementChild && box.firstElementChild.tagName !== "A" ? (box.firstElementChild.textContent ?? "").replace(/\s+/g, " ").trim() : "";
  for (const line of [first, lead]) {
    if (!line) continue;
    for (const part of [line, ...(LABEL_PARTS.test(line) ? line.split(LABEL_PARTS) : [])]) {
      const m = label.exec(part.trim());
      if (!m) continue;
      // (A lead element is the label whole: "Read also" alone, not the start of a headline.)
      if (line === lead && line !== first && m[0].length < part.trim().length) continue;
      return m[0].replace(/[\s:：—–|\-[\]]+$/u, "").replace(/^\[\s*/, "").trim();
    }
  }
  return null;
}

/** A page's own label for a box ("More from World" as its first line or first element): written "Related", as a text page names such a box. */
function pageBoxName(box: Element, text: string, label: RegExp): string | null {
  const first = text.slice(0, text.indexOf("\n") >>> 0).trim();
  const lead = box.firstElementChild && box.firstElementChild.tagName !== "A" ? (box.firstElementChild.textContent ?? "").replace(/\s+/g, " ").trim() : "";
  return label.test(first) || (lead && label.test(lead)) ? "Related" : null;
}

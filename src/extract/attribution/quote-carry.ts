import type { ArmsDocument, Sentence } from "../../core/document.js";

/**
 * How a sentence stands to a quotation: "inside" where it starts within a quotation opened in an earlier
 * sentence of its paragraph ("X said: “We sent rifles. | We will send more.”"), "opens" where it starts with
 * a quotation mark of its own ("“We sent rifles,” X said. | “We will send more.”"), else null. Quotation
 * marks are counted from the paragraph's start: curly marks open and close, straight ones toggle.
 *
 *     "Ana said: “One. Two.”" (at "Two.") -> "inside"
 */
export function quoteStanding(doc: ArmsDocument, sentence: Sentence): "inside" | "opens" | null {
  const start = sentence.span.start;
  // (Read on from where the last sentence left off, so a page of one long paragraph stays linear.)
  let scan = scans.get(doc);
  const paragraph = doc.text.lastIndexOf("\n", start - 1) + 1;
  if (!scan || scan.at > start || scan.at < paragraph) scan = { at: paragraph, curly: false, straight: false };
  for (let i = scan.at; i < start; i++) {
    const c = doc.text[i];
    if (c === "“") scan.curly = true;
    else if (c === "”") scan.curly = false;
    else if (c === '"') scan.straight = !scan.straight;
  }
  scan.at = start;
  scans.set(doc, scan);
  if (scan.curly || scan.straight) return "inside";
  return /^\s*(?:[-–—]\s*)?[“"]/.test(doc.slice(sentence.span)) ? "opens" : null;
}

/** Where the count of quotation marks stands, per document: the position read up to and the marks open there. */
const scans = new WeakMap<ArmsDocument, { at: number; curly: boolean; straight: boolean }>();

/** Whether a sentence holds a quotation mark at all: only such a sentence hands its speaker to the quotation that goes on. */
export const quotes = (text: string) => /[“”"]/.test(text);

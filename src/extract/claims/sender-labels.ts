import type { ArmsDocument } from "../../core/document.js";
import type { Span } from "../../core/span.js";
import shapes from "../../knowledge/shapes.json" with { type: "json" };

const { stamp, label, channelCode, maxWords, sayingWords } = shapes.senderLabel;
// A time stamp, then one or more labels each closed by a colon: "[18/10 09:41] ALERT XX-DEF: Spy agency: ...".
const labels = new RegExp(`^[ \\t]*(${stamp}[ \\t]*)?((?:${label}:[ \\t]+)+)`, "u");
const saying = new RegExp(`\\b(?:${sayingWords.join("|")})\\b`, "iu");
const code = new RegExp(`(?:^|\\s)${channelCode}(?=[\\s:]|$)`, "u");

/**
 * Where the labels at the start of an entry end ("[09:41] ALERT XX-DEF: Spy agency: 1,500 soldiers moved ..."):
 * the offset just past their last colon, or null where the entry opens with none. A label is a few words with no
 * verb ("The minister said: ...", "Their trade reaches east: ..." are sentences); with no time stamp before it, it
 * holds a channel code or names a body or a person, so that a heading ("Britain's supply line: a stock-take") is
 * none.
 */
export function senderLabelEnd(doc: ArmsDocument, sentence: Span): number | null {
  const m = labels.exec(doc.text.slice(sentence.start, sentence.end));
  if (!m) return null;
  const from = sentence.start + (m[0].length - m[2].length);
  const end = sentence.start + m[0].length;
  const parts = m[2].split(/:[ \t]+/).filter((p) => p.trim());
  if (parts.some((p) => p.trim().split(/\s+/).length > maxWords || saying.test(p))) return null;
  if (doc.within(doc.tokens, { start: from, end }).some((t) => t.pos === "VERB" || t.pos === "AUX")) return null;
  const sender = code.test(m[2]) || doc.within(doc.mentions, { start: from, end }).some((x) => x.kind === "body" || x.kind === "person");
  if (!m[1] && !sender) return null;
  // (Something must follow the labels: a line that is all label is a heading.)
  return /\S/.test(doc.text.slice(end, sentence.end)) ? end : null;
}

/**
 * A body or a person named in an entry's sender label ("Spy agency: ...", "XX-DEF: Defence ministry spokesman Ana
 * Ruiz: ...") is who tells what follows, a source hint at most, never a party to it; a state named alone as the
 * label ("[09:00] Norway: 40 rifles sent to Peru") heads its own line's flow and stays.
 */
export function outsideSenderLabel<T extends { readonly span: Span }>(doc: ArmsDocument, sentence: Span, parties: readonly T[], isBareState: (p: T) => boolean): T[] {
  const end = senderLabelEnd(doc, sentence);
  if (end === null) return [...parties];
  const text = doc.text;
  return parties.filter((p) => p.span.start >= end || (isBareState(p) && /^[ \t]*(?:the\s+)?$/iu.test(text.slice(labelStartBefore(text, sentence.start, p.span.start), p.span.start)) && text[p.span.end] === ":"));
}

// Where the label that holds an offset starts: just past the colon (or the stamp) before it.
function labelStartBefore(text: string, from: number, at: number): number {
  const before = text.slice(from, at);
  const colon = before.lastIndexOf(": ");
  const bracket = before.lastIndexOf("] ");
  return from + Math.max(colon >= 0 ? colon + 2 : 0, bracket >= 0 ? bracket + 2 : 0);
}

import type { Span } from "../../core/span.js";

// A relative clause set off by commas inside a sentence: ", which has long denied any such trade,".
// Hand-written over characters: it must work on sentences the tagger did not read (attribution reads all).
const aside = /,\s*(?:which|who)\s+[^,;:.”"“]*,(?=\s*[\p{L}])/giu;
// ", which denied it, said the minister": what follows the aside is the attribution, not a clause of its own.
const speechTail = /^\s*(?:said|says|say|told|added|adds|according)\b/i;

/**
 * The relative clause set off by commas that holds `at`, where the sentence's own clause goes on
 * after it; null elsewhere. Its verbs ("denied") speak of the state it describes, not of the sentence's
 * claim.
 *
 *     "Russia, which has long denied any such trade, has received shells" (at "denied") -> ", which ... trade,"
 */
export function relativeAside(text: string, sentence: Span, at: Span): Span | null {
  const local = text.slice(sentence.start, sentence.end);
  for (const m of local.matchAll(aside)) {
    const s = { start: sentence.start + m.index, end: sentence.start + m.index + m[0].length };
    if (speechTail.test(local.slice(m.index + m[0].length))) continue;
    if (s.start <= at.start && at.end <= s.end) return s;
  }
  return null;
}

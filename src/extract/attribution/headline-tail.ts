import type { ArmsDocument, Sentence } from "../../core/document.js";
import type { Speaker } from "./speakers.js";
import { allMatches } from "../../core/all-matches.js";

// A spaced dash ("claim – Source", "claim - Source") or an em dash ("claim — Source", "claim—Source").
const dash = /(?:\s[-–—]|—)\s*/g;
// Only names may follow the dash: joined by "and" or commas, perhaps with an article.
const joiner = /^(?:\s*(?:,|and|&)\s*|\s+)(?:the\s+)?$/i;
// A dash right after a word that wants its object ("sent to – Peru") closes no claim: the name is part of it.
const openEnd = /\b(?:to|from|of|for|by|with|and|or|the|a|an|in|on|at)\s*$/i;

/**
 * The speakers a headline names last, after a dash: "Neighbour shipped howitzers to Peru – Ecuador", "Patrol
 * boats reached Estonia — Finnish navy". Only a headline, only where nothing but those speakers (and "and",
 * commas) follows the last dash, and not where the words before the dash still want their object. Empty
 * elsewhere.
 *
 *     "Chile sent rifles to Peru – Bolivian army" -> [Bolivian army]
 */
export function headlineTail(doc: ArmsDocument, sentence: Sentence, speakers: readonly Speaker[]): Speaker[] {
  if (!sentence.headline) return [];
  const text = doc.slice(sentence.span);
  const marks = [...allMatches(dash, text)];
  const last = marks[marks.length - 1];
  if (!last || last.index === 0) return [];
  const before = text.slice(0, last.index);
  if (openEnd.test(before) || !/\p{L}/u.test(before)) return [];
  const from = sentence.span.start + last.index + last[0].length;
  const after = speakers.filter((s) => s.span.start >= from && s.kind !== "pointer").sort((a, b) => a.span.start - b.span.start);
  if (!after.length || after[after.length - 1].span.end !== sentence.span.end) return [];
  // Nothing but the speakers and their joiners between the dash and the headline's end.
  let at = from;
  for (const s of after) {
    const gap = doc.text.slice(at, s.span.start);
    if (at !== from && !joiner.test(gap)) return [];
    if (at === from && !/^(?:the\s+)?$/i.test(gap)) return [];
    at = s.span.end;
  }
  return after;
}

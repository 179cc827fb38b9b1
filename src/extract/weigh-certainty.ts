import type { Cue, Stage } from "../core/document.js";
import { certaintyCues, matchAll } from "../knowledge/lexicon.js";

/**
 * Finds the words that weigh certainty in candidate sentences (SCHEMA.md's "reportedly", "may",
 * "denied" ...). Where a cue lies inside a longer cue ("could" inside "could carry"), only the
 * longer one counts. Which cues qualify which claim is the assembler's business.
 */
export function weighCertainty(): Stage {
  return (doc) => {
    for (const sentence of doc.sentences) {
      if (sentence.candidate === false) continue;
      doc.cues.push(...findCues(doc.slice(sentence.span), sentence.span.start));
    }
  };
}

/** Certainty cues of one text: `findCues("It may have been sold")` → `[{certainty: "possible", span: [3, 6)}]`. */
export function findCues(text: string, offset = 0): Cue[] {
  const found: Cue[] = [];
  for (const { certainty, re } of certaintyCues) {
    for (const m of matchAll(re, text, offset)) found.push({ certainty, span: { start: m.start, end: m.end } });
  }
  return found
    .filter((c) => !found.some((o) => o !== c && o.span.start <= c.span.start && c.span.end <= o.span.end && o.span.end - o.span.start > c.span.end - c.span.start))
    .sort((a, b) => a.span.start - b.span.start);
}

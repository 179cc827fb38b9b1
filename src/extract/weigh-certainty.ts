import type { Cue, Stage } from "../core/document.js";
import { certaintyAll, findClassified } from "../knowledge/lexicon.js";

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
  return findClassified(certaintyAll, text, offset).map((m) => ({ certainty: m.label, span: { start: m.start, end: m.end } }));
}

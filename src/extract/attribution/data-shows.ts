import type { ArmsDocument } from "../../core/document.js";
import type { Span } from "../../core/span.js";
import type { Speaker } from "./speakers.js";

// "data released by", "figures from", "statistics published by the": a body's numbers, named before the body.
const dataOf = /\b(?:data|figures|statistics|records|numbers|estimates|tallies)\s+(?:(?:released|published|compiled|issued|provided|gathered)\s+)?(?:by|from)\s+(?:the\s+)?/gi;
// The verb that makes the numbers speak: "show", "suggest", "indicate", "reveal".
const shows = /^\s+(?:(?:also|now|clearly)\s+)?(?:show|shows|showed|shown|suggest|suggests|suggested|indicate|indicates|indicated|reveal|reveals|revealed|confirm|confirms|confirmed)\b/i;

/**
 * The body whose numbers a sentence says show its claim: "Data released by the Chilean customs service show
 * ...", "Figures from the Swedish defence ministry suggest ...". Only where the body stands right after "by" or
 * "from" and the verb follows it; no outlet or generic media. Empty elsewhere.
 *
 *     "Figures from the Peruvian navy show Peru got 4 frigates." -> [Peruvian navy]
 */
export function dataShows(doc: ArmsDocument, speakers: readonly Speaker[], sentence: Span): Speaker[] {
  const text = doc.slice(sentence);
  for (const m of text.matchAll(dataOf)) {
    const at = sentence.start + m.index + m[0].length;
    const first = speakers.find((s) => s.span.start === at && s.kind !== "media" && s.kind !== "pointer");
    if (first && shows.test(doc.text.slice(first.span.end, sentence.end))) return [first];
  }
  return [];
}

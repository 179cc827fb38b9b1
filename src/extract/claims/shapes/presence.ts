import shapes from "../../../knowledge/shapes.json" with { type: "json" };
import { partiesIn, type Shape } from "./frame.js";

const frame = new RegExp(`\\b${shapes.presence.frame}\\b`, "giu");

/**
 * "North Korean troops are stationed in Kursk", "Russia keeps troops based in Belarus": where they are
 * is where they went. The frame ends in "in"/"to" right before the place, as "are in" does for the
 * assembler (which then takes the state named right after it as the receiver, and nothing where no
 * state is named there).
 */
export const presence: Shape = ({ doc, sentence }) => {
  const parties = partiesIn(doc, sentence);
  if (parties.length < 2) return [];
  const text = doc.slice(sentence);
  const out = [];
  for (const m of text.matchAll(frame)) {
    const end = sentence.start + m.index! + m[0].length;
    // Only where a party stands right after the frame ("stationed in the Kursk region" names Russia there).
    if (!parties.some((p) => p.span.start >= end && /^\s+(?:the\s+)?$/.test(doc.text.slice(end, p.span.start)))) continue;
    out.push({ start: sentence.start + m.index!, end, text: m[0].replace(/\s+(?:to|into|at)$/i, " in"), role: "give" as const });
  }
  return out;
};

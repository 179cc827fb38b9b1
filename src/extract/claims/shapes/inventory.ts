import shapes from "../../../knowledge/shapes.json" with { type: "json" };
import { frameRegex, partiesIn, type Shape } from "./frame.js";
import { allMatches } from "../../../core/all-matches.js";

const verbs = frameRegex(shapes.inventory.verbs);

/**
 * "Pakistan commissioned six Chinese J-10C jets", "the navy inducted two Turkish-built corvettes",
 * "Serbia possesses MiG-29s supplied by Russia": the holder receives what its origin names. The verb
 * orders the parties as "use" does (holder first, origin adjective of the thing second).
 */
export const inventory: Shape = ({ doc, sentence }) => {
  if (partiesIn(doc, sentence).length === 0) return [];
  const text = doc.slice(sentence);
  return [...allMatches(verbs, text)].map((m) => ({ start: sentence.start + m.index!, end: sentence.start + m.index! + m[0].length, text: m[0], role: "use" as const }));
};

import shapes from "../../../knowledge/shapes.json" with { type: "json" };
import type { Trigger } from "../direction.js";
import { partiesIn, type Shape } from "./frame.js";
import { allMatches } from "../../../core/all-matches.js";

const role = shapes.supplierRole;
const frame = new RegExp(`\\b${role.frame.replace("{link}", role.links).replace("{noun}", role.nouns)}\\b`, "giu");

/**
 * "Russia remains India's largest arms supplier", "Kuwait was the third-biggest source of fuel oil for
 * Pakistan": a state named as the supplier of goods gives them, with no verb of giving. Only where the
 * state stands right before the linking verb (its subject); the frame, from that verb to the noun, is
 * read as a verb of giving, so the receiver is found as for "supplies": after "to"/"for", or the other
 * state the clause names (the possessor of the noun).
 */
export const supplierRole: Shape = ({ doc, sentence }) => {
  const parties = partiesIn(doc, sentence);
  if (parties.length < 2) return [];
  const text = doc.slice(sentence);
  const out: Trigger[] = [];
  for (const m of allMatches(frame, text)) {
    const start = sentence.start + m.index!;
    if (!parties.some((p) => p.span.end <= start && /^\s+$/.test(doc.text.slice(p.span.end, start)))) continue;
    out.push({ start, end: start + m[0].length, text: m[0], role: "give" });
  }
  return out;
};

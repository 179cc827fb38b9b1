import shapes from "../../../knowledge/shapes.json" with { type: "json" };
import type { Trigger } from "../direction.js";
import { partiesIn, type Shape } from "./frame.js";
import { allMatches } from "../../../core/all-matches.js";

const verbs = new RegExp(`\\b${shapes.attack.verbs}`, "giu");
const withBefore = new RegExp(shapes.attack.with, "iu");

/**
 * "Russian troops are hitting Ukraine with Iranian drones", "Houthi fighters attacked Israel with Iranian
 * cruise missiles": arms told by what they hit. The verb of attack is a "use" word: its subject uses (and
 * so received) what follows "with", whose origin supplied it. Only where a state's adjective names that
 * origin, and only on a verb (the tagger's), not on a noun ("strikes with").
 */
export const attack: Shape = ({ doc, sentence }) => {
  const parties = partiesIn(doc, sentence);
  if (parties.length < 2) return [];
  const text = doc.slice(sentence);
  const tokens = doc.within(doc.tokens, sentence);
  const out: Trigger[] = [];
  for (const m of allMatches(verbs, text)) {
    const start = sentence.start + m.index!;
    const end = start + m[0].length;
    const k = tokens.findIndex((t) => t.span.start === start);
    // (The tagger may call a participle after "been" an adjective: "have been striking".)
    if (k < 0 || !(tokens[k].pos === "VERB" || (tokens[k].pos === "ADJ" && tokens[k - 1]?.pos === "AUX"))) continue;
    const origin = parties.find((p) => p.span.start > end && p.form === "adjective" && withBefore.test(doc.text.slice(end, p.span.start)));
    if (origin) out.push({ start, end, text: m[0], role: "use" });
  }
  return out;
};

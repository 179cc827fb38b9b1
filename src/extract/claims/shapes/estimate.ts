import { compiledNow } from "../../../core/compiled-regex.js";
import type { Trigger } from "../direction.js";
import data from "./estimate.json" with { type: "json" };
import { partiesIn, type Shape } from "./frame.js";

const frame = compiledNow(new RegExp(data.frame, "iu"));

/**
 * "A defence minister put the count at 10,000 containers", "a trade weekly put the order at
 * 40 jets": a figure given as someone's count, with no verb of giving, counts more of the flow the report follows. The
 * place of the figure (right after "at") is returned as a word of giving, so the assembler takes the parties from the
 * flow in focus and the amount from the figure. A sentence that names a state outside what its source says has none
 * (that state would be read as a party of the count).
 *
 *     "The minister put the count at 10,000 containers" -> "" (at "10,000")
 */
export const estimate: Shape = ({ doc, index, sentence }) => {
  const text = doc.slice(sentence);
  const m = frame.exec(text);
  if (!m) return [];
  const spoken = doc.attributions.find((a) => a.sentence === index)?.spans ?? [];
  if (partiesIn(doc, sentence).some((p) => !spoken.some((s) => s.start <= p.span.start && p.span.end <= s.end))) return [];
  const at = sentence.start + m.index + m[0].length;
  return [{ start: at, end: at, text: "", role: "give" }];
};

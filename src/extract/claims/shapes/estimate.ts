import { compiledNow } from "../../../core/compiled-regex.js";
import type { Trigger } from "../direction.js";
import data from "./estimate.json" with { type: "json" };
import { partiesIn, type Shape } from "./frame.js";

const frame = compiledNow(new RegExp(data.frame, "iu"));
// (The same phrase, ending where a figure begins.)
const frameBefore = compiledNow(new RegExp(`${data.frame.replace(/\(\?=\\S\)$/, "")}$`, "iu"));

/**
 * "Belarus has sent ammunition to Russia, officials said, putting the total at 130,000 tonnes": a figure put as the
 * count right after the goods the clause moves measures those goods, though no goods are named after it. The goods:
 * the last thing named before the phrase in `clause`, or undefined where the figure at `at` follows no such phrase.
 */
export function countPutOn<T extends { span: { start: number; end: number }; item: string }>(text: string, at: number, clauseStart: number, items: readonly T[]): T | undefined {
  const m = frameBefore.exec(text.slice(Math.max(clauseStart, at - 200), at));
  if (!m) return undefined;
  const phrase = at - (m[0].length);
  return items.filter((i) => i.span.end <= phrase && i.item !== "money").pop();
}

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

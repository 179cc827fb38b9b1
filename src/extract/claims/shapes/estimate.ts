import { compiledNow } from "../../../core/compiled-regex.js";
import { findTriggers, type Trigger } from "../direction.js";
import data from "./estimate.json" with { type: "json" };
import { partiesIn, type Shape } from "./frame.js";

const frame = compiledNow(new RegExp(data.frame, "iu"));
const lotUnits = new Set<string>(data.lotUnits);
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

/**
 * "A year ago the agency counted 13,000 containers", "the ministry's tally last spring was over 9,000 containers": a
 * figure in a unit that is itself a count of lots moved (estimate.json lotUnits), in a sentence with no word of giving
 * and no party of its own, counts more of the flow the report follows. Its place is returned as a word of giving, as
 * for "put the count at", so the assembler takes the parties from the flow in focus; with no flow in focus it tells
 * nothing.
 *
 *     "The agency counted 13,000 containers" -> "" (at "13,000")
 */
export const lotCount: Shape = ({ doc, index, sentence, ctx }) => {
  if (!ctx.supplier || !ctx.recipient) return [];
  const lots = doc.within(doc.amounts, sentence).filter((a) => a.unit !== null && lotUnits.has(a.unit));
  if (!lots.length) return [];
  const text = doc.slice(sentence);
  // (The count put "at" a figure is the frame's above; a word of giving is read by its own rules.)
  if (frame.test(text) || findTriggers(text, sentence.start).some((t) => t.role !== "use")) return [];
  const spoken = doc.attributions.find((a) => a.sentence === index)?.spans ?? [];
  if (partiesIn(doc, sentence).some((p) => !spoken.some((s) => s.start <= p.span.start && p.span.end <= s.end))) return [];
  const at = lots[0].span.start;
  return [{ start: at, end: at, text: "", role: "give" }];
};

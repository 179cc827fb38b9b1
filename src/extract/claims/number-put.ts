import type { ArmsDocument } from "../../core/document.js";
import type { Unit } from "../../core/claim.js";
import shapes from "../../knowledge/shapes.json" with { type: "json" };
import type { Context, Draft } from "./draft.js";
import { countUnitOf, defaultUnitOf, isCurrency, toQuantity, unitFits } from "./quantity.js";

const data = shapes.numberPut;
const alt = (xs: readonly string[]) => xs.join("|");
// "Officials put the number at more than 300", "Madrid now puts the number in the region at about 2,000": a short
// subject that counts again the goods told before (shapes.json numberPut).
// ("put the planned deployment at roughly 12,000": a count of people sent, shapes.json numberPut.modifiers, peopleNouns.)
const putting = new RegExp(`^\\s{0,3}(?:[-–•*]\\s{0,3})?(?:[\\p{L}’'.-]+,?\\s+){1,12}?(?:(?:now|also|had|has|have|first)\\s+)?(${alt(data.verbs)})\\s+(?:the|their|its)\\s+(?:(?:${alt(data.modifiers)})\\s+)?(${alt(data.nouns)}|${alt(data.peopleNouns)})(?:\\s+[^,;:.()]{1,40}?)?\\s+(?:${alt(data.before)})\\s`, "iu");
// "The agency expects the full deployment to reach around 12,000", "the total is expected to hit 10,000": a whole of
// the people sent, told to come (shapes.json numberPut.reachNouns, reachAuxiliaries, reachVerbs).
const reaching = new RegExp(`\\b(?:the|their|its)\\s+(?:(?:${alt(data.modifiers)})\\s+)?(?:${alt(data.nouns)}|${alt(data.peopleNouns)})\\s+(?:(?:(?:is|are|was|were)\\s+)?(?:(?:still|now)\\s+)?(?:${alt(data.reachAuxiliaries)})\\s+to|to|(?:will|would|could|may|might)(?:\\s+(?:still|now|soon))?)\\s+(?:${alt(data.reachVerbs)})\\s`, "iu");
const peopleNoun = new RegExp(`^(?:${alt(data.peopleNouns)})$`, "iu");

/** Whether a sentence opens by putting a number on goods told before (worth reading, find-candidates.ts). */
export function opensNumberPut(text: string): boolean {
  return putting.test(text) || reaching.test(text);
}

/**
 * "Tehran has sent missiles to Moscow, officials say. Reports put the number at more than 300.": a sentence that
 * only puts a count on the goods of the transfer told just before, with no goods and no other state of its own,
 * is that transfer told again, counted by its figure (in the figure's own unit where it fits the goods, else in
 * the goods' count unit).
 */
export function numberPutDrafts(doc: ArmsDocument, index: number, drafts: readonly Draft[], last: Context["lastTransfer"]): Draft[] {
  if (!last || last.item === "money" || drafts.some((d) => d.kind === "transfer")) return [...drafts];
  const sentence = doc.sentences[index];
  const put = putting.exec(doc.slice(sentence.span));
  // (A whole told to come counts only people sent before: "the deployment is expected to reach 12,000".)
  const people = countUnitOf(last.item) === "troops" || countUnitOf(last.item) === "workers";
  const reached = put || !people ? null : reaching.exec(doc.slice(sentence.span));
  const m = put ?? reached;
  if (!m || (put && peopleNoun.test(put[2]) && !people)) return [...drafts];
  // (The goods must be told within a few sentences before, in the same part of the page.)
  // (A figure told in between counts something else, which the number may be put on: "around 2,000 were killed. In
  // April it had put the figure at 600.")
  const before = doc.sentences.slice(Math.max(0, index - data.reach), index);
  const told = before.findIndex((s) => s.segment === sentence.segment && s.span.start <= last.span.start && last.span.end <= s.span.end);
  if (told < 0 || before.slice(told + 1).some((s) => /\d/.test(doc.slice(s.span)) || doc.within(doc.amounts, s.span).length > 0)) return [...drafts];
  const after = sentence.span.start + m.index + m[0].length;
  // (The subject is the one who counts, of whatever state: "US officials put the number at"; after the verb, no other state.)
  const verb = sentence.span.start + m.index + (put ? m[0].toLowerCase().lastIndexOf(` ${m[1].toLowerCase()} `) : 0);
  if (doc.within(doc.mentions, sentence.span).some((x) => x.kind === "state" && x.span.start > verb && ![last.supplier, last.recipient].includes(x.state ?? x.entity))) return [...drafts];
  const figure = doc.within(doc.amounts, sentence.span).find((a) => a.span.start >= after - 1 && a.span.start - after <= 20);
  if (!figure || (figure.unit !== null && isCurrency(figure.unit))) return [...drafts];
  const unit: Unit | null = figure.unit !== null && unitFits(figure.unit, last.item) ? figure.unit : figure.unit === null ? (countUnitOf(last.item) ?? defaultUnitOf(last.item)) : null;
  if (!unit) return [...drafts];
  return [
    ...drafts,
    {
      clause: { start: sentence.span.start, end: sentence.span.end },
      kind: "transfer",
      supplier: last.supplier,
      recipient: last.recipient,
      item: last.item,
      quantity: toQuantity(figure, unit),
      calibre: null,
      parts: { item: { start: sentence.span.start + m.index, end: after }, amount: figure.span },
      lastPart: figure.span.end,
      thing: "",
    },
  ];
}

import type { ArmsDocument } from "../../core/document.js";
import shapes from "../../knowledge/shapes.json" with { type: "json" };
import type { Context, Draft } from "./draft.js";
import { findItems } from "./find-items.js";
import { isCurrency, toQuantity } from "./quantity.js";

const data = shapes.dealWorth;
const packages = new RegExp(`(?:^|\\s)(?:${data.packageNouns.join("|")})$`, "iu");
// (No "i" flag: the payer a cost may name is capitalised, "will cost Ottawa", and "about" is none.)
// "The tanks are worth", "These jets, delivered in May, were valued at", "The vehicles will cost Ottawa": the goods named again, then their worth.
const worthOfGoods = new RegExp(`^\\s{0,3}(?:[-–•*]\\s{0,3})?(?:${data.speechLead}\\s+)?(?:[Tt]he|[Tt]hese|[Tt]hose|[Tt]his|[Ii]ts|[Tt]heir)\\s+((?:[\\p{L}\\d-]+\\s+){0,3}?[\\p{L}\\d-]+)(?:${data.aside})?\\s+(?:${data.worth}|${data.goodsCost})\\s`, "u");
const valuing = new RegExp(data.goodsValuing, "iu");
const boughtWords = new RegExp(`\\b(?:${data.boughtWords.join("|")})\\b`, "iu");
const signedFor = new RegExp(data.signedFor, "iu");
const signsFor = new RegExp(data.signsFor, "iu");

/** Whether a sentence opens by valuing goods or a package told before (worth reading, find-candidates.ts). */
export function opensGoodsPriced(text: string): boolean {
  return worthOfGoods.test(text) || valuing.test(text);
}

/**
 * "Australia will give Ukraine 49 tanks. The tanks are worth $245 million.": a sentence that names the goods of the
 * transfer told just before (or the package, or "their value") only to give their worth or cost, with no party of
 * its own, tells that transfer again, measured by the sum: the goods' value (SCHEMA.md: an aid package given as a
 * value takes its goods' item), or money the buyer pays the seller where the transfer told was a buying.
 */
export function goodsPricedDrafts(doc: ArmsDocument, index: number, drafts: readonly Draft[], last: NonNullable<Context["lastTransfer"]>): Draft[] | null {
  const sentence = doc.sentences[index];
  const text = doc.slice(sentence.span);
  const worth = worthOfGoods.exec(text);
  const m = worth ?? valuing.exec(text);
  if (!m) return null;
  const goods = (worth ? worth[1] : (m[1] ?? m[2])) ?? "";
  // ("their value", "the value of the package", "the tanks": the goods told before, by a pronoun, a lot or their own noun.)
  // ("Ottawa will give 200 armoured vehicles. The vehicles will cost": a head too general to be an item is the goods told
  // before where it heads them there.)
  const head = /[\p{L}-]+$/u.exec(goods)?.[0] ?? "";
  const named = (told: string) => goods === "" || packages.test(goods) || findItems(goods).some((i) => i.item === last.item) || (head.length > 3 && findItems(told).some((i) => i.item === last.item && i.text.toLowerCase().endsWith(head.toLowerCase())));
  // (The sum read as money paid by the valuing verb itself is the one read here: "put the value of the package at $2 billion".)
  const after = sentence.span.start + m[0].length;
  const kept = drafts.filter((d) => !(d.kind === "transfer" && d.item === "money" && d.parts.amount && d.parts.amount.start >= after - 1));
  if (kept.some((d) => d.kind === "transfer")) return null;
  if (doc.within(doc.mentions, sentence.span).some((x) => x.kind === "state" && ![last.supplier, last.recipient].includes(x.state ?? x.entity))) return null;
  let told: string | null = null;
  for (let i = index - 1; i >= 0 && i >= index - data.reach && doc.sentences[i].segment === sentence.segment; i--) {
    const s = doc.sentences[i].span;
    if (s.start <= last.span.start && last.span.end <= s.end) told = doc.slice(s);
  }
  if (told === null || !named(told)) return null;
  const sum = doc.within(doc.amounts, sentence.span).find((a) => a.span.start >= after - 1 && a.unit && isCurrency(a.unit));
  if (!sum || sum.span.start - after > 30) return null;
  const bought = boughtWords.test(told) || signedFor.test(told) || signsFor.test(told);
  return [
    ...kept,
    {
      clause: { start: sentence.span.start, end: sentence.span.end },
      kind: "transfer",
      supplier: bought ? last.recipient : last.supplier,
      recipient: bought ? last.supplier : last.recipient,
      item: bought ? "money" : last.item,
      quantity: toQuantity(sum, sum.unit!),
      calibre: null,
      parts: { item: { start: sentence.span.start + m.index, end: after }, amount: sum.span },
      lastPart: sum.span.end,
      thing: "",
    },
  ];
}

import type { ArmsDocument } from "../../core/document.js";
import shapes from "../../knowledge/shapes.json" with { type: "json" };
import type { Draft } from "./draft.js";
import { isCurrency } from "./quantity.js";

const data = shapes.dealWorth;
// "earned about $90 million from arms sales to ", "earnings from exports of rifles to ", "earned from sales to ".
const earningFrom = new RegExp(`\\b(?:${data.earningWords.join("|")})\\s+(?:[^\\s.;:!?]+\\s+){0,${data.earningGap}}?from\\s+(?:[\\p{L}’'-]+\\s+){0,3}?(?:${data.earningTrade.join("|")})\\s+(?:of\\s+(?:[\\p{L}\\d-]+\\s+){1,3}?)?to\\s+(?:the\\s+)?$`, "iu");

/**
 * "Chile earned about $90 million from arms sales to Peru": what a seller earns from its sales moves from the buyer
 * to it, as `money` (SCHEMA.md: money paid for goods is money). Read otherwise, the sum would be the worth of goods
 * the seller sends, or money the seller pays: the sum moves the other way from the goods. A priced draft between the
 * buyer, named right after the trade's "to", and another state becomes money from the buyer to that state, and a
 * draft of goods keeps their flow with no count; drafts not priced are left as they are.
 *
 *     "Chile earned $90 million from arms sales to Peru": CHL>PER weapons-unspecified $90m
 *       -> CHL>PER weapons-unspecified (no count), PER>CHL money $90m
 */
export function earningsDrafts(doc: ArmsDocument, index: number, drafts: readonly Draft[]): Draft[] {
  const sentence = doc.sentences[index].span;
  const priced = (d: Draft) => d.kind === "transfer" && !!d.supplier && !!d.recipient && d.supplier !== d.recipient && (d.item === "money" || (!!d.quantity && isCurrency(d.quantity.unit)));
  if (!drafts.some(priced)) return [...drafts];
  // (The buyers: each state named right after the "to" of a trade earned from.)
  const buyers = new Set<string>();
  for (const x of doc.within(doc.mentions, sentence)) {
    if (x.kind !== "state" || !earningFrom.test(doc.text.slice(Math.max(sentence.start, x.span.start - 200), x.span.start))) continue;
    buyers.add(x.state ?? x.entity);
  }
  if (!buyers.size) return [...drafts];
  const out: Draft[] = [];
  for (const d of drafts) {
    const buyer = priced(d) ? [d.supplier!, d.recipient!].find((s) => buyers.has(s)) : undefined;
    const seller = buyer === d.supplier ? d.recipient : d.supplier;
    if (!buyer) {
      out.push(d);
      continue;
    }
    // (The goods sold still went to the buyer, told with no count: the sum is what came back for them.)
    if (d.item !== "money") out.push({ ...d, quantity: null, parts: { ...d.parts, amount: undefined } });
    const money: Draft = { ...d, supplier: buyer, recipient: seller, item: "money", thing: "" };
    // (A sum read twice, as goods and as money, is one payment.)
    if (out.some((o) => o.item === "money" && o.supplier === money.supplier && o.recipient === money.recipient && o.parts.amount?.start === money.parts.amount?.start)) continue;
    out.push(money);
  }
  return out;
}

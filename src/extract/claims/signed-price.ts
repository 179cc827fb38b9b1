import type { ArmsDocument, Mention } from "../../core/document.js";
import type { Span } from "../../core/span.js";
import shapes from "../../knowledge/shapes.json" with { type: "json" };
import { dealNamedAt } from "./deal-worth.js";
import type { Context, Draft } from "./draft.js";
import { isCurrency, toQuantity } from "./quantity.js";

const data = shapes.signedPrice;
const verb = new RegExp(`\\b(?:${data.verbs.join("|")})\\b`, "iu");
const verbs = new RegExp(verb.source, "giu");
// (Only a few adverbs and auxiliaries may stand between the signer and its verb: "Lima has formally signed".)
const subjectGap = new RegExp(`^[\\s,]{1,3}(?:(?:${data.between.join("|")})\\s+){0,2}$`, "iu");

const dealNoun = new RegExp(`\\b(?:${shapes.dealWorth.nouns.join("|")})\\b`, "iu");

const moneyWord = new RegExp(data.money, "iu");

/** Whether a sentence may tell a buyer signing a priced deal (find-candidates.ts): a verb of signing, a deal and money. */
export function signsDeal(text: string): boolean {
  return verb.test(text) && dealNoun.test(text) && moneyWord.test(text) && /\d/.test(text);
}

/**
 * "Lima signed the 900-million-dollar contract in May", "the missiles are part of a $2 billion order that Quito
 * signed", "Chile has signed a deal worth $400 million": a sum that prices a deal the sentence's state signs, read
 * by no claim of the sentence, is money that state pays the seller of the goods going to it, told in the sentence
 * or just before (the deal's buyer is its signer; SCHEMA.md, money paid for goods). The signer must stand right
 * before the verb, so "signed with Lima" or "a deal Lima welcomed" names no buyer. The same sum read as money the
 * seller pays that buyer is turned round.
 */
export function signedPriceDrafts(doc: ArmsDocument, index: number, drafts: readonly Draft[], ctx: Context, last: Context["lastTransfer"]): Draft[] {
  const sentence = doc.sentences[index].span;
  const text = doc.slice(sentence);
  if (!verb.test(text)) return [...drafts];
  const over = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
  const readers = (a: Span) => drafts.filter((d) => d.parts.amount && over(d.parts.amount, a));
  // (A sum some goods' claim reads is theirs; one read as money is weighed below, for its way.)
  const sums = doc.within(doc.amounts, sentence).filter((a) => a.unit && isCurrency(a.unit) && readers(a.span).every((d) => d.item === "money") && dealNamedAt(doc.text, sentence, a) !== null);
  if (sums.length !== 1) return [...drafts];
  const states = doc.within(doc.mentions, sentence).filter((x) => x.kind === "state" || (x.kind === "person" && x.state));
  const of = (x: Mention) => x.state ?? x.entity;
  const signers = new Set<string>();
  for (const m of text.matchAll(verbs)) {
    const at = sentence.start + m.index!;
    const before = states.filter((x) => x.span.end <= at && x.form !== "adjective" && subjectGap.test(doc.text.slice(x.span.end, at)));
    if (before.length) signers.add(of(before[before.length - 1]));
  }
  if (signers.size !== 1) return [...drafts];
  const buyer = [...signers][0];
  const sellers = new Set(drafts.filter((d) => d.kind === "transfer" && d.item !== "money" && d.recipient === buyer && d.supplier && d.supplier !== buyer).map((d) => d.supplier!));
  if (!sellers.size && last?.recipient === buyer && last.supplier !== buyer) sellers.add(last.supplier);
  if (!sellers.size) for (const f of ctx.itemFlow?.values() ?? []) if (f.recipient === buyer && f.supplier !== buyer) sellers.add(f.supplier);
  if (sellers.size !== 1) return [...drafts];
  // (A state the sentence names that is neither party makes the deal another's: "Lima signed, as Quito did, a $1 billion deal".)
  const seller = [...sellers][0];
  if (states.some((x) => x.kind === "state" && x.form !== "adjective" && ![buyer, seller].includes(of(x)))) return [...drafts];
  const sum = sums[0];
  const read = readers(sum.span);
  // (The sum read as money the seller pays the buyer is the same price read the wrong way: the signer pays.)
  if (read.length) return drafts.map((d) => (read.includes(d) && d.supplier === seller && d.recipient === buyer ? { ...d, supplier: buyer, recipient: seller } : d));
  return [
    ...drafts,
    {
      clause: { start: sentence.start, end: sentence.end },
      kind: "transfer",
      supplier: buyer,
      recipient: seller,
      item: "money",
      quantity: toQuantity(sum, sum.unit!),
      calibre: null,
      parts: { amount: sum.span, item: sum.span },
      lastPart: sum.span.end,
      thing: "",
    },
  ];
}

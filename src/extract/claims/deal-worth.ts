import type { Amount, ArmsDocument, Mention } from "../../core/document.js";
import type { Span } from "../../core/span.js";
import shapes from "../../knowledge/shapes.json" with { type: "json" };
import type { Context, Draft } from "./draft.js";
import { isCurrency, toQuantity } from "./quantity.js";
import { allMatches } from "../../core/all-matches.js";

const data = shapes.dealWorth;
// "The contract is worth", "That order was valued at", "The sale, reportedly worth": a deal named again for its price.
// ("The minister said the May 2022 deal he signed was worth": a speaker's words, a date or a clause on the deal
// leave it the deal told before, priced; shapes.json dealWorth.$commentSaidAndAside.)
// (A tag of the language the line is given in may open it: "[EN] The contract is worth".)
const opening = new RegExp(`^\\s{0,3}(?:\\[[A-Z]{2}\\]\\s{0,3})?(?:[-–•*]\\s{0,3})?(?:(?:and|but|so|overall|in\\s+total),?\\s+)?(?:${data.speechLead}\\s+)?${data.opener}\\s+(?:${data.dated}\\s+){0,2}?(?:${data.nouns.join("|")})(?:${data.aside})?\\s+${data.worth}\\s`, "iu");
// "Rs 63,000 crore (approximately USD 7.4 billion)": the dollar figure right after is the one kept (SCHEMA.md, Units).
// The sentence of the transfer before names the deal ("ordered", "under a contract", "signed a deal").
const dealTold = new RegExp(`\\b(?:${[...data.nouns, ...data.dealVerbs].join("|")})\\b`, "iu");
const boughtWords = new RegExp(`\\b(?:${data.boughtWords.join("|")})\\b`, "iu");
const signedFor = new RegExp(data.signedFor, "iu");
const struck = new RegExp(data.struckNouns, "iu");
const restated = /^\s{0,3}(?:\(|,?\s{0,3}or\b)[^()]{0,30}$/i;

// "Officials put the price at", "Lima valued the contract at", "The minister has put the cost of the order at": a
// short subject that values the deal told before (shapes.json, dealWorth.$commentValuing). A package valued is no
// deal ("He put the value of the package at": aid, whose sum the reader leaves alone).
const alt = (xs: readonly string[]) => xs.join("|");
const valuing = new RegExp(`^\\s{0,3}(?:[-–•*]\\s{0,3})?(?:[\\p{L}’'.-]+\\s+){1,4}?(?:(?:has|have|had)\\s+)?(?:${alt(data.valuingVerbs)})\\s+(?:the|its|their)\\s+(?:(?:total\\s+)?(?:${alt(data.priceNouns)})(?:\\s+of\\s+(?:the|that|this|its|their)\\s+(?:[\\p{L}\\d-]+\\s+){0,2}?(${alt(data.nouns)}|batch))?|(?:[\\p{L}-]+\\s+){0,2}?(${alt(data.nouns)}))\\s+at\\s`, "iu");

/** Whether a sentence opens by valuing the deal told before ("Officials put the price at"): its money dates from that deal. */
export function valuesDeal(text: string): boolean {
  return valuing.test(text);
}

/** Whether a sentence opens by giving a deal's price, or the worth of the goods told before (worth reading, find-candidates.ts). */
export function opensDealWorth(text: string): boolean {
  return opening.test(text) || valuing.test(text) || valuesLot(text);
}

/**
 * "Chile ordered 30 howitzers from Seoul. The contract is worth $400 million.": a sentence that names a deal told
 * just before only to give its price, with no goods and no party of its own, is the transfer told before again,
 * measured by the sum (one claim of its own: a count and a sum are two amounts); where that sentence tells a buying,
 * the sum is money the buyer pays the seller.
 */
export function dealWorthDrafts(doc: ArmsDocument, index: number, drafts: readonly Draft[], last: Context["lastTransfer"]): Draft[] {
  if (!last) return [...drafts];
  const sentence = doc.sentences[index];
  const worth = opening.exec(doc.slice(sentence.span));
  const m = worth ?? valuing.exec(doc.slice(sentence.span));
  if (!m) return valuedLotDrafts(doc, index, drafts, last);
  // (A deal's price, cost, bill or value put by whoever values it is what the buyer pays: "Officials put the price at
  // $2 billion", "Lima signed for 12 jets. Officials valued the deal at $1 billion"; no package is valued so. A sale
  // valued is the goods' worth in the seller's words, "The department valued the sale at", unless a buying was told.)
  const valued = !worth && !/^sales?$/i.test(m[1] ?? m[2] ?? "");
  // (The sum read as money by the words of delivery after it is read here: "The deal is worth $2 billion, and deliveries end in 2030".)
  const after = sentence.span.start + m[0].length;
  // (So is a reading of the sum itself as goods: "The contract is worth $2 billion, the largest arms export yet".)
  const price = doc.within(doc.amounts, sentence.span).find((a) => a.span.start >= after - 1 && a.unit && isCurrency(a.unit));
  const ofSum = (d: Draft) => !!price && !!d.parts.amount && d.parts.amount.start < price.span.end && price.span.start < d.parts.amount.end;
  const kept = drafts.filter((d) => !(d.kind === "transfer" && d.parts.amount && ((d.item === "money" && d.parts.amount.start >= after - 1) || ofSum(d))));
  if (kept.some((d) => d.kind === "transfer")) return [...drafts];
  if (doc.within(doc.mentions, sentence.span).some((x) => x.kind === "state" && ![last.supplier, last.recipient].includes(x.state ?? x.entity))) return [...drafts];
  let toldSpan: Span | null = null;
  for (let i = index - 1; i >= 0 && i >= index - data.reach && doc.sentences[i].segment === sentence.segment; i--) {
    const s = doc.sentences[i].span;
    // (The deal must be told there: "Seoul sold Warsaw 200 guns under a contract signed in May.")
    if (s.start <= last.span.start && last.span.end <= s.end && dealTold.test(doc.slice(s))) toldSpan = s;
  }
  // ("Lisbon is to hand Kyiv 40 tanks. Officials put their value at ...": goods valued, no deal told.)
  if (toldSpan === null) return valuedLotDrafts(doc, index, drafts, last);
  const toldAt: Span = toldSpan;
  const told = doc.slice(toldAt);
  // "signed a deal for the purchase of 26 jets. The deal is worth $7 billion": the price of goods bought is money the buyer pays.
  const bought = boughtWords.test(told) || signedFor.test(told) || valued || receiverSigns(doc, toldSpan, last.recipient);
  const sums = doc.within(doc.amounts, sentence.span).filter((a) => a.span.start >= after - 1 && a.unit && isCurrency(a.unit));
  let sum = sums[0];
  if (!sum || sum.span.start - after > 30) return [...drafts];
  const usd = sums[1];
  if (sum.unit !== "usd" && usd?.unit === "usd" && restated.test(doc.text.slice(sum.span.end, usd.span.start))) sum = usd;
  // (A second deal priced in the same breath is paid the same way: "The jet contract is worth $2 billion and the tank contract $1 billion".
  // Only a price paid: two values of goods told so may be one lot's parts, which the goods' own claims count.)
  // (The currency may be written after the figure: "about 2 billion dollars and the tank contract about 1 billion dollars".)
  const firstEnd = Math.max(sum.span.end, sum.nounSpan?.end ?? sum.span.end);
  const second = !bought ? undefined : sums.find((a) => a.span.start > firstEnd && secondSum.test(doc.text.slice(firstEnd, a.span.start)));
  // (A contract or deal priced is a deal struck, a fact of its own; a sale or purchase priced is the transfer told before again.)
  const priced = (a: Amount): Draft => pricedDraft(sentence.span, { start: sentence.span.start + m.index, end: after }, last, bought, a, struck.test(m[0]) ? null : toldAt);
  return [...kept, priced(sum), ...(second ? [priced(second)] : [])];
}

const secondSum = new RegExp(data.secondSum, "iu");
const receiverDealVerb = new RegExp(data.receiverDealVerb, "giu");
// (Without "i": the name between is told by its capitals.)
const subjectGap = new RegExp(data.receiverSubjectGap, "u");

/**
 * Whether the receiver of the deal told in `told` signs or orders it there ("Peru ordered 20 jets from Spain", "Chile's
 * defence minister signed contracts for 30 howitzers"): it, or a person of its state, is the last one named before the
 * verb, right before it or with only an aside or a helping word between. The deal's price is then what the receiver
 * pays, though no word of buying stands in the sentence ("sent Peru guns under a contract Madrid signed" leaves the
 * signing to the giver).
 */
function receiverSigns(doc: ArmsDocument, told: Span, recipient: string): boolean {
  const named = doc.within(doc.mentions, told).filter((x) => x.kind === "state" || x.kind === "person");
  for (const verb of allMatches(receiverDealVerb, doc.slice(told))) {
    const at = told.start + verb.index;
    const subject = named.filter((x) => x.span.end <= at).at(-1);
    // (The one named must be the verb's subject, not a party in a phrase before it: "guns ordered for Peru under a contract signed in May".)
    if (subject && (subject.state ?? subject.entity) === recipient && subjectGap.test(doc.text.slice(subject.span.end, at))) return true;
  }
  return false;
}

// "a deal worth", "under a contract signed on Monday, worth as much as", "an agreement valued at": the deal named before its price.
const dealThenWorth = new RegExp(`\\b(?:${data.nouns.join("|")})\\b[^.;:()]{0,60}?\\b(?:worth|valued\\s+at|priced\\s+at)\\s+(?:[\\p{L}-]+\\s+){0,3}$`, "iu");
const dealNoun = new RegExp(`^(?:${data.nouns.join("|")})\\b`, "iu");

/**
 * Where a sum of money is the price of a deal ("a deal worth €2.7 billion", "in a €4 billion deal"), the offset at
 * which the deal is named, else null. Where the buyer gets goods named before the deal, the price is money the buyer
 * pays the seller (assemble-claims.ts), not a value of the goods.
 *
 *     dealNamedAt("bought jets from France, a deal worth €2 billion", {start: 0, end: 48}, sumOf("€2 billion")) -> 27
 */
export function dealNamedAt(text: string, clause: Span, amount: Amount): number | null {
  if (amount.noun && amount.nounSpan && dealNoun.test(amount.noun)) return amount.nounSpan.start;
  // ("under a 200-million-dollar contract", "part of a $90m deal": the deal named right after its sum and currency.)
  const end = Math.max(amount.span.end, amount.nounSpan?.end ?? amount.span.end);
  const next = /^[\s-]{0,3}/.exec(text.slice(end, Math.min(clause.end, end + 40)))![0].length;
  if (end + next < clause.end && dealNoun.test(text.slice(end + next, clause.end))) return end + next;
  const from = Math.max(clause.start, amount.span.start - 100);
  const m = dealThenWorth.exec(text.slice(from, amount.span.start));
  return m ? from + m.index : null;
}

/** A priced draft of goods read as what the receiver pays the giver for them: `money` the other way. */
const paidFor = (d: Draft): Draft => ({ ...d, supplier: d.recipient, recipient: d.supplier, item: "money", thing: "" });

const apposition = new RegExp(data.apposition, "iu");
const signsFor = new RegExp(data.signsFor, "iu");

/**
 * "Chile agreed to buy 30 jets from Spain, a deal worth $2 billion": a deal named in apposition right before its
 * sum prices the buying told before it in the sentence, so the sum is money the buyer pays the seller (the count
 * stays the goods' own claim). Only where that part of the sentence tells a buying or a sale, or the receiver,
 * named before the verb, signs for the goods; a sum with no such apposition keeps its reading.
 */
export function appositeDealDrafts(doc: ArmsDocument, index: number, drafts: readonly Draft[]): Draft[] {
  const sentence = doc.sentences[index].span;
  return drafts.map((d) => {
    const at = d.parts.amount;
    if (d.kind !== "transfer" || d.item === "money" || !d.supplier || !d.recipient || !at || !d.quantity || !isCurrency(d.quantity.unit)) return d;
    const lead = doc.text.slice(sentence.start, at.start);
    const m = apposition.exec(lead);
    if (!m) return boughtFor(doc, sentence, lead, d) ?? pricedAfterGoods(doc, sentence, lead, d);
    const told = lead.slice(0, m.index);
    const signing = signsFor.exec(told) ?? signedFor.exec(told);
    const signedByReceiver = !!signing && doc.within(doc.mentions, { start: sentence.start, end: sentence.start + signing.index }).some((x) => x.kind === "state" && (x.state ?? x.entity) === d.recipient);
    if (!boughtWords.test(told) && !signedByReceiver) return d;
    return paidFor(d);
  });
}

const forSum = new RegExp(data.boughtFor, "iu");

/**
 * "Chile agreed to buy 12 jets from Spain for $900 million": a sum told by "for" after goods bought is money the
 * buyer pays the seller, where the buyer (the receiver) is named before the verb of buying and the seller is named
 * by more than an adjective of make ("bought French jets for $2 billion" leaves the maker unpaid, and the sum the
 * goods' value). Null where the sentence is not so.
 */
function boughtFor(doc: ArmsDocument, sentence: Span, lead: string, d: Draft): Draft | null {
  if (!d.supplier || !d.recipient || !forSum.test(lead)) return null;
  const buying = buyingWords.exec(lead);
  if (!buying) return null;
  const verb = sentence.start + buying.index;
  const named = doc.within(doc.mentions, sentence).filter((x) => (x.kind === "state" || x.kind === "person") && x.span.end <= sentence.start + lead.length);
  const of = (x: Mention) => x.state ?? x.entity;
  if (!named.some((x) => of(x) === d.recipient && x.span.end <= verb)) return null;
  if (!named.some((x) => of(x) === d.supplier && x.form !== "adjective")) return null;
  return paidFor(d);
}

const pricedAfter = new RegExp(data.pricedAfter, "iu");
const buyingWords = new RegExp(`\\b(?:${[...data.boughtWords.filter((w) => !/^s[eo]l/i.test(w)), "signs?", "signed"].join("|")})\\b`, "iu");

/**
 * "Chile signed in May for 30 howitzers from Seoul, reported at about USD 900m": a price told as an aside after the
 * goods, with no deal named, is money the buyer pays the seller where the receiver, named before the verb, signs
 * for the goods or buys them; the seller may be the one told before ("signed for 24 second-hand jets, at a price put at
 * $300 million" after the jets' giver was named). A buying for another ("bought a system for
 * Kyiv at a cost of $400 million") names its receiver after the verb, and keeps the goods' value.
 */
function pricedAfterGoods(doc: ArmsDocument, sentence: Span, lead: string, d: Draft): Draft {
  const m = pricedAfter.exec(lead);
  if (!m || !d.supplier || !d.recipient) return d;
  const told = lead.slice(0, m.index);
  const buying = buyingWords.exec(told);
  if (!buying || !(signsFor.test(told) || signedFor.test(told) || boughtWords.test(told))) return d;
  const states = doc.within(doc.mentions, { start: sentence.start, end: sentence.start + told.length }).filter((x) => x.kind === "state");
  const named = (state: string, before?: number) => states.some((x) => (x.state ?? x.entity) === state && (before === undefined || x.span.end <= before));
  if (!named(d.recipient, sentence.start + buying.index)) return d;
  return paidFor(d);
}

const beneficiaryLead = new RegExp(data.beneficiaryLead, "iu");
const programmeTail = new RegExp(data.programmeTail, "iu");

/**
 * "Oslo will spend 300 million crowns on American rockets for Kyiv", "a further sum under the Kyiv Support Fund": a
 * sum spent by a payer named before a state that the sentence names only as the one the spending is for (or in the
 * name of an aid programme) never comes from that state. The goods priced run from the payer to it; a sum read as
 * money paid to the payer by it is dropped (what moves is told by the goods, not by the sum).
 */
export function beneficiaryDrafts(doc: ArmsDocument, index: number, drafts: readonly Draft[]): Draft[] {
  const sentence = doc.sentences[index].span;
  const out: Draft[] = [];
  let named: readonly Mention[] | undefined;
  for (const d of drafts) {
    const priced = d.item === "money" || (!!d.quantity && isCurrency(d.quantity.unit));
    if (d.kind !== "transfer" || !priced || !d.supplier || !d.recipient || d.supplier === d.recipient) {
      out.push(d);
      continue;
    }
    // (The sentence's states, read once for all its priced drafts.)
    named ??= doc.within(doc.mentions, sentence).filter((x) => x.kind === "state");
    const giver = named.filter((x) => (x.state ?? x.entity) === d.supplier);
    const payer = named.find((x) => (x.state ?? x.entity) === d.recipient);
    const forOnly = giver.length > 0 && giver.every((x) => beneficiaryLead.test(doc.text.slice(Math.max(sentence.start, x.span.start - 12), x.span.start)) || programmeTail.test(doc.text.slice(x.span.end, Math.min(sentence.end, x.span.end + 40))));
    if (!forOnly || !payer || payer.span.start > giver[0].span.start) {
      out.push(d);
      continue;
    }
    if (d.item !== "money") out.push({ ...d, supplier: d.recipient, recipient: d.supplier });
  }
  return out;
}

const valuedLot = new RegExp(data.valuedLot, "iu");
const valuedWhole = new RegExp(data.valuedWhole, "iu");
const valuedPackage = new RegExp(data.valuedPackage, "iu");
const packageOfGoods = new RegExp(data.packageOfGoods, "iu");
const valuedRestated = new RegExp(data.valuedRestated, "iu");
// "The minister valued the tanks at", "Officials put the value of the package at": someone values the goods told before.
const valuingLot = new RegExp(data.valuingLot, "iu");

/** Whether a sentence opens by valuing the goods or the package told before ("The jets are valued at", "He valued the jets at"): their sum dates from that transfer. */
export function valuesLot(text: string): boolean {
  return valuedLot.test(text) || valuingLot.test(text);
}

/**
 * "Chile will send Peru 12 jets. The jets are valued at $400 million.", "The package is worth 90 million euros", "The
 * minister valued the jets at $400 million": a sentence that opens by valuing the goods or the package told just before, with no party of its own but
 * theirs, is that transfer again, measured by the sum (a count and a sum are two amounts). Only where the transfer was
 * told in one of the two sentences before, in the same part of the page.
 */
function valuedLotDrafts(doc: ArmsDocument, index: number, drafts: readonly Draft[], last: NonNullable<Context["lastTransfer"]>): Draft[] {
  const sentence = doc.sentences[index];
  const m = valuedLot.exec(doc.slice(sentence.span)) ?? valuingLot.exec(doc.slice(sentence.span));
  if (!m) return [...drafts];
  const after = sentence.span.start + m[0].length;
  const sums = doc.within(doc.amounts, sentence.span).filter((a) => a.span.start >= after - 1 && a.unit && isCurrency(a.unit));
  const first = sums[0];
  if (!first || first.span.start - after > 30) return [...drafts];
  // ("worth 1.3 billion euros, roughly 1.4 billion dollars": the dollar figure right after is the one kept; shapes.json valuedRestated.)
  const usd = sums[1];
  const sum = first.unit !== "usd" && usd?.unit === "usd" && valuedRestated.test(doc.text.slice(Math.max(first.span.end, first.nounSpan?.end ?? first.span.end), usd.span.start)) ? usd : first;
  // (Drafts of the sentence other than the sum's own reading make it a transfer of its own; goods it only lists, with
  // no amount of their own, do not: "The package is worth $90 million and includes spare parts".)
  const overOne = (d: Draft, a: Amount) => !!d.parts.amount && d.parts.amount.start < a.span.end && a.span.start < d.parts.amount.end;
  const over = (d: Draft) => overOne(d, sum) || overOne(d, first);
  if (drafts.some((d) => d.kind === "transfer" && !over(d) && !!d.parts.amount)) return [...drafts];
  if (doc.within(doc.mentions, sentence.span).some((x) => x.kind === "state" && ![last.supplier, last.recipient].includes(x.state ?? x.entity))) return [...drafts];
  let told: Span | null = null;
  for (let i = index - 1; i >= 0 && i >= index - data.reach && doc.sentences[i].segment === sentence.segment; i--) {
    const s = doc.sentences[i].span;
    if (s.start <= last.span.start && last.span.end <= s.end) told = s;
  }
  if (!told) return [...drafts];
  // ("Lima signed a deal to buy 12 jets from Madrid. The package is worth $400 million": goods bought, or signed for by
  // their receiver, are priced by what the buyer pays the seller.)
  const toldText = doc.slice(told);
  const bought = boughtWords.test(toldText) || signedFor.test(toldText) || receiverSigns(doc, told, last.recipient);
  // ("Lisbon approved a package that includes two jets. The minister valued the whole package at ...": all it holds.)
  // (Not "a package of shells" told before: its worth is the shells'.)
  const whole = valuedPackage.test(m[0]) && (valuedWhole.test(m[0]) || (valuedPackage.test(toldText) && !packageOfGoods.test(toldText)));
  const lot = whole && !bought ? { ...last, item: "weapons-unspecified" as const } : last;
  return [...drafts.filter((d) => !over(d)), pricedDraft(sentence.span, { start: sentence.span.start + m.index, end: after }, lot, bought, sum, told)];
}

/**
 * The transfer told before, measured again by a sum of money (`words`: the words that price it): where a buying was
 * told, the money the buyer pays the seller; else the goods, worth that sum. `told`, the sentence that told the transfer,
 * where the sum only prices it (no deal struck of its own): the sum is as certain as that telling.
 */
function pricedDraft(sentence: Span, words: Span, last: NonNullable<Context["lastTransfer"]>, bought: boolean, sum: Amount, told: Span | null): Draft {
  return {
    clause: { start: sentence.start, end: sentence.end },
    kind: "transfer",
    supplier: bought ? last.recipient : last.supplier,
    recipient: bought ? last.supplier : last.recipient,
    item: bought ? "money" : last.item,
    quantity: toQuantity(sum, sum.unit!),
    calibre: null,
    parts: { item: words, amount: sum.span },
    lastPart: sum.span.end,
    thing: "",
    ...(told ? { pricesTold: { supplier: last.supplier, recipient: last.recipient, item: last.item, sentence: told } } : {}),
  };
}


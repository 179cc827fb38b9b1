import type { ArmsDocument } from "../../core/document.js";
import type { Quantity } from "../../core/claim.js";
import type { Span } from "../../core/span.js";
import { alternation } from "../../knowledge/lexicon.js";
import { findTriggers } from "./direction.js";
import type { Draft } from "./draft.js";
import data from "./false-readings.json" with { type: "json" };
import shapes from "../../knowledge/shapes.json" with { type: "json" };
import chunks from "../../knowledge/chunks.json" with { type: "json" };
import denials from "./denials.json" with { type: "json" };

/** A market noun, then at most `marketWords` words with no clause mark, up to the figure ("shares of X rose as much as"). */
const marketLead = new RegExp(`\\b(?:${alternation(data.marketNouns)})\\b(?:\\s+[^\\s,;:()]+){0,${data.marketWords}}\\s+$`, "i");
const bannerBefore = new RegExp(data.bannerBefore, "i");
const bannerAfter = new RegExp(data.bannerAfter, "i");
const bannerOf = new RegExp(data.bannerOf, "i");
/** "put together two brigades' worth of", "assemble a battalion of": a verb of gathering, a count of a unit of force, then the thing. */
const gathered = new RegExp(
  `\\b(?:${alternation(data.gatherVerbs)})\\s+(?:[\\p{L}\\d-]+\\s+){0,2}(?:${alternation(data.formations)})['’]?s?\\s+(?:worth\\s+)?of\\s+(?:[\\p{L}\\d-]+\\s+){0,3}$`,
  "iu",
);
/** "which are capable of carrying", "that can hit", then at most four words up to the thing. */
const capabilityLead = new RegExp(`${data.capabilityLead}(?:${alternation(data.useVerbs)})\\s+(?:[\\p{L}\\d’'-]+\\s+){0,4}$`, "iu");
const typeAfter = new RegExp(`^\\s+(?:${alternation(data.typeNouns)})\\b`, "i");
/** "2,000 soldiers have died", "300 of its troops were killed": losses, after the figure's noun (shapes.json personnel.casualties). */
const casualtiesAfter = new RegExp(shapes.personnel.casualties, "iu");

/**
 * Drafts of a sentence that read a figure or a name wrongly, less those:
 * - a market figure is no transfer figure: "shares of the maker rose 5 percent after it won an order from Spain"
 *   tells the order without that figure, "a bank now sees a target price of 90 euros for the stock" tells none;
 *   (a share of goods a noun of share opens, "put its share of the rifles at 30 percent", is no market figure);
 * - a group told as the flag others serve under neither gives nor gets ("troops based in Chad under the X
 *   banner", "fighting under the banner of X");
 * - a thing counted in units of force after a verb of gathering is gathered, not made ("the aim is to put
 *   together two brigades' worth of tanks with partners");
 * - "missiles of the X type" names one thing twice: the draft of the type goes where a draft of the thing
 *   before it has the same parties, and the thing takes the type's item;
 * - personnel named with the receiver's own name ("the training of North Korean troops" in a sentence of Russia giving to
 *   North Korea) are the receiver's, not sent to it;
 * - a count of troops told as losses is no transfer figure: "some 900 Chadian soldiers have died" tells the state of
 *   the giver's troops (a `status` claim with no receiver), not a lot sent; a part of a lot told lost ("300 of the
 *   2,000 soldiers sent have died") is such a status, and the lot is the figure sent;
 * - troops told to fight or be in a state their own state wars against in the document are not sent to it
 *   ("Russian troops fighting in Ukraine" beside "Russia's invasion of Ukraine"): it is the enemy, not a host;
 * - money named as the means of a purchase ("buy them with money from allies") is spent on the goods, not given;
 * - a sum owed under a lawsuit, a ruling or a sports deal ("seeks damages of $12 million", "an option to buy for
 *   20 million euros") is no figure of a transfer: a draft of money with it goes, another draft loses the figure;
 * - personnel named after "for" in a clause of giving ("what Libya may give Chad for its soldiers") are paid for, not
 *   given by the giver;
 * - goods named only as what a sum of the sentence pays for ("is to pay 2 billion dollars for these fighters") carry
 *   no claim beside the sum's;
 * - nothing is given between the two sides of a war the knowledge knows (claims/denials.json conflicts): what one side
 *   fires at, sees coming from or keeps out of reach of the other is no transfer ("can see Russian missiles coming").
 *
 *     withoutFalseReadings(doc, sentence, drafts) -> the drafts less those
 */
export function withoutFalseReadings(doc: ArmsDocument, sentence: Span, drafts: Draft[]): Draft[] {
  if (!drafts.length) return drafts;
  return drafts.filter((d) => !betweenFoes(d)).flatMap((d) => (d.kind === "transfer" && d.parts.amount && ((marketFigure(doc, sentence, d.parts.amount) && !shareOfGoods(doc, d)) || owedSum(doc, sentence, d.parts.amount)) ? withoutFigure(d) : [d])).flatMap((d) => {
    if (d.kind !== "transfer") return [d];
    if (d.supplier && underBanner(doc, sentence, d.supplier)) return [];
    if (d.recipient && underBanner(doc, sentence, d.recipient)) {
      const host = hostState(doc, d);
      return host ? [{ ...d, recipient: host }] : [];
    }
    return [d];
  }).filter((d) => {
    if (d.kind === "production" && d.parts.item && gathered.test(doc.text.slice(Math.max(sentence.start, d.parts.item.start - 120), d.parts.item.start))) return false;
    return !(d.parts.item && headOf(doc, d, drafts)) && !betweenPair(doc, sentence, d) && !capabilityOf(doc, sentence, d, drafts) && !receiversOwn(doc, sentence, d) && !inEnemyState(doc, sentence, d) && !paidFor(doc, sentence, d) && !meansOfPurchase(doc, sentence, d) && !paidForGoods(doc, sentence, d, drafts);
  }).flatMap((d) => {
    // "some 300 of the 2,000 soldiers sent have died": the part lost is a status, the lot is what was sent.
    const whole = partLost(doc, sentence, d);
    const lost = whole || casualtyCount(doc, sentence, d) ? { ...d, kind: "status" as const, recipient: null, parts: { ...d.parts, recipient: undefined } } : d;
    return whole ? [lost, { ...d, quantity: whole }] : [lost];
  }).map((d) => {
    // "missiles of the KN-23 type": the head takes the type's item where the type says more.
    const type = d.parts.item && drafts.find((o) => o !== d && headOf(doc, o, [d]));
    return type && type.item !== d.item ? { ...d, item: type.item, thing: type.thing } : d;
  });
}

/**
 * Whether a draft's thing is named in a relative clause of capability after goods of the same transfer: "sent
 * launchers to Minsk, which are capable of carrying nuclear warheads" (the warheads do not move), "systems that can
 * hit drones". A figure of its own keeps it.
 */
function capabilityOf(doc: ArmsDocument, sentence: Span, d: Draft, drafts: readonly Draft[]): boolean {
  if (d.kind !== "transfer" || !d.parts.item || d.quantity) return false;
  const item = d.parts.item;
  const lead = capabilityLead.exec(doc.text.slice(Math.max(sentence.start, item.start - 120), item.start));
  if (!lead || /[;:]/.test(lead[0])) return false;
  const opener = item.start - (Math.min(item.start - sentence.start, 120) - lead.index);
  return drafts.some((o) => o !== d && o.kind === "transfer" && !!o.parts.item && o.parts.item.end <= opener && o.supplier === d.supplier && o.recipient === d.recipient);
}

/**
 * Whether a draft's personnel are the receiver's own, named right before the noun in a phrase of "of" ("the training
 * of North Korean troops" given to North Korea). Not after a verb ("sent specialists to train Russian soldiers"):
 * there the troops' noun may stand for personnel the lexicon does not name.
 */
function receiversOwn(doc: ArmsDocument, sentence: Span, d: Draft): boolean {
  if (d.kind !== "transfer" || (d.item !== "troops" && d.item !== "workers") || !d.recipient || !d.parts.item) return false;
  const item = d.parts.item;
  return doc.mentions.some((m) => m.kind === "state" && m.state === d.recipient && m.span.start >= sentence.start && m.span.end <= item.start && /\bof\s+(?:the\s+)?$/i.test(doc.text.slice(Math.max(sentence.start, m.span.start - 12), m.span.start)) && (m.form === "adjective" || /^['’]s\s/.test(doc.text.slice(m.span.end, m.span.end + 3))) && ownBefore.test(doc.text.slice(m.span.end, item.start)));
}
const ownBefore = new RegExp(shapes.personnel.ownBefore, "u");

const paidForBefore = new RegExp(shapes.personnel.paidForBefore, "iu");

/**
 * Whether a draft's personnel stand right after "for" (and a determiner), with the giver named before the receiver in
 * the clause: what the giver gives them for, not what it gives. A verb of paying reads its own way ("pays Chad for
 * its soldiers"), and a draft turned by a swap ("in exchange for the soldiers", the receiver named first) is kept.
 */
function paidFor(doc: ArmsDocument, sentence: Span, d: Draft): boolean {
  if (d.kind !== "transfer" || (d.item !== "troops" && d.item !== "workers") || !d.supplier || !d.recipient || !d.parts.item) return false;
  const item = d.parts.item;
  if (!paidForBefore.test(doc.text.slice(Math.max(sentence.start, item.start - 60), item.start))) return false;
  const named = doc.within(doc.mentions, d.clause).filter((m) => m.span.end <= item.start);
  const giver = named.findIndex((m) => m.state === d.supplier);
  const taker = named.findIndex((m) => m.state === d.recipient);
  if (giver < 0 || taker < 0 || giver > taker) return false;
  return !findTriggers(doc.text.slice(named[giver]!.span.end, item.start), named[giver]!.span.end).some((t) => t.role === "pay");
}

const betweenAfter = new RegExp(data.betweenAfter, "iu");
const betweenJoin = new RegExp(data.betweenJoin, "i");

/**
 * Whether a draft's goods are told to move "between" its two parties ("arms transfers between North Korea and
 * Russia"): both named, no way told, so no transfer claim.
 */
function betweenPair(doc: ArmsDocument, sentence: Span, d: Draft): boolean {
  if (d.kind !== "transfer" || !d.supplier || !d.recipient || !d.parts.item) return false;
  const m = betweenAfter.exec(doc.text.slice(d.parts.item.end, Math.min(sentence.end, d.parts.item.end + 60)));
  if (!m) return false;
  const at = d.parts.item.end + m[0].length;
  const first = doc.mentions.find((x) => x.kind === "state" && x.span.start === at);
  if (!first) return false;
  const second = doc.mentions.find((x) => x.kind === "state" && x.span.start > first.span.end && x.span.end <= sentence.end && betweenJoin.test(doc.text.slice(first.span.end, x.span.start)));
  if (!second) return false;
  const pair = new Set([first.state, second.state]);
  return pair.size === 2 && pair.has(d.supplier) && pair.has(d.recipient);
}

const hostBefore = new RegExp(shapes.personnel.hostBefore, "iu");
const warOn = new RegExp(shapes.personnel.warOn, "iu");

/**
 * Whether a draft's troops are told to fight or be in a state ("fighting in", "stationed in" right before the receiver)
 * that the giver wages war on somewhere in the document: a mention of the giver, a word of war, then the receiver.
 */
function inEnemyState(doc: ArmsDocument, sentence: Span, d: Draft): boolean {
  if (d.kind !== "transfer" || d.item !== "troops" || !d.supplier || !d.recipient) return false;
  const { supplier, recipient } = d;
  const hosted = doc.within(doc.mentions, d.clause).some((m) => m.state === recipient && hostBefore.test(doc.text.slice(Math.max(sentence.start, m.span.start - 80), m.span.start)));
  if (!hosted) return false;
  const givers = doc.mentions.filter((m) => m.state === supplier && m.kind === "state");
  return doc.mentions.some((r) => r.state === recipient && r.kind === "state" && givers.some((g) => g.span.end <= r.span.start && r.span.start - g.span.end <= 100 && warOn.test(doc.text.slice(g.span.end, r.span.start))));
}

/** Whether a draft counts troops lost: a figure of troops whose noun a verb of dying or being hit follows ("2,000 soldiers have died"). */
function casualtyCount(doc: ArmsDocument, sentence: Span, d: Draft): boolean {
  if (d.kind !== "transfer" || d.item !== "troops" || !d.quantity || !d.parts.amount) return false;
  const from = Math.max(d.parts.amount.end, d.parts.item?.end ?? 0);
  return casualtiesAfter.test(doc.text.slice(from, Math.min(sentence.end, from + 80)));
}

const wholeOf = new RegExp(shapes.personnel.wholeOf, "iu");
const partLostAfter = new RegExp(shapes.personnel.partLost, "iu");
const lostBefore = new RegExp(shapes.personnel.lostBefore, "iu");

/**
 * The lot's figure where a draft's figure counts the part of it lost: "some 300 of the 2,000 Chadian soldiers sent to
 * Libya have died", "Chad lost 300 of the 2,000 soldiers it sent". Else null.
 */
function partLost(doc: ArmsDocument, sentence: Span, d: Draft): Quantity | null {
  if (d.kind !== "transfer" || d.item !== "troops" || !d.quantity || !d.parts.amount || !d.parts.item) return null;
  const amount = d.parts.amount;
  const m = wholeOf.exec(doc.text.slice(amount.end, Math.min(sentence.end, amount.end + 60)));
  if (!m) return null;
  const after = doc.text.slice(d.parts.item.end, Math.min(sentence.end, d.parts.item.end + 100));
  if (!partLostAfter.test(after) && !lostBefore.test(doc.text.slice(Math.max(sentence.start, amount.start - 40), amount.start))) return null;
  const scale = m[3] ? (m[3].toLowerCase() === "million" ? 1_000_000 : 1000) : 1;
  const value = Number(m[2]!.replace(/,/g, "")) * scale;
  return Number.isFinite(value) && value > 0 ? { value, min: null, max: null, unit: d.quantity.unit, approx: !!m[1] } : null;
}

const meansBefore = new RegExp(data.meansBefore, "iu");
const payingWith = new RegExp(data.payingWith, "iu");
const owedBefore = new RegExp(data.owedBefore, "iu");
const paidGoodsBefore = new RegExp(data.paidGoodsBefore, "iu");
const paidGoodsAfter = new RegExp(data.paidGoodsAfter, "iu");

/**
 * Whether a draft's goods are only what a sum of the sentence pays for: "is to pay 2 billion dollars for these
 * fighters", "pays 400 million under the contract, its biggest arms purchase abroad". The sum, between the same two
 * states, is the claim; goods with no figure of their own, named after "for the" or only as the qualifier of a deal's
 * noun, are told elsewhere or not at all.
 */
function paidForGoods(doc: ArmsDocument, sentence: Span, d: Draft, drafts: readonly Draft[]): boolean {
  if (d.kind !== "transfer" || d.item === "money" || d.quantity || !d.parts.item || !d.supplier || !d.recipient) return false;
  const pair = [d.supplier, d.recipient];
  if (!drafts.some((o) => o.kind === "transfer" && o.item === "money" && !!o.quantity && o.supplier !== o.recipient && pair.includes(o.supplier ?? "") && pair.includes(o.recipient ?? ""))) return false;
  const item = d.parts.item;
  const named = paidGoodsBefore.test(doc.text.slice(Math.max(sentence.start, item.start - 40), item.start)) || paidGoodsAfter.test(doc.text.slice(item.end, Math.min(sentence.end, item.end + 40)));
  return named && findTriggers(doc.text.slice(sentence.start, sentence.end), sentence.start).some((t) => t.role === "pay" && /^pa(?:y|ys|id|ying)$/i.test(t.text));
}

/**
 * Whether a draft's money is the means of a purchase the sentence tells: "buy them with money from allied
 * governments", "uses money from partner states to buy shells". The buyer spends it on the goods; it goes to no
 * receiver of the draft.
 */
function meansOfPurchase(doc: ArmsDocument, sentence: Span, d: Draft): boolean {
  if (d.kind !== "transfer" || d.item !== "money" || !d.parts.item) return false;
  const before = doc.text.slice(Math.max(sentence.start, d.parts.item.start - 40), d.parts.item.start);
  if (!meansBefore.test(before) || payingWith.test(before)) return false;
  return findTriggers(doc.text.slice(sentence.start, sentence.end), sentence.start).some((t) => t.role === "get");
}

/** Whether a figure is a sum owed, not given: "seeks damages of $12 million", "an option to buy for 20 million euros". */
function owedSum(doc: ArmsDocument, sentence: Span, amount: Span): boolean {
  return owedBefore.test(doc.text.slice(Math.max(sentence.start, amount.start - 60), amount.start));
}

/** A draft less its market figure: none where the figure was all it told (a price in won read as money), else the draft without an amount. */
function withoutFigure(d: Draft): Draft[] {
  const { amount, ...parts } = d.parts;
  if (!amount || d.item === "money" || (d.parts.item && d.parts.item.start < amount.end && amount.start < d.parts.item.end)) return [];
  return [{ ...d, quantity: null, parts }];
}

/** Whether a market noun governs the figure: "shares ... rose 6 percent", "target price ... to 90 euros", with no transfer verb between. */
function marketFigure(doc: ArmsDocument, sentence: Span, amount: Span): boolean {
  const lead = doc.text.slice(sentence.start, amount.start);
  const m = marketLead.exec(lead);
  if (!m) return false;
  return findTriggers(m[0], 0).every((t) => t.role !== "give" && t.role !== "get" && t.role !== "pay");
}

const shareOfBefore = new RegExp(`\\b(?:${chunks.shareNouns.join("|")})\\s+of\\s+(?:[\\p{L}’'-]+\\s+){0,4}$`, "iu");
const shareLink = new RegExp(chunks.shareLink, "iu");

/** Whether a draft's figure is the share of its goods a noun of share opens, "and its share of the mortars at 60 percent": no market figure. */
function shareOfGoods(doc: ArmsDocument, d: Draft): boolean {
  const { item, amount } = d.parts;
  if (d.quantity?.unit !== "percent" || !item || !amount || item.end > amount.start) return false;
  return shareOfBefore.test(doc.text.slice(Math.max(0, item.start - 60), item.start)) && shareLink.test(doc.text.slice(item.end, amount.start));
}

/** Whether a party is a group (ISO3-NAME) and every mention of it in the sentence names a flag ("under the X banner"). */
function underBanner(doc: ArmsDocument, sentence: Span, party: string): boolean {
  if (!/^[A-Z]{2,3}-/.test(party)) return false;
  const named = doc.within(doc.mentions, sentence).filter((m) => m.entity === party);
  if (!named.length) return false;
  return named.every((m) => {
    const before = doc.text.slice(Math.max(sentence.start, m.span.start - 40), m.span.start);
    const after = doc.text.slice(m.span.end, Math.min(sentence.end, m.span.end + 20));
    return (bannerBefore.test(before) && bannerAfter.test(after)) || bannerOf.test(before);
  });
}

/** "troops based in Chad under the X banner": the one state, other than the giver, named after "in" or "to" in the draft's clause. */
function hostState(doc: ArmsDocument, d: Draft): string | null {
  const hosts = new Set(
    doc
      .within(doc.mentions, d.clause)
      .filter((m) => m.kind === "state" && m.form === "name" && !m.entity.includes("-") && m.entity !== d.supplier && /\b(?:in|to|into|inside)\s+$/i.test(doc.text.slice(Math.max(0, m.span.start - 8), m.span.start)))
      .map((m) => m.entity),
  );
  return hosts.size === 1 ? [...hosts][0]! : null;
}

/** "ballistic missiles of the X type": the draft of the type, where a draft of the thing before it ("ballistic missiles") has the same parties. */
function headOf(doc: ArmsDocument, d: Draft, drafts: readonly Draft[]): Draft | undefined {
  const item = d.parts.item!;
  if (!typeAfter.test(doc.text.slice(item.end, item.end + 20))) return undefined;
  return drafts.find((o) => {
    const at = o.parts.item;
    if (o === d || !at || at.end > item.start || o.kind !== d.kind || o.supplier !== d.supplier || o.recipient !== d.recipient) return false;
    return /^\s+of\s+(?:the|a|an)\s+$/i.test(doc.text.slice(at.end, item.start));
  });
}

/** Whether a draft's two parties are the two sides of a war the knowledge knows. */
function betweenFoes(d: Draft): boolean {
  const { supplier, recipient } = d;
  return d.kind === "transfer" && !!supplier && !!recipient && denials.conflicts.some((pair) => pair.includes(supplier) && pair.includes(recipient));
}

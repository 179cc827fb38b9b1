import type { Item } from "../../core/claim.js";
import type { Amount, ArmsDocument } from "../../core/document.js";
import type { Span } from "../../core/span.js";
import type { Context } from "./draft.js";
import { findItems, type ItemMention } from "./find-items.js";
import { hits, matchAll, phraseRegex } from "../../knowledge/lexicon.js";
import unitItems from "../../knowledge/unit-items.json" with { type: "json" };
import { equivalenceCue } from "./conversion.js";

/** Whether a noun phrase ends in one of `re`'s phrases ("cargo shipments" ends in "shipments"). */
function lastWordIs(re: RegExp, noun: string): boolean {
  const n = noun.trim();
  return matchAll(re, n).some((m) => m.end === n.length);
}

export /** What containers carry: the cargo named with them, else in the next sentence ("these containers ..."), else what came before. */
function cargoOf(doc: ArmsDocument, index: number, clause: Span, amount: Amount, items: ItemMention[], ctx: Context, flow?: Flow): ItemMention[] {
  const after = items.filter((i) => i.span.start >= amount.span.end);
  const pool = after.length ? after : items;
  const named = pool.filter((i) => i.item !== "goods-unspecified").filter((i, n, all) => all.findIndex((o) => o.item === i.item) === n);
  // ("4,000 containers of arms, enough for 2 million shells": what follows a cue of equivalence restates the boxes in
  // another unit, conversion.json; it is no second cargo of theirs where the boxes name their own.)
  const restated = restatedFrom(doc.text, amount, clause);
  const held = named.filter((i) => i.span.start < restated);
  const distinct = held.length ? held : named;
  if (distinct.length) return distinct;
  // The same figure named before ("(5,000 containers)" after "about 5,000 containers"), among the latest claims.
  const earlier = doc.claims.slice(-200).filter((c) => c.quantity?.unit === "containers" && c.quantity.value !== null && c.quantity.value === amount.quantity.value && (!flow || (c.supplier === flow.supplier && c.recipient === flow.recipient)));
  if (earlier.length) return earlier.map((c) => ({ span: amount.span, item: c.item, generic: false, text: c.item }));
  const next = doc.sentences[index + 1];
  if (next && next.segment === doc.sentences[index].segment && /^(?:these|those|the|such)\s+(?:containers|shipments|cargo)/i.test(doc.slice(next.span))) {
    const nextItems = mostSpecific(findItems(doc.slice(next.span), next.span.start));
    if (nextItems.length) return nextItems.slice(0, 1).map((i) => ({ ...i, span: amount.span }));
  }
  // "North Korea arms Russia. The agency counted 13,000 containers": a bare count of boxes of a flow told earlier
  // counts what its earlier boxes held (before what the sentence before names: "those boxes could hold 12 million
  // shells" is no lot of shells), else the goods of the sentence before, else arms in general where the flow moved arms.
  const way = flow?.supplier && flow.recipient ? flow : ctx.supplier && ctx.recipient ? ctx : null;
  const told = way ? doc.claims.slice(-200).filter((c) => c.kind === "transfer" && c.supplier === way.supplier && c.recipient === way.recipient) : [];
  const boxes = told.filter((c) => c.quantity?.unit === "containers" && c.item !== "goods-unspecified").pop();
  if (boxes) return [{ span: amount.span, item: boxes.item, generic: false, text: boxes.item }];
  // (Never what moved the other way: "Russia pays in food. 6,700 containers went from the North to Russia.")
  const before = mostSpecific(flow ? sameWay(ctx, flow) : ctx.items);
  if (before.length) return before.slice(0, 1).map((i) => ({ ...i, span: amount.span }));
  if (told.some((c) => specificity.includes(c.item))) return [{ span: amount.span, item: "weapons-unspecified", generic: true, text: "containers" }];
  return [{ span: amount.span, item: "goods-unspecified", generic: true, text: "containers" }];
}

/** Where, after a count of boxes, a cue of equivalence begins its restatement in another unit (the clause's end where none). */
function restatedFrom(text: string, amount: Amount, clause: Span): number {
  const m = equivalenceCue.exec(text.slice(amount.span.end, clause.end));
  return m ? amount.span.end + m.index : clause.end;
}

type Flow = { readonly supplier: string | null; readonly recipient: string | null };

/** The items of the sentence before that moved `flow`'s way, or whose way it did not tell. */
export function sameWay(ctx: Context, flow: Flow): ItemMention[] {
  const way = `${flow.supplier}>${flow.recipient}`;
  return ctx.items.filter((i) => (ctx.itemFlows?.get(i) ?? way) === way);
}

const specificity: Item[] = ["artillery-ammunition", "ballistic-missiles", "missiles-other", "drones", "ammunition", "weapons-unspecified"];
function mostSpecific(items: ItemMention[]): ItemMention[] {
  const specific = items.filter((i) => !i.generic);
  const pool = specific.length ? specific : items.filter((i) => i.item !== "goods-unspecified");
  return [...pool].sort((a, b) => rank(a.item) - rank(b.item)).filter((i, n, all) => all.findIndex((o) => o.item === i.item) === n);
}
const rank = (item: Item) => (specificity.includes(item) ? specificity.indexOf(item) : 0);


const conveyance = phraseRegex(unitItems.conveyances.map((w) => `${w}(?:e?s)?`));
const payment = phraseRegex(unitItems.paymentWords);
const aidNoun = phraseRegex(unitItems.aidNouns);
const dealNoun = phraseRegex(unitItems.dealNouns);
const carriers = Object.entries(unitItems.carrierCargo).map(([words, item]) => [phraseRegex([words]), item as Item] as const);

/**
 * What a count of conveyances carries: the thing after its "of" ("carriages of ammunition"), else the
 * one specific thing of the trade the clause names. Undefined where the amount counts no conveyance.
 */
export function conveyedBy(text: string, amount: Amount, unit: string, items: readonly ItemMention[], before: readonly ItemMention[] = [], clause?: Span): ItemMention | undefined {
  const carried = (i: ItemMention) => !i.generic && i.item !== "goods-unspecified" && i.item !== "money" && i.item !== "troops" && i.item !== "workers";
  // "a weight of more than 10,000 tonnes", "26 trains": with no goods in the clause, the one kind the sentence before named.
  // (Read only for those two kinds of amount: the memory of things before can be as long as the page.)
  const fromBefore = (): ItemMention | undefined => {
    const earlier = before.filter(carried);
    return !items.some(carried) && new Set(earlier.map((i) => i.item)).size === 1 ? { ...earlier[0], span: amount.span } : undefined;
  };
  if (unit === "tonnes" && !items.length) return fromBefore();
  if (unit !== "items" || !amount.noun || !lastWordIs(conveyance, amount.noun)) return undefined;
  const carriedBefore = fromBefore();
  if (carriedBefore) return carriedBefore;
  const goods = items.filter(carried);
  // "tankers made 43 voyages": a carrier whose cargo is known by what it is.
  if (!goods.length && clause) {
    const carrier = carriers.find(([re]) => hits(re, text.slice(clause.start, clause.end)));
    if (carrier) return { span: amount.span, item: carrier[1], generic: false, text: amount.noun };
  }
  const end = amount.nounSpan?.end ?? amount.span.end;
  const ofCargo = goods.find((i) => i.span.start >= end && /^\s+(?:of|with|carrying|loaded with)\s+(?:\S+\s+){0,2}$/i.test(text.slice(end, i.span.start)));
  if (ofCargo) return ofCargo;
  const kinds = new Set(goods.map((i) => i.item));
  if (kinds.size === 1) return goods[0];
  // "shells were moved over 49 shipments, and so were missiles": what was moved before the count.
  return goods.filter((i) => i.span.end <= amount.span.start).pop();
}

/**
 * The goods a sum measures when the clause names them before it ("crude supplies fell to $107 million",
 * "procure ammunition for €576 million", "security aid to some $26.7 billion"): the nearest thing of the
 * trade before the sum, unless the clause speaks of paying.
 */
export function pricedGoods(text: string, clause: Span, amount: Amount, items: readonly ItemMention[]): ItemMention | undefined {
  const lot = valuedLot(text, amount, items);
  if (lot) return lot;
  if (hits(payment, text.slice(clause.start, amount.span.start))) return undefined;
  // "a $2.5 billion aid package, including ...": the value of a package is of the package, whatever it lists.
  if (amount.noun && hits(aidNoun, amount.noun) && amount.nounSpan) return { span: amount.nounSpan, item: "weapons-unspecified", generic: true, text: amount.noun };
  // ("a 16-billion-kronor package": so is one whose noun follows the name of the money glued to the sum.)
  const lotAfter = amount.nounSpan ? aidAfterMoney.exec(text.slice(amount.nounSpan.end, amount.nounSpan.end + 40)) : null;
  if (lotAfter) return { span: { start: amount.nounSpan!.end + lotAfter.index + lotAfter[0].length - lotAfter[1].length, end: amount.nounSpan!.end + lotAfter[0].length }, item: "weapons-unspecified", generic: true, text: lotAfter[1] };
  // ("$40 million in foreign military financing towards the jets", "$2 million in cash": a sum told as money is money, whatever it buys.)
  const asMoney = items.find((i) => i.item === "money" && i.span.start >= amount.span.end && /^\s+in\s+$/i.test(text.slice(amount.span.end, i.span.start)));
  if (asMoney) return asMoney;
  const goods = (i: ItemMention) => i.item !== "money" && i.item !== "goods-unspecified" && i.item !== "troops" && i.item !== "workers";
  // "financing of €50 million for 12 howitzers", "£600 million to speed up drone deliveries": the goods just after it.
  // ("a $5 billion contract, under which Moscow was to supply five S-400 squadrons": a deal's price is of the goods it moves, however far on.)
  const reach = amount.noun && hits(dealNoun, amount.noun) ? Infinity : 60;
  const after = items.find((i) => i.span.start >= amount.span.end && i.span.start - amount.span.end < reach && goods(i));
  // ("Berlin's package of about 5 billion euros, announced in May": so is a sum a package is said to be, where no goods follow it.)
  const from = Math.max(clause.start, amount.span.start - 40);
  const aid = after ? null : aidBefore.exec(text.slice(from, amount.span.start));
  if (aid) return { span: { start: from + aid.index, end: from + aid.index + aid[1].length }, item: "weapons-unspecified", generic: true, text: aid[1] };
  return after ?? items.filter((i) => i.span.end <= amount.span.start && goods(i)).pop();
}
/**
 * The goods of a lot a sum values ("pay for a 500-million-dollar batch of American weapons", "fund a $300 million
 * package of drones"): the goods named after the lot's "of", which the payer gives, though the clause speaks of paying.
 */
function valuedLot(text: string, amount: Amount, items: readonly ItemMention[]): ItemMention | undefined {
  const lot = lotOf.exec(text.slice(amount.span.end, amount.span.end + 60));
  if (!lot) return undefined;
  const from = amount.span.end + lot[0].length;
  const goods = (i: ItemMention) => i.item !== "money" && i.item !== "goods-unspecified" && i.item !== "troops" && i.item !== "workers";
  return items.find((i) => i.span.start >= from && goods(i) && /^(?:[\p{L}.-]+\s+){0,3}$/u.test(text.slice(from, i.span.start)));
}
// (The name of the money may stand between, glued or not: "500-million-dollar batch of", "$300 million package of".)
const lotOf = new RegExp(`^(?:-?\\p{L}+)?\\s{1,2}(?:${unitItems.valuedLots.join("|")})\\s+of\\s+`, "iu");

const aidAfterMoney = new RegExp(`^\\s{1,2}(?:(?:military|aid|security|defen[cs]e)\\s+)?(${unitItems.aidNouns.filter((n) => /^(?:package|tranche|drawdown)/.test(n)).join("|")})\\b`, "i");

/** An aid noun right before the sum it is said to be: "a package of roughly", "the tranche totalling" (unit-items.json aidNouns). */
const aidBefore = new RegExp(`\\b(${unitItems.aidNouns.filter((n) => /^(?:package|tranche|drawdown)/.test(n)).join("|")})\\s+(?:of|totalling|totaling)\\s+(?:(?:about|roughly|some|around|nearly|almost|up to|more than|over|an estimated)\\s+)?$`, "i");

const carrierVehicle = phraseRegex(unitItems.carrierVehicles);
const carrierVerb = new RegExp(`^\\s+(?:(?:have|has|had|were|was|are|is|been|being|reportedly|also|already|probably|likely|then|all|each)\\s+){0,3}(?:${unitItems.carrierVerbs.join("|")})\\b`, "i");

/**
 * Whether a count is of the vehicles that carried the goods, not of goods: "arrived on 40 transport
 * planes", "unloaded onto dozens of trucks", "using 16 vessels to move arms", and the vehicles as the
 * doers of loading or carrying ("at least five tankers have loaded oil", "three freighters carried drones").
 */
export function carrierCount(text: string, amount: Amount): boolean {
  if (!amount.noun || !lastWordIs(carrierVehicle, amount.noun)) return false;
  const end = amount.nounSpan?.end ?? amount.span.end;
  // (Not a count of conveyances, which counts the cargo: "20 trains carrying munitions" are 20 lots of it.)
  if (!lastWordIs(conveyance, amount.noun) && carrierVerb.test(text.slice(end, end + 60))) return true;
  return /\b(?:on|onto|aboard|via|using|by|in)\s+(?:(?:some|about|around|over|more than|at least|nearly|almost)\s+)?$/i.test(text.slice(Math.max(0, amount.span.start - 24), amount.span.start));
}

/**
 * Whether `later` is listed as another thing right after `first`: "108 tanks and related equipment",
 * "a Pantsir vehicle, along with jamming devices" (not a broad word that restates the counted thing).
 */
export function listedAfter(text: string, first: Span, later: Span): boolean {
  if (later.start < first.end) return false;
  // (The counted thing's own noun may close its phrase first: "one Pantsir-class combat vehicle, along with".)
  return /^(?:\s+[\w-]+){0,2}\s*,?\s*(?:and|along with|together with|as well as|plus)\s+(?:(?:related|other|associated|additional|supporting|auxiliary)\s+)?(?:[\w-]+\s+){0,2}$/i.test(text.slice(first.end, later.start));
}

import type { Span } from "../../core/span.js";
import type { Direction, Role } from "./direction.js";
import type { Context } from "./draft.js";
import type { Item } from "../../core/claim.js";
import itemData from "../../knowledge/items.json" with { type: "json" };

// "paid with technology for satellites", "pays in part with know-how for its jets": a word of technology (items.json
// fieldTechWords) that a payment's means names, with "for" right after it, tells what the technology serves.
const techFor = new RegExp(`\\b(?:with|in)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:${itemData.fieldTechWords.join("|")})\\s+(for)\\b`, "iu");

/**
 * Where "for" opens what a payment pays for, as an offset into `text` from `from` (up to `end`), or -1: the first "for"
 * after the word of paying, passing over one that tells what technology given as the means serves ("Moscow paid partly
 * with technology for satellites": the technology is the means, no goods paid for).
 *
 *     payForAt("paid with technology for satellites", 4, 35) -> -1
 */
export function payForAt(text: string, from: number, end: number): number {
  const rest = text.slice(from, end);
  const first = rest.search(/\bfor\b/i);
  if (first < 0) return -1;
  const m = techFor.exec(rest);
  if (!m || m.index + m[0].length - 3 !== first) return first;
  const next = rest.slice(first + 3).search(/\bfor\b/i);
  return next < 0 ? -1 : first + 3 + next;
}

/**
 * The means of a payment told after what is paid for: "paid for the shells with wheat", "paid for the
 * supplies not only in gold". `forAt` is where "for" stands; the thing is a means where "with", "in" or
 * "using" leads to it (a few words between: "in Russian wheat", "not only in gold").
 *
 *     paidWith("paid for the shells with wheat", 5, {start: 25, end: 30}) -> true
 */
export function paidWith(text: string, forAt: number, thing: Span): boolean {
  if (thing.start <= forAt) return false;
  return /\b(?:with|in|using|by)\s+(?:[\p{L}-]+\s+){0,3}$/iu.test(text.slice(forAt, thing.start)) && !/\b(?:to|from)\s+(?:[\p{L}-]+\s+){0,3}(?:with|in|using|by)\s+(?:[\p{L}-]+\s+){0,3}$/iu.test(text.slice(forAt, thing.start));
}

/**
 * A clause of paying that names no party leans on the flow before; where that flow was itself a payment
 * ("Moscow sent gold to Tehran. The plant paid for the supplies in gold"), its giver is the payer, so the
 * goods paid for went the other way. Null where the flow before was of goods (the usual lean).
 */
export function payerFromContext(role: Role | null | undefined, ctx: Context): [string | null, string | null] | null {
  const last = ctx.lastTransfer;
  if (role !== "pay" || !last || last.item !== "money" || last.supplier !== ctx.supplier || last.recipient !== ctx.recipient) return null;
  return [ctx.recipient, ctx.supplier];
}

/**
 * A payer that names no payee ("The Hague has paid for shells and spare parts") and is the giver of the flow the
 * report follows buys for that flow's receiver: SCHEMA.md makes a state that buys and hands over the supplier. Only
 * where "for" follows the verb (what is bought), not where the payer pays in kind ("paid in oil"), and no one is paid
 * right after the verb ("paid Minsk for ...").
 *
 * A payer new to the flow does so too where what it pays for is the flow's own goods ("A scheme delivered shells to
 * Kyiv. Oslo paid for 30,000 of the rounds"): it joins the buying for the same receiver. Only where it counts what it
 * paid for (`counted`): a refusal or a wish to pay for arms in general ("will not pay for weapons for this war") joins
 * nothing. Never the receiver itself, which pays for what it gets ("Iran paid for the jets").
 *
 *     payerBuysForFlow({role: "pay", supplier: null, ...}, "NLD", "The Hague has paid for shells", ..., {supplier: "NLD", recipient: "UKR"}) -> true
 */
export function payerBuysForFlow(dir: Direction, payer: string, text: string, clause: Span, ctx: Context, items: readonly Item[] = [], counted = false): boolean {
  if (dir.role !== "pay" || !dir.trigger || dir.supplier || !ctx.supplier || !ctx.recipient) return false;
  const last = ctx.lastTransfer;
  const joins = counted && payer !== ctx.recipient && !!last && last.supplier === ctx.supplier && last.recipient === ctx.recipient && last.item !== "money" && items.includes(last.item);
  if (payer !== ctx.supplier && !joins) return false;
  if (!/^pa(?:y|ys|id|ying)$/i.test(text.slice(dir.trigger.start, dir.trigger.end))) return false;
  return /^\s+(?:(?:already|also|now|so far|since|further|separately|partly|largely)\s+){0,2}for\b/i.test(text.slice(dir.trigger.end, clause.end));
}

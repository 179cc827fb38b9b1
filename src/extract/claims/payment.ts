import type { Span } from "../../core/span.js";
import type { Role } from "./direction.js";
import type { Context } from "./draft.js";

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

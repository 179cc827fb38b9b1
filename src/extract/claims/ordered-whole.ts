import type { Unit } from "../../core/claim.js";
import type { Amount } from "../../core/document.js";
import type { Span } from "../../core/span.js";
import type { Context, Draft } from "./draft.js";
import type { ItemMention } from "./find-items.js";
import { countUnitOf, isCurrency } from "./quantity.js";
import data from "./ordered-whole.json" with { type: "json" };

for (const key of ["leads", "orderWords", "dealNouns"] as const) {
  const list: unknown = data[key];
  if (!Array.isArray(list) || !list.length || !list.every((w) => typeof w === "string" && /^[\p{L}]+(?: [\p{L}]+)?$/u.test(w))) throw new Error(`ordered-whole.json: ${key} must be a non-empty list of plain words`);
}

const alt = (list: readonly string[]) => list.map((w) => w.replace(/ /g, "\\s+")).join("|");
// Before the whole's count: "the first of" (after the part told just before, or the subject's being: "They are the first of").
// ("the first of the 24 that Lima bought": a whole named as known is the lot told before, no claim of its own.)
const firstOf = new RegExp(`\\bthe\\s+(?:${alt(data.leads)})\\s+of\\s+$`, "iu");
// After the whole's count (and its noun): "on order", "(that) Lima ordered", "it bought", "in a parallel order", "under the first contract".
const orderTail = new RegExp(
  `^\\s+(?:on\\s+order\\b|(?:(?:that|which)\\s+)?(?:(?:it|they|he|she|we|\\p{Lu}[\\p{L}'’-]+)\\s+)?(?:(?:had|has|have|was|were)\\s+)?(?:${alt(data.orderWords)})\\b|(?:in|under)\\s+(?:an?|the|its|their)\\s+(?:[\\p{L}\\d-]+\\s+){0,2}?(?:${alt(data.dealNouns)})\\b)`,
  "u",
);

/**
 * Whether a figure counts the ordered whole a lot told before was the first part of: "Nine launchers, the first of 20
 * on order, arrived" (20), "the first of 90 tanks it bought" (90). Its delivery is still ahead.
 */
export function orderedWhole(text: string, amount: Amount, clause: Span): boolean {
  if (amount.unit && isCurrency(amount.unit)) return false;
  if (!firstOf.test(text.slice(Math.max(0, amount.span.start - 40), amount.span.start))) return false;
  const from = Math.max(amount.span.end, amount.nounSpan?.end ?? amount.span.end);
  return orderTail.test(text.slice(from, Math.min(Math.max(clause.end, from), from + 60)));
}

/**
 * The goods a bare figure of an ordered whole counts: "Nine launchers, the first of 20 on order, arrived" counts the
 * launchers, the thing named last before it in its sentence, else the last the segment named ("They are the first of
 * 24 that Lima ordered"). Returns a mention of the goods at the figure, with their unit and the mention it points back
 * to, or null where the figure is no such whole or the goods have no count unit of their own.
 */
export function orderedWholeOf(text: string, amount: Amount, clause: Span, sentenceItems: readonly ItemMention[], ctx: Context, drafts: readonly Draft[]): { mention: ItemMention; unit: Unit; referent: ItemMention } | null {
  if (amount.unit || amount.noun || !orderedWhole(text, amount, clause)) return null;
  // (The part's own count drafted just before: "Eleven launchers, the first of 20", its goods and unit.)
  const part = drafts.filter((d) => d.kind === "transfer" && d.quantity && !isCurrency(d.quantity.unit) && d.parts.amount && d.parts.item && d.parts.amount.end <= amount.span.start).pop();
  if (part?.parts.item && part.quantity) {
    const referent: ItemMention = { span: part.parts.item, item: part.item, generic: false, text: text.slice(part.parts.item.start, part.parts.item.end) };
    return { mention: { span: amount.span, item: part.item, generic: false, text: text.slice(amount.span.start, amount.span.end) }, unit: part.quantity.unit, referent };
  }
  const pick = (list: readonly ItemMention[]) => list.filter((i) => !i.generic).pop() ?? list[list.length - 1];
  const before = sentenceItems.filter((i) => i.span.end <= amount.span.start);
  const referent = before.length ? pick(before) : ctx.items.length ? pick(ctx.items) : undefined;
  const unit = referent ? countUnitOf(referent.item) : null;
  if (!referent || !unit || unit === "items") return null;
  return { mention: { span: amount.span, item: referent.item, generic: false, text: text.slice(amount.span.start, amount.span.end) }, unit, referent };
}

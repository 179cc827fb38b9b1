import type { Unit } from "../../core/claim.js";
import type { Amount } from "../../core/document.js";
import type { Context } from "./draft.js";
import type { ItemMention } from "./find-items.js";
import { countUnitOf } from "./quantity.js";

/** "20 of them", "about 1,000 of them,": a bare figure that counts part of "them". */
const ofThem = /^\s+of\s+(them)\b/i;

/**
 * The thing a part of "them" counts: "Egypt bought K9 howitzers in 2022 and now fields around 40 of them" counts the
 * howitzers; "Seoul says 6,000 troops will go. About 1,000 of them have arrived" the troops of the sentence before.
 * The referent is the last thing named before the figure in its sentence, else the last the segment named (a
 * specific thing before a generic one). Returns a mention of the goods at the word "them", with the unit the goods
 * are counted in and the mention it points back to, or null where the figure is no such part or the goods have no unit of their own ("items").
 */
export function partOfThem(text: string, amount: Amount, sentenceItems: readonly ItemMention[], ctx: Context): { mention: ItemMention; unit: Unit; referent: ItemMention } | null {
  if (amount.unit || amount.noun) return null;
  const m = ofThem.exec(text.slice(amount.span.end, amount.span.end + 12));
  if (!m) return null;
  const pick = (list: readonly ItemMention[]) => list.filter((i) => !i.generic).pop() ?? list[list.length - 1];
  const before = sentenceItems.filter((i) => i.span.end <= amount.span.start);
  const referent = before.length ? pick(before) : ctx.items.length ? pick(ctx.items) : undefined;
  const unit = referent ? countUnitOf(referent.item) : null;
  if (!referent || !unit || unit === "items") return null;
  const start = amount.span.end + m[0].length - m[1].length;
  return { mention: { span: { start, end: start + m[1].length }, item: referent.item, generic: false, text: m[1] }, unit, referent };
}

/**
 * The thing a bare figure counts where it stands alone as what a verb of giving moves: "Spain sent howitzers to
 * Ukraine. Italy will send 15." counts the howitzers. The figure follows the verb with nothing between (or "another",
 * "a further"), and only the end of the clause, a receiver ("to ...") or "more" follows it; the clause names no thing
 * of its own, and the thing is the last the segment named. A year ("sent 2024" is no count) and a figure of a thing
 * with no count unit of its own are passed over. Returns a mention of the goods at the figure, with their unit and the mention they point back to.
 */
export function bareObjectOf(text: string, amount: Amount, clause: { start: number; end: number }, triggers: readonly { start: number; end: number; role: string }[], clauseItems: readonly ItemMention[], ctx: Context): { mention: ItemMention; unit: Unit; referent: ItemMention } | null {
  if (amount.unit || amount.noun || clauseItems.length || !ctx.items.length) return null;
  const value = amount.quantity.value;
  if (value === null || value === undefined || (value >= 1900 && value <= 2100 && /^\d{4}$/.test(text.slice(amount.span.start, amount.span.end).trim()))) return null;
  const verb = triggers.find((t) => t.role === "give" && t.end <= amount.span.start && verbToFigure.test(text.slice(t.end, amount.span.start)));
  if (!verb || !afterBare.test(text.slice(amount.span.end, Math.min(clause.end + 1, amount.span.end + 8)))) return null;
  const referent = ctx.items.filter((i) => !i.generic).pop() ?? ctx.items[ctx.items.length - 1];
  const unit = countUnitOf(referent.item);
  if (!unit || unit === "items") return null;
  return { mention: { span: amount.span, item: referent.item, generic: false, text: text.slice(amount.span.start, amount.span.end) }, unit, referent };
}

/** Between the verb and the bare figure: nothing, or a word of one more lot. */
const verbToFigure = /^\s+(?:another\s+|a\s+further\s+)?$/i;
/** After the bare figure: the end of the clause, a receiver, or "more". */
const afterBare = /^(?:\s*(?:[.;,!?]|$)|\s+(?:to|more)\b)/i;

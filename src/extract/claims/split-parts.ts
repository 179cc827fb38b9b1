import type { Unit } from "../../core/claim.js";
import type { Amount } from "../../core/document.js";
import type { Context } from "./draft.js";
import type { ItemMention } from "./find-items.js";
import { countUnitOf, isCurrency } from "./quantity.js";
import { movesByItself } from "./direction.js";
import cues from "../../knowledge/transfer-cues.json" with { type: "json" };

/** "20 of them", "about 1,000 of them,", "six more of them": a bare figure that counts part of "them". */
const ofThem = /^\s+(?:more\s+)?of\s+(them)\b/i;

/**
 * The thing a part of "them" counts: "Egypt bought K9 howitzers in 2022 and now fields around 40 of them" counts the
 * howitzers; "Seoul says 6,000 troops will go. About 1,000 of them have arrived" the troops of the sentence before.
 * The referent is the last thing named before the figure in its sentence, else the last the segment named (a
 * specific thing before a generic one). Returns a mention of the goods at the word "them", with the unit the goods
 * are counted in and the mention it points back to, or null where the figure is no such part or the goods have no unit of their own ("items").
 */
export function partOfThem(text: string, amount: Amount, sentenceItems: readonly ItemMention[], ctx: Context): { mention: ItemMention; unit: Unit; referent: ItemMention } | null {
  // ("six more of them": a further part of "them", whose "more" the amounts layer reads as its noun.)
  if (amount.unit || (amount.noun && !/^more$/i.test(amount.noun))) return null;
  const m = ofThem.exec(text.slice(amount.span.end, amount.span.end + 18));
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
 * Ukraine. Italy will send 15." counts the howitzers, as does "Spain sent howitzers to Ukraine, and Italy will send 15"
 * (the goods an earlier clause of the sentence names come first). The figure follows the verb with nothing between (or "another",
 * "a further"), and only the end of the clause, a receiver ("to ...") or "more" follows it; the clause names no thing
 * of its own, and the thing is the last an earlier clause of the sentence names, else the last the segment named. A year ("sent 2024" is no count) and a figure of a thing
 * with no count unit of its own are passed over. Returns a mention of the goods at the figure, with their unit and the mention they point back to.
 */
export function bareObjectOf(text: string, amount: Amount, clause: { start: number; end: number }, triggers: readonly { start: number; end: number; role: string }[], clauseItems: readonly ItemMention[], ctx: Context, earlierItems: readonly ItemMention[] = []): { mention: ItemMention; unit: Unit; referent: ItemMention } | null {
  // (An earlier clause of the same sentence names the goods first: "Norway gave Kyiv 19 of its jets, and Spain will send 24".)
  const pool = earlierItems.length ? earlierItems : ctx.items;
  if (amount.unit || amount.noun || clauseItems.length || !pool.length) return null;
  const value = amount.quantity.value;
  if (value === null || value === undefined || (value >= 1900 && value <= 2100 && /^\d{4}$/.test(text.slice(amount.span.start, amount.span.end).trim()))) return null;
  const verb = triggers.find((t) => t.role === "give" && t.end <= amount.span.start && verbToFigure.test(text.slice(t.end, amount.span.start)));
  if (!verb || !afterBare.test(text.slice(amount.span.end, Math.min(clause.end + 1, amount.span.end + 8)))) return null;
  const referent = pool.filter((i) => !i.generic).pop() ?? pool[pool.length - 1];
  const unit = countUnitOf(referent.item);
  if (!unit || unit === "items") return null;
  return { mention: { span: amount.span, item: referent.item, generic: false, text: text.slice(amount.span.start, amount.span.end) }, unit, referent };
}

/** Between the verb and the bare figure: nothing, or a word of one more lot. */
const verbToFigure = /^\s+(?:another\s+|a\s+further\s+)?$/i;
/** After the bare figure: the end of the clause, a receiver, or "more". */
const afterBare = /^(?:\s*(?:[.;,!?]|$)|\s+(?:to|more)\b)/i;

/**
 * The thing a bare figure counts where an earlier figure of its sentence counted a named thing and the sentence goes
 * on to a second figure without naming anything again: "Spain has sent 40,000 shells so far and means to send about
 * 100,000 by summer" counts shells twice, the second time in the first figure's unit. The counted thing is the last
 * the sentence names; the bare figure has no unit or noun of its own and is a word of its own (a note mark glued to
 * the end, "...later.4", "[3]", is none). It is no part or whole of the first ("12 of which", "the first of 212",
 * "with six due in May"), no multiple ("ten times as many") and no rate ("over 400 a day"). Money and shares are
 * passed over (a second sum may be of anything the sentence names). Returns a mention of the goods at the figure,
 * with the earlier figure's unit and the mention it points back to, or null.
 */
export function secondFigureOf(text: string, amount: Amount, sentenceAmounts: readonly Amount[], sentenceItems: readonly ItemMention[]): { mention: ItemMention; unit: Unit; referent: ItemMention } | null {
  // ("1,200 heavy bombs and some 800 lighter ones": a figure whose noun only stands for the goods is as bare.)
  if (amount.unit || (amount.noun && !proFormNoun.test(amount.noun)) || amount.quantity.per) return null;
  const q = amount.quantity;
  if ((q.value ?? q.min ?? q.max ?? null) === null || /^\s*(?:1[89]|20)\d\d\s*$/.test(text.slice(amount.span.start, amount.span.end))) return null;
  if (!/\s/.test(text.charAt(amount.span.start - 1)) || partBefore.test(text.slice(Math.max(0, amount.span.start - 8), amount.span.start)) || partAfter.test(text.slice(amount.span.end, amount.span.end + 10))) return null;
  const earlier = sentenceAmounts.filter((a) => a.span.end <= amount.span.start && a.nounSpan).pop();
  if (!earlier || !earlier.unit || !earlier.nounSpan || earlier.unit === "percent" || isCurrency(earlier.unit)) return null;
  const referent = sentenceItems.find((i) => i.span.start < earlier.nounSpan!.end && earlier.nounSpan!.start < i.span.end);
  if (!referent || sentenceItems.some((i) => i.span.start >= earlier.nounSpan!.end)) return null;
  return { mention: { span: amount.span, item: referent.item, generic: false, text: text.slice(amount.span.start, amount.span.end) }, unit: earlier.unit, referent };
}

/** A noun that only stands for goods named before, after at most two describing words (transfer-cues.json proFormNouns): "lighter ones". */
const proFormNoun = new RegExp(`^(?:[\\p{L}-]+\\s+){0,2}(?:${cues.proFormNouns.join("|")})\\b`, "iu");
/** Before a bare figure: a part or whole of a lot ("the first of 212", "with six due"). */
const partBefore = /\b(?:of|with)\s+$/i;
/** After a bare figure: a part, a share or a multiple ("12 of which", "ten times as many"). */
const partAfter = /^\s*(?:of|per|percent|%|times)\b/i;

/** A cue of presence opened by a word of being (transfer-cues.json presentCount): "are now in", "were already in". */
const beingCue = new RegExp(`^(?:${cues.presentCount.join("|")})\\b`, "i");
/** Helping words between a bare count and the verb of giving it is the subject of (transfer-cues.json sentCount): "had been sent". */
const sentGap = new RegExp(`^\\s+(?:(?:${cues.sentCount.join("|")})\\s+)+$`, "i");

/**
 * The people a bare count is of where the count is the subject of being somewhere: "North Korea has sent troops to
 * Russia. More than 10,000 are now in Russia" counts the troops. The cue of presence follows the count with nothing
 * between, the clause names no thing of its own, and the thing is the last the segment named, counted in people
 * (troops or workers): goods told before are no subject of "are in". Returns a mention of them at the figure, with
 * their unit and the mention it points back to, or null.
 */
export function presentCountOf(text: string, amount: Amount, triggers: readonly { start: number; end: number; role: string }[], clauseItems: readonly ItemMention[], ctx: Context, sentenceItems: readonly ItemMention[] = []): { mention: ItemMention; unit: Unit; referent: ItemMention; sameSentence?: boolean } | null {
  if (amount.unit || amount.noun || clauseItems.length || (!ctx.items.length && !sentenceItems.length)) return null;
  if ((amount.quantity.value ?? amount.quantity.min ?? amount.quantity.max ?? null) === null) return null;
  const cue = triggers.find((t) => t.role === "give" && t.start >= amount.span.end && /^\s+$/.test(text.slice(amount.span.end, t.start)));
  // ("Pyongyang sent troops to Russia. Another 1,500 have been dispatched": the count is the subject of a verb of giving, with only helping words between.)
  const sent = cue ? undefined : triggers.find((t) => t.role === "give" && t.start > amount.span.end && sentGap.test(text.slice(amount.span.end, t.start)));
  // ("Seoul said troops had left. The first 1,500 sailed to Vladivostok": people seen moving by themselves are the count's too.)
  if (!sent && (!cue || !(beingCue.test(text.slice(cue.start, cue.end)) || movesByItself(text.slice(cue.start, cue.end))))) return null;
  // (The goods an earlier clause of the same sentence names come first: "Spain ordered jets and tanks, and 12 have been
  // delivered" counts what this sentence told, not what the page named before it.)
  const before = sentenceItems.filter((i) => i.span.end <= amount.span.start);
  const pool = sent && before.length ? before : ctx.items;
  if (!pool.length) return null;
  const referent = pool.filter((i) => !i.generic).pop() ?? pool[pool.length - 1];
  const unit = countUnitOf(referent.item);
  // (Goods too may be the subject of a verb of giving, "another 40 had been handed over"; only people are somewhere.)
  if (!unit || (sent ? unit === "items" : unit !== "troops" && unit !== "workers")) return null;
  return { mention: { span: amount.span, item: referent.item, generic: false, text: text.slice(amount.span.start, amount.span.end) }, unit, referent, sameSentence: pool !== ctx.items };
}

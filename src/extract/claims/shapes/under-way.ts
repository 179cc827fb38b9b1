import { findTriggers, type Trigger } from "../direction.js";
import { findItems } from "../find-items.js";
import { broaderThan, isCurrency } from "../quantity.js";
import type { Context } from "../draft.js";
import type { ItemMention } from "../find-items.js";
import data from "./under-way.json" with { type: "json" };
import { partiesIn, type Shape, shapeSyntax } from "./frame.js";

const comeVerbs = new Set<string>(data.comeVerbs);
const modal = new RegExp(data.modal, "iu");
const wayNouns = new Set<string>(data.wayNouns);
const wayOwner = new RegExp(`^(?:${data.wayOwners.join("|")})\\b`, "i");
const crossingVerbs = new Set<string>(data.crossingVerbs);
const crossingNouns = new Set<string>(data.crossingNouns);
const after = new RegExp(data.after, "iu");
const cheapLook = new RegExp(`\\b(?:${[...data.comeVerbs.map((v) => v.replace(/e$/, "")), data.dueWord, ...data.wayNouns, ...data.crossingNouns].join("|")})`, "i");

/**
 * Whether the flow the segment has in focus is plainly the one of these goods: the flow told last, where the page
 * told these goods (or goods of their family) with no other flow, and, for goods it told with none, where every flow
 * it told is that one.
 */
function plainFlow(ctx: Context, items: readonly ItemMention[]): boolean {
  if (!ctx.supplier || !ctx.recipient || !ctx.lastTransfer) return false;
  const focus = `${ctx.supplier}>${ctx.recipient}`;
  const memory = [...(ctx.itemFlow ?? new Map()).entries()];
  const flows = new Set(memory.map(([, f]) => `${f.supplier}>${f.recipient}`));
  return items.every((i) => {
    const own = memory.filter(([item]) => item === i.item || broaderThan(item, i.item) || broaderThan(i.item, item)).map(([, f]) => `${f.supplier}>${f.recipient}`);
    return own.length ? own.every((f) => f === focus) : flows.size <= 1 && (!flows.size || flows.has(focus));
  });
}

/**
 * "The last 12 trucks will come by spring", "Two radar units are due in June", "Some 30 of the boats were on
 * their way", "about 5,000 mines had made the journey": counted goods that are the subject of
 * a phrase of being on the move or still to come (under-way.json), in a sentence that names no state and has no
 * word of giving of its own, are a lot of the flow the segment has in focus. The phrase is returned as a word of
 * giving, so the assembler carries that flow onto the goods; only where the flow is plain (one flow for these goods,
 * and the flow told last), as a sentence with no party of its own could otherwise be of any flow the page told, and
 * where the goods are of one kind.
 *
 *     "Chile sent tanks to Peru. The remaining 18 tanks will come next year." -> "will come"
 */
export const underWay: Shape = ({ doc, index, sentence, ctx }) => {
  const local = doc.slice(sentence);
  if (!cheapLook.test(local) || !ctx.supplier || !ctx.recipient) return [];
  // (A state named outside the words of the one who speaks could be a party: the sentence is left to other rules.)
  const spoken = doc.attributions.find((a) => a.sentence === index)?.spans ?? [];
  if (partiesIn(doc, sentence).some((m) => !spoken.some((s) => s.start <= m.span.start && m.span.end <= s.end))) return [];
  if (findTriggers(local, sentence.start).some((t) => t.role !== "use")) return [];
  const syntax = shapeSyntax(doc, sentence);
  if (!syntax) return [];
  const { chunks, tokens, spanOf } = syntax;
  const text = doc.text;
  const lemma = (n: number) => (chunks[n] ? tokens[chunks[n].head].lemma.toLowerCase() : "");
  const word = (n: number) => (chunks[n] ? text.slice(spanOf(chunks[n]).start, spanOf(chunks[n]).end).toLowerCase() : "");
  const out: Trigger[] = [];
  chunks.forEach((c, n) => {
    // The phrase: its first chunk (`n`) and the chunk after its last (`end`).
    let end = -1;
    if (c.kind === "VP" && !c.passive && comeVerbs.has(lemma(n)) && modal.test(text.slice(Math.max(sentence.start, tokens[c.head].span.start - 40), tokens[c.head].span.start))) end = n + 1;
    else if (c.kind === "VP" && lemma(n) === "be" && word(n + 1) === data.dueWord) end = n + 2;
    else if (c.kind === "O" && c.code === "," && word(n + 1) === data.dueWord) end = n + 2;
    else if (c.kind === "VP" && lemma(n) === "be" && word(n + 1) === "on" && chunks[n + 2]?.kind === "NP" && wayNouns.has(lemma(n + 2)) && wayOwner.test(word(n + 2))) end = n + 3;
    else if (c.kind === "VP" && !c.passive && crossingVerbs.has(lemma(n)) && chunks[n + 1]?.kind === "NP" && crossingNouns.has(lemma(n + 1))) end = n + 2;
    if (end < 0) return;
    const phraseEnd = spanOf(chunks[end - 1]).end;
    if (!after.test(text.slice(phraseEnd, sentence.end))) return;
    // The goods: the noun phrases right before the phrase, in their own clause (no verb, mark or clause word between).
    let k = n - 1;
    let first = -1;
    while (k >= 0 && n - k <= 8 && chunks[k].kind !== "VP" && chunks[k].kind !== "TO" && !(chunks[k].kind === "O" && /^[,;:W]$/.test(chunks[k].code))) {
      if (chunks[k].kind === "NP") first = k;
      k--;
    }
    if (first < 0) return;
    const goods = { start: spanOf(chunks[first]).start, end: spanOf(c).start };
    const items = findItems(text.slice(goods.start, goods.end), goods.start).filter((i) => !i.generic);
    // (Goods of two kinds, "rounds of other ammunition": which one the figure counts is left to other rules.)
    if (!items.length || new Set(items.map((i) => i.item)).size > 1 || items.some((i) => i.item === "money")) return;
    // A count of the goods: a figure among them that is no sum and no share.
    const counted = doc.within(doc.amounts, sentence).some((a) => a.span.end > goods.start && a.span.start < goods.end && !(a.unit && (isCurrency(a.unit) || a.unit === "percent")) && (a.quantity.value !== null || a.quantity.min !== null || a.quantity.max !== null));
    if (!counted || !plainFlow(ctx, items)) return;
    const at = spanOf(c);
    out.push({ start: at.start, end: phraseEnd, text: text.slice(at.start, phraseEnd), role: "give" });
  });
  return out;
};

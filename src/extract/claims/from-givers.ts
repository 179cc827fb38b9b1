import type { Amount } from "../../core/document.js";
import type { Span } from "../../core/span.js";
import type { Party } from "./direction.js";
import type { Draft } from "./draft.js";
import { toQuantity } from "./quantity.js";
import data from "./from-givers.json" with { type: "json" };

// Between the first figure (or its goods) and its giver: "from", maybe after words that lead to it (from-givers.json ledBy).
const toFirstGiver = new RegExp(`^\\s+(?:(?:${data.ledBy.join("|")})\\s+)?from\\s+(?:the\\s+)?$`, "i");
// Between the first giver (and a time told with it) and the next figure: "and", maybe after a comma, maybe with a word of one more lot.
const toNextFigure = new RegExp(`^\\s*,?\\s*and\\s+(?:(?:${data.lotWords.join("|")})\\s+)?$`, "i");
// Between that figure (or its noun) and its own giver: "from", maybe after "more".
const toNextGiver = /^\s+(?:more\s+)?from\s+(?:the\s+)?$/i;
// A time told with a giver, which the next figure may follow: "from Qatar in 2021 and 12 from Oman".
const timeAfter = /^\s+(?:in|during|by|on)\s+(?:(?:early|late|mid-?)\s*)?(?:\p{Lu}\p{Ll}+\s+)?(?:1[89]|20)\d\d\b/u;

/**
 * "Egypt bought ten frigates from Italy and another six from Spain", "$400 million of it coming from Russia and $260
 * million from China": after a counted flow whose giver follows "from", a further figure followed by "from" and a
 * state of its own leaves out the verb, the thing and the receiver: that state gives its own count of the same thing
 * to the same receiver. A draft that read the further figure as the first giver's takes the further giver instead;
 * one that gave the first figure to the further giver is dropped. Nothing changes where the words between do not
 * run so.
 */
export function fromGivers(text: string, sentence: Span, parties: readonly Party[], amounts: readonly Amount[], drafts: Draft[]): Draft[] {
  let out = drafts;
  for (const t of drafts) {
    if (t.kind !== "transfer" || !t.supplier || !t.recipient || !t.quantity || !t.parts.amount) continue;
    const first = amounts.find((a) => a.span.start === t.parts.amount!.start);
    if (!first) continue;
    const lead = Math.max(first.span.end, first.nounSpan?.end ?? 0);
    const giver = parties.find((p) => p.state === t.supplier && p.span.start >= lead && p.span.end <= sentence.end && toFirstGiver.test(text.slice(lead, p.span.start)));
    if (!giver) continue;
    let from = giver.span.end;
    const time = timeAfter.exec(text.slice(from, sentence.end));
    if (time) from += time[0].length;
    const next = amounts.find((a) => a.span.start > from && a.span.end <= sentence.end && toNextFigure.test(text.slice(from, a.span.start)));
    if (!next || (next.unit && next.unit !== t.quantity.unit)) continue;
    const nextLead = Math.max(next.span.end, next.nounSpan?.end ?? 0);
    const other = parties.find((p) => p.span.start >= nextLead && p.span.end <= sentence.end && toNextGiver.test(text.slice(nextLead, p.span.start)));
    if (!other || other.state === t.supplier || other.state === t.recipient) continue;
    const same = (d: Draft, a: Amount) => d.kind === "transfer" && d.item === t.item && d.recipient === t.recipient && d.parts.amount?.start === a.span.start;
    // (the first figure given to the further giver is that giver's misreading)
    let kept = out.filter((d) => !(same(d, first) && d.supplier === other.state));
    const misread = kept.filter((d) => same(d, next));
    if (misread.length) kept = kept.map((d) => (misread.includes(d) ? { ...d, supplier: other.state } : d));
    else kept = [...kept, { ...t, supplier: other.state, quantity: toQuantity(next, t.quantity.unit), parts: { ...t.parts, amount: next.span }, lastPart: Math.max(t.lastPart, other.span.end) }];
    out = kept;
  }
  return out;
}

import type { ArmsDocument } from "../../core/document.js";
import type { Context, Draft } from "./draft.js";
import { findItems } from "./find-items.js";
import { isCurrency, toQuantity, unitFits } from "./quantity.js";
import data from "./conversion.json" with { type: "json" };
import { allMatches } from "../../core/all-matches.js";

const cue = new RegExp(`\\b(?:${data.cues.join("|")})\\b`, "giu");
/** The cues of equivalence, to find the first in a stretch ("4,000 containers of arms, enough for 2 million shells"). */
export const equivalenceCue = new RegExp(cue.source, "iu");

/**
 * "Syria shipped 4,000 crates of arms to Yemen. Counted as mortar bombs, that would come to some 1.5 million
 * rounds.": a sentence with no transfer of its own that gives, after a cue of equivalence (conversion.json), a
 * figure of goods it names is the flow told within `reach` sentences before it again, in its own unit and goods
 * (SCHEMA: each unit a claim of its own). A state other than the flow's parties makes it another matter.
 */
export function conversionDrafts(doc: ArmsDocument, index: number, drafts: readonly Draft[], last: Context["lastTransfer"]): Draft[] {
  // (A sentence with a transfer draft of its own is read by the rules that made it: "those boxes could carry 4.8 million shells".)
  if (!last || drafts.some((d) => d.kind === "transfer")) return [...drafts];
  const sentence = doc.sentences[index];
  const text = doc.slice(sentence.span);
  let near = false;
  for (let i = index; i >= 0 && i >= index - data.reach && doc.sentences[i].segment === sentence.segment; i--) {
    const s = doc.sentences[i].span;
    if (s.start <= last.span.start && last.span.end <= s.end) near = true;
  }
  if (!near) return [...drafts];
  if (doc.within(doc.mentions, sentence.span).some((x) => x.kind === "state" && ![last.supplier, last.recipient].includes(x.state ?? x.entity))) return [...drafts];
  cue.lastIndex = 0;
  for (const m of allMatches(cue, text)) {
    const after = sentence.span.start + m.index + m[0].length;
    const amount = doc.within(doc.amounts, sentence.span).find((a) => a.span.start >= after && a.span.start - after <= data.gap && a.unit && a.nounSpan && (a.quantity.value !== null || a.quantity.min !== null || a.quantity.max !== null));
    if (!amount?.unit || !amount.nounSpan || isCurrency(amount.unit)) continue;
    const own = findItems(doc.text.slice(amount.span.start, amount.nounSpan.end), amount.span.start).find((i) => unitFits(amount.unit!, i.item));
    if (!own) continue;
    return [
      ...drafts,
      {
        clause: { start: sentence.span.start, end: sentence.span.end },
        kind: "transfer",
        supplier: last.supplier,
        recipient: last.recipient,
        item: own.item,
        quantity: toQuantity(amount, amount.unit),
        calibre: amount.calibre ?? null,
        parts: { item: own.span, amount: amount.span },
        lastPart: amount.span.end,
        thing: own.text.toLowerCase().replace(/s$/, ""),
      },
    ];
  }
  return [...drafts];
}

import type { Span } from "../../core/span.js";
import { parseAmounts } from "../amounts/scan.js";
import type { Party } from "./direction.js";
import type { Draft } from "./draft.js";
import { toQuantity } from "./quantity.js";

// Before each further giver: a comma or "and" (with "the"); after it, its own bare figure and then a comma, "and" or the end.
const pairGap = /^\s*(?:,\s*)?(?:and\s+)?(?:the\s+)?$/i;
const partOf = /^\s+of\s+(?:the|its|their|those|these)\s/i;
const figureAfter = /^\s+(\d{1,3}(?:,\d{3})*|\p{Ll}+(?:-\p{Ll}+)?)(?=\s*(?:,|\band\b|[.;!?]|$))/u;

/**
 * The further givers of a gapped list ("Poland promised Kyiv 20 tanks, Sweden 12"): a state after a counted thing,
 * behind a comma or "and", with a bare figure of its own right after it and then a comma, "and" or the end. Such a
 * state is no receiver of the flow before it: the direction is read without it, and `gappedGivers` adds its claim.
 */
export function gapMembers(text: string, sentence: Span, parties: readonly Party[], amounts: readonly { span: Span; unit?: string | null; noun?: string | null }[]): Set<Party> {
  const out = new Set<Party>();
  // (A counted thing: a figure with its unit or noun, "19 fighters", or a part of things told, "19 of the fighters".)
  const counted = (a: { span: Span; unit?: string | null; noun?: string | null }) => !!a.unit || !!a.noun || partOf.test(text.slice(a.span.end, a.span.end + 12));
  const first = amounts.find((a) => counted(a) && a.span.end <= sentence.end && a.span.start >= sentence.start);
  if (!first) return out;
  for (const p of parties) {
    if (p.span.start < first.span.end) continue;
    const before = text.slice(Math.max(sentence.start, p.span.start - 12), p.span.start);
    if (!/(?:,\s*(?:and\s+)?|\sand\s+)(?:the\s+)?$/i.test(before)) continue;
    if (figureAfter.test(text.slice(p.span.end, Math.min(sentence.end, p.span.end + 30)))) out.add(p);
  }
  return out;
}

/**
 * "Denmark has pledged 19 jets to Ukraine, the Netherlands 24 and Norway six": a list after a counted flow
 * whose members are each a state with a bare figure of its own leaves out the verb, the thing and the receiver:
 * each state gives its own count of the same thing to the same receiver. The figure is read with the counted
 * noun of the first claim ("24 jets"). Nothing changes where a state of the list has no figure right after it.
 */
export function gappedGivers(text: string, sentence: Span, parties: readonly Party[], drafts: Draft[]): Draft[] {
  const template = drafts.find((d) => d.kind === "transfer" && d.quantity && d.parts.amount && d.parts.item && d.supplier && d.recipient);
  if (!template?.quantity || !template.parts.item) return drafts;
  const noun = text.slice(template.parts.item.start, template.parts.item.end);
  const after = Math.max(template.parts.amount!.end, template.parts.item.end);
  const later = parties.filter((p) => p.span.start >= after && p.span.end <= sentence.end).sort((a, b) => a.span.start - b.span.start);
  const added: Draft[] = [];
  let from = after;
  for (const p of later) {
    // (the receiver after the thing, "to Ukraine", is passed over: only what follows it can open the list)
    if (p.state === template.recipient && !added.length) {
      from = p.span.end;
      continue;
    }
    if (!pairGap.test(text.slice(from, p.span.start)) || p.state === template.supplier || p.state === template.recipient) return drafts;
    const m = figureAfter.exec(text.slice(p.span.end, Math.min(sentence.end, p.span.end + 30)));
    if (!m) return drafts;
    const at = p.span.end + m[0].length - m[1].length;
    const read = parseAmounts(`${m[1]} ${noun}`, at).find((a) => a.span.start === at && a.quantity.value !== null);
    if (!read) return drafts;
    const figure = { ...read, span: { start: at, end: at + m[1].length } };
    added.push({ ...template, supplier: p.state, quantity: toQuantity(figure, template.quantity.unit), parts: { ...template.parts, amount: figure.span } });
    from = figure.span.end;
  }
  return added.length ? [...drafts, ...added] : drafts;
}

import type { Span } from "../../core/span.js";
import { parseAmounts } from "../amounts/scan.js";
import type { Party } from "./direction.js";
import type { Draft } from "./draft.js";
import { toQuantity } from "./quantity.js";
import data from "./gapped-givers.json" with { type: "json" };

// Before each further giver: a comma or "and" (with "the"); after it, its own bare figure and then a comma, "and" or the end.
const pairGap = /^\s*(?:,\s*)?(?:and\s+)?(?:the\s+)?$/i;
const partOf = /^\s+of\s+(?:the|its|their|those|these)\s/i;
const figureAfter = /^\s+(\d{1,3}(?:,\d{3})*|\p{Ll}+(?:-\p{Ll}+)?)/u;
const memberEnds = /^\s*(?:,|\band\b|[.;!?]|$)/;
// (An offset from the act before, "a day later", which the time resolver does not date: gapped-givers.json laterOffsets.)
const laterOffset = new RegExp(`^\\s+(?:${data.laterOffsets.join("|")})(?=\\s*(?:,|\\band\\b|[.;!?]|$))`, "i");

/**
 * The bare figure right after a further giver, where the member ends with it, or with a time told of that giver's
 * act alone ("Brazil 24 next year": the times the page resolved, resolve-times.ts; "and Slovakia thirteen a day
 * later": an offset from the act before), before a comma, "and" or the end.
 */
function memberFigure(text: string, sentence: Span, party: Span, times: readonly { span: Span }[]): { figure: RegExpExecArray; end: number } | null {
  const figure = figureAfter.exec(text.slice(party.end, Math.min(sentence.end, party.end + 30)));
  if (!figure) return null;
  const end = party.end + figure[0].length;
  if (memberEnds.test(text.slice(end, sentence.end))) return { figure, end };
  const offset = laterOffset.exec(text.slice(end, sentence.end));
  if (offset) return { figure, end: end + offset[0].length };
  const time = times.find((t) => t.span.start > end && t.span.end <= sentence.end && /^\s+(?:(?:in|on|at|by|during|from|since|until|before|after)\s+)?$/i.test(text.slice(end, t.span.start)));
  return time && memberEnds.test(text.slice(time.span.end, sentence.end)) ? { figure, end: time.span.end } : null;
}

const timeOpener = /\s+(?:in|on|at|by|during|from|since|until|before|after)\s+$/i;

/** The words between two points with the times told there left out ("20 tanks in March and Sweden 12": " and "). */
function withoutTimes(text: string, from: number, to: number, times: readonly { span: Span }[]): string {
  let out = "";
  let at = from;
  for (const t of [...times].sort((a, b) => a.span.start - b.span.start)) {
    if (t.span.start < at || t.span.end > to) continue;
    // (with the preposition that opens it: "in March")
    out += text.slice(at, t.span.start).replace(timeOpener, "");
    at = t.span.end;
  }
  return out + text.slice(at, to);
}

/**
 * The further givers of a gapped list ("Poland promised Kyiv 20 tanks, Sweden 12"): a state after a counted thing,
 * behind a comma or "and", with a bare figure of its own right after it and then a comma, "and" or the end. Such a
 * state is no receiver of the flow before it: the direction is read without it, and `gappedGivers` adds its claim.
 */
export function gapMembers(text: string, sentence: Span, parties: readonly Party[], amounts: readonly { span: Span; unit?: string | null; noun?: string | null }[], times: readonly { span: Span }[] = []): Set<Party> {
  const out = new Set<Party>();
  // (A counted thing: a figure with its unit or noun, "19 fighters", or a part of things told, "19 of the fighters".)
  const counted = (a: { span: Span; unit?: string | null; noun?: string | null }) => !!a.unit || !!a.noun || partOf.test(text.slice(a.span.end, a.span.end + 12));
  const first = amounts.find((a) => counted(a) && a.span.end <= sentence.end && a.span.start >= sentence.start);
  if (!first) return out;
  for (const p of parties) {
    if (p.span.start < first.span.end) continue;
    const before = text.slice(Math.max(sentence.start, p.span.start - 12), p.span.start);
    if (!/(?:,\s*(?:and\s+)?|\sand\s+)(?:the\s+)?$/i.test(before)) continue;
    if (memberFigure(text, sentence, p.span, times)) out.add(p);
  }
  return out;
}

/**
 * "Denmark has pledged 19 jets to Ukraine, the Netherlands 24 and Norway six": a list after a counted flow
 * whose members are each a state with a bare figure of its own leaves out the verb, the thing and the receiver:
 * each state gives its own count of the same thing to the same receiver. The figure is read with the counted
 * noun of the first claim ("24 jets"). Nothing changes where a state of the list has no figure right after it.
 */
export function gappedGivers(text: string, sentence: Span, parties: readonly Party[], drafts: Draft[], times: readonly { span: Span }[] = []): Draft[] {
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
    if (!pairGap.test(withoutTimes(text, from, p.span.start, times)) || p.state === template.supplier || p.state === template.recipient) return drafts;
    const member = memberFigure(text, sentence, p.span, times);
    if (!member) return drafts;
    const m = member.figure;
    const at = p.span.end + m[0].length - m[1].length;
    const read = parseAmounts(`${m[1]} ${noun}`, at).find((a) => a.span.start === at && a.quantity.value !== null);
    if (!read) return drafts;
    const figure = { ...read, span: { start: at, end: at + m[1].length } };
    added.push({ ...template, supplier: p.state, quantity: toQuantity(figure, template.quantity.unit), parts: { ...template.parts, amount: figure.span } });
    from = member.end;
  }
  return added.length ? [...drafts, ...added] : drafts;
}

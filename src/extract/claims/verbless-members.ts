import type { ArmsDocument } from "../../core/document.js";
import type { Span } from "../../core/span.js";
import { allMatches } from "../../core/all-matches.js";

/** Where the members of a line part: a comma, a colon, a semicolon or a bar; never a comma or colon inside a number ("1,200", "10:30"). */
const memberBreak = /(?<!\d)[,:]|[,:](?!\d)|[;|]/g;

/** One stretch of a line between its commas, colons, semicolons and bars, and whether a verb stands in it. */
export interface Member {
  readonly span: Span;
  readonly verb: boolean;
}

/**
 * The members of a tagged line with no verb after its first member: the stretches between its commas, colons,
 * semicolons and bars, each with whether a verb (or an auxiliary) stands in it (a label's "live"). Null where the line
 * was not tagged, is one member, or has a verb after the first member.
 *
 *     "Live: Peru's new rifles, Chilean tanks" -> [Live (verb), Peru's new rifles, Chilean tanks]
 */
export function lineMembers(doc: ArmsDocument, line: Span): Member[] | null {
  const tokens = doc.within(doc.tokens, line);
  if (!tokens.length) return null;
  const spans: Span[] = [];
  let from = line.start;
  for (const m of allMatches(memberBreak, doc.slice(line))) {
    const at = line.start + (m.index ?? 0);
    spans.push({ start: from, end: at });
    from = at + 1;
  }
  spans.push({ start: from, end: line.end });
  if (spans.length < 2) return null;
  // (A verb after the first member joins the line into a sentence: "X's launch, with Y's help, has raised questions".
  // One in the first member is a label's: "Ukraine war live: ...".)
  if (tokens.some((t) => (t.pos === "VERB" || t.pos === "AUX") && t.span.start >= spans[0].end)) return null;
  return spans.map((span) => ({ span, verb: tokens.some((t) => (t.pos === "VERB" || t.pos === "AUX") && span.start <= t.span.start && t.span.end <= span.end) }));
}

/**
 * Whether a giver and a receiver named in a line may pair: "Danish package, German tanks" names two stories in two
 * members with no verb, not Denmark giving to Germany. False only where no member names both, and neither the
 * members that name the giver nor those that name the receiver hold a verb (a live page's title, a digest's heading:
 * "Live:" before them may be read as a verb and does not join them). True where either state is unnamed in the line
 * (a party carried from before).
 *
 *     "Live: Peru's rifles, Chilean tanks", PER, CHL -> false
 *     "Peru buys rifles, Chile tanks", PER, CHL      -> true (a verb)
 */
export function pairedInOneMember(members: readonly Member[] | null, parties: readonly { span: Span; state: string }[], supplier: string, recipient: string): boolean {
  if (!members) return true;
  const from = parties.filter((p) => p.state === supplier);
  const to = parties.filter((p) => p.state === recipient);
  if (!from.length || !to.length) return true;
  const inside = (m: Member, s: Span) => m.span.start <= s.start && s.end <= m.span.end;
  if (members.some((m) => from.some((p) => inside(m, p.span)) && to.some((p) => inside(m, p.span)))) return true;
  return members.some((m) => m.verb && [...from, ...to].some((p) => inside(m, p.span)));
}

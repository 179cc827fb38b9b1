import { dayOrPublished, type Period } from "../../core/claim.js";
import type { ArmsDocument, Attribution, TimeExpression } from "../../core/document.js";
import type { Span } from "../../core/span.js";
import { escapeRegExp } from "../../core/escape-regexp.js";
import { hits, speech } from "../../knowledge/lexicon.js";
import { subClauseOf } from "../weigh-certainty.js";
import { findTriggers } from "../claims/direction.js";
import { opensDealWorth, valuesLot } from "../claims/deal-worth.js";
import { resolveTimes } from "../resolve-times.js";
import timeWords from "../../knowledge/times.json" with { type: "json" };
import continuations from "../../knowledge/continuations.json" with { type: "json" };
import { allMatches } from "../../core/all-matches.js";
import { timeLexicon } from "./lexicon.js";

/** What a claim's period depends on: its kind, clause, parties and the spans of its parts. */
export interface PeriodScope {
  readonly kind: string;
  readonly supplier: string | null;
  readonly recipient: string | null;
  readonly item: string;
  readonly clause: Span;
  /** Where the clause shares the subject of the one before ("in 2023, India rejected ..., choosing instead to buy"), both, whose dates date it. */
  readonly timeClause?: Span;
  /** The end of the claim's last part: a relative clause after it describes something else. */
  readonly lastPart: number;
  readonly parts: { readonly amount?: Span; readonly item?: Span };
}

/** The date a segment's report gave its shipment, carried to later sentences about the same parties. */
export interface PeriodMemory {
  period: Period | null;
  periodParties: string;
}

export interface ClaimPeriod {
  readonly period: Period | null;
  readonly cumulative: boolean;
  readonly timeSpan?: Span;
}

/**
 * The period of one claim (SCHEMA.md, "Periods"): a time of the transfer in its clause ("since
 * September", "in October"), else the one the report gave its shipment before. A running total
 * ("so far", "has sent ... in total") ends on the day of the statement, else the publication date.
 */
export function claimPeriod(doc: ArmsDocument, sentence: Span, d: PeriodScope, attribution: Attribution, memory: PeriodMemory, published: string | null): ClaimPeriod {
  // (A saying dated only to a week, "said last week", ends a running total on the publication day.)
  const stated = dayOrPublished(attribution.stated, published);
  // "SEOUL, Sept. 10 (Yonhap) --": a dateline dates the report, not the transfer.
  const dateline = /^[A-Z][A-Z .'-]+,\s+[A-Z][a-z]{2,4}\.?\s+\d{1,2}(?:,\s+\d{4})?\s*(?:\([^)]*\))?\s*(?:--|—|–|-)\s*/.exec(doc.slice(sentence));
  // "another system (bringing the total to three)": an aside in brackets speaks of something else than the claim around it.
  const asides = parentheses(doc.text, sentence).filter((p) => !within(p, d.parts.amount ?? d.parts.item));
  // "sent drones last year, adding that it has no plans to send missiles": a date weighs only its own sub-clause.
  // "arms sent to the Houthis, who have held the capital since 2014": a relative clause after the claim dates something else.
  const rel = d.kind === "transfer" && d.lastPart < sentence.end ? timeLexicon().relativeAfter.exec(doc.text.slice(d.lastPart, sentence.end)) : null;
  // "2,000 containers have moved, an official said, twice the figure Washington gave in October": the date is the earlier count's.
  const cmp = d.kind === "transfer" && d.lastPart < sentence.end ? timeLexicon().comparedAfter.exec(doc.text.slice(d.lastPart, sentence.end)) : null;
  const relativeFrom = rel || cmp ? d.lastPart + Math.min(rel?.index ?? Infinity, cmp?.index ?? Infinity) : null;
  const relative = rel && (!cmp || rel.index < cmp.index) ? relativeClause(doc, sentence, d.lastPart, rel) : null;
  const clauseScope = d.kind === "transfer" ? (d.timeClause ?? participleScope(doc, sentence, d.clause) ?? subClauseOf(doc, d.clause, d.parts.amount?.start ?? d.parts.item?.start)) : sentence;
  const scope = elliptical(doc, sentence, clauseScope) ?? clauseScope;
  // "aid fell over the summer despite Britain sending drones": a concessive phrase and the rest of the sentence date apart.
  const concessive = concessivePhrases(doc.text, sentence);
  const part = d.parts.amount ?? d.parts.item;
  const times = doc
    .within(doc.times, scope)
    .filter((t) => !dateline || t.span.start >= sentence.start + dateline[0].length)
    .filter((t) => !asides.some((p) => within(p, t.span)))
    .filter((t) => !part || concessive.every((c) => within(c, t.span) === within(c, part)))
    .filter((t) => !(relativeFrom !== null && t.span.start >= relativeFrom) || (relative !== null && relative.keeps(t.span)));
  // "announced ... on Friday": a bare weekday in a sentence that names its speaker dates the saying, where
  // the saying is the verb nearest to it ("said it placed the satellite in orbit on Tuesday" dates the placing).
  const weekday = (t: { span: Span }) => /^(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day$/i.test(doc.slice(t.span).trim());
  // Carrying an earlier date needs a sentence that dates nothing itself (a date it cannot resolve still counts; "so far" does not).
  const undated = !doc.within(doc.times, sentence).some((t) => !t.speech && (t.period.start || t.period.end || !t.cumulative));
  const own = times.filter((t) => !t.speech && !(weekday(t) && attribution.voice !== "outlet" && datesSaying(doc, sentence, t.span)));
  // Production and status claims take only a date of their own sentence ("In 2024, 6,000 drones were produced"),
  // and a status none that lies ahead ("will know whether it works by next week"); an output planned for a time
  // ahead ("the plant could be running early next year") is dated by it.
  const ahead = (t: { period: Period }) => d.kind === "status" && stated !== null && t.period.start !== null && t.period.start.slice(0, 10) > stated;
  // "... the first since the delivery of T-72s from Russia in 2004": a transfer told as a thing inside a date is dated by it.
  const nominal = d.kind === "transfer" ? nominalDate(doc, d, own) : undefined;
  if (nominal) return { period: { start: nominal.period.start, end: nominal.period.end ?? nominal.period.start }, cumulative: false, timeSpan: nominal.span };
  // ("the first new jets since the sale of Mirages in 2009" dates the sale, and starts no count of the new jets.)
  const counting = deedWindowFirst(doc, d, sinceAfterOccasion(doc, d, saidClauseDates(doc, sentence, d, savingFronted(doc, sentence, dateline?.[0].length ?? 0, own.filter((t) => !sinceNominal.test(doc.slice(t.span)))))));
  const dated = budgetYear(doc, d, own) ?? pairedTime(doc, scope, d, deliveredAfterOrder(doc, sentence, d, published, counting.filter((t) => (t.period.start || t.period.end) && !ahead(t)))) ?? (d.kind === "transfer" && !times.length ? frontedTime(doc, sentence, dateline?.[0].length ?? 0) : undefined) ?? unnamedWar(doc, scope, d, asides);
  if (d.kind !== "transfer") return dated?.period.start ? { period: { start: dated.period.start, end: dated.cumulative ? (dated.period.end ?? stated) : dated.period.end }, cumulative: dated.cumulative, timeSpan: dated.span } : { period: null, cumulative: false };

  let period: Period | null = null;
  let timeSpan: Span | undefined;
  let shipment: { period: Period; span: Span } | null = null;
  // ("A further 1,500 were sent, bringing the total so far to 3,000": the further lot is an increment; the running total is the 3,000.)
  const cumulative = !furtherLot(doc.text, d.parts.amount) && (counting.some((t) => t.cumulative) || /\b(?:in total|so far|to date|altogether|cumulative|a total of|already)\b/i.test(blank(doc.text, sentence, asides)));
  const parties = `${d.supplier}>${d.recipient}`;
  const recent = lastTold.get(memory);
  // "Of the five squadrons India ordered in October 2018, three ...": the date of the order the claim's thing comes from.
  const order = orderBefore(doc, sentence, d, asides);
  const deal = dealPaid(doc, sentence, d, counting, recent, published, asides);
  if (deal) {
    // ("India signed a deal for 26 jets from France on 28 April. The deal is worth $7 billion.": struck on 28 April.)
    period = deal;
  } else if (dated) {
    // ("Three of the squadrons India ordered in 2018 have been handed over since 2021": the count since starts what was handed over.)
    const basis = orderLeads(doc, sentence, dated.span) ? (counting.find((t) => t.cumulative && t.period.start && t.span.start !== dated.span.start) ?? dated) : dated;
    period = { start: basis.period.start, end: basis.cumulative || cumulative ? (basis.period.end ?? stated) : basis.period.end };
    timeSpan = basis.span;
    // "a deal signed in April for 26 jets, with deliveries due to begin in 2028", "ordered in 2018 ..., the remaining two will follow by
    // 2027": a delivery that lies ahead, or a deadline alone, starts with the order (SCHEMA.md: a contract date starts it).
    const planned = !basis.period.start || (published !== null && basis.period.start.slice(0, 10) > published);
    if (order && !basis.cumulative && !cumulative && order.span.end <= basis.span.start && planned) {
      period = { start: order.period.start, end: basis.period.end ?? basis.period.start };
      timeSpan = order.span;
    }
    // "a contract signed in 2018, under which it was to supply ... by 2024": the deadline of the same clause ends what the date starts.
    const deadline = dated.period.start ? own.find((t) => t !== dated && !t.period.start && t.period.end && !t.cumulative && t.span.start > dated.span.end && t.period.end >= dated.period.start!) : undefined;
    if (deadline && !(dated.cumulative || cumulative) && deadline.period.end! > (period.end ?? "")) period = { start: period.start, end: deadline.period.end };
    // "By mid-November it put deliveries since March at 300,000": a count since a start, told as of a deadline, runs from that start to the deadline.
    const since = !period.start && period.end ? own.find((t) => t !== dated && t.cumulative && t.period.start && t.period.start.slice(0, 7) <= period!.end!.slice(0, 7)) : undefined;
    if (since) period = { start: since.period.start, end: period.end };
  } else if ((shipment = signedOnSayingDay(doc, sentence, d, own))) {
    // ("Chile has signed a contract for 24 howitzers, the minister said on Friday": the signing took the day of its saying.)
    period = shipment.period;
    timeSpan = shipment.span;
  } else if (order && !times.length && order.span.end <= (d.parts.amount ?? d.parts.item ?? sentence).start && !findTriggers(doc.text.slice(order.span.end, (d.parts.amount ?? d.parts.item ?? sentence).start), 0).length) {
    // ("Of the squadrons ordered in October 2018, three have been delivered": a clause with no date of its own, right after the order's.)
    period = { start: order.period.start, end: cumulative ? stated : null };
    timeSpan = order.span;
  } else if (cumulative) {
    // "The total value of the aid sent exceeds ...": a running total restated after the lead counted it "since" an anchor keeps that
    // start, where it counts the same thing or aid as a whole ("bringing the total of tanks to 100" after a count of packages does not).
    const counted = leadCounts.get(memory)?.items;
    const lead = memory.period && parties === memory.periodParties && counted && (counted.has(d.item) || d.item === "weapons-unspecified") ? memory.period.start : null;
    // ("The package includes missiles, and officials said some were already on their way": the package dated last starts it.)
    const back = !lead && recent?.period?.start && recent.parties === parties && undated && timeLexicon().shipmentAnaphora.test(doc.slice(sentence)) ? recent.period.start : null;
    period = { start: lead ?? back, end: stated };
  }
  // "The package included ten tanks": a sentence that points back to a shipment takes the one dated last.
  else if (recent && recent.parties === parties && !times.length && undated && timeLexicon().shipmentAnaphora.test(doc.slice(sentence))) period = recent.period ?? null;
  // "Iraq was Kenya's second-biggest crude supplier in November. Kenya bought crude worth $1.2 billion.": a sentence
  // that names no party of its own goes on with the one before, and with its date.
  else if (recent?.period?.start && recent.parties === parties && !times.length && undated && continues(doc, sentence, recent.sentence, d) && !earlierOrTotal(blank(doc.text, sentence, asides), d.parts.amount ?? d.parts.item ?? sentence, sentence)) period = recent.period;
  // "The latest shipment, which left port on 8 May, was loaded onto a freighter. The ship carried 500 containers.": the
  // sentence before dates the shipment this one tells.
  else if (!times.length && undated && (shipment = shipmentDatedBefore(doc, sentence, d, published))) {
    period = shipment.period;
    timeSpan = shipment.span;
  }
  // A report dates its shipment once, in its lead; later sentences about the same parties keep that date
  // unless they give their own or speak of earlier deliveries.
  // (A date of the saying alone before what is said, "stated on Monday that the boxes may carry ...", dates no shipment and keeps the lead's.)
  // ("Speaking to reporters on Tuesday, the minister said the consignments could hold ...": so does a fronted date of speaking.)
  else if (memory.period && parties === memory.periodParties && times.every((t) => t.speech && (/^\s*that\b/i.test(doc.text.slice(t.span.end, t.span.end + 8)) || frontedSpeaking(doc, sentence, t.span))) && undated && !earlierOrTotal(blank(doc.text, sentence, asides), d.parts.amount ?? d.parts.item ?? sentence, sentence)) period = memory.period;
  // "... seized 750 tons of arms. [...] the seizure, which the navy said happened in late June": a later sentence dates it.
  else if (undated) {
    const later = laterDate(doc, sentence, d, published) ?? sayingOfDeed(doc, sentence, times) ?? sameOccasion(doc, sentence, d, lastDated.get(memory));
    if (later) {
      period = later.period;
      timeSpan = later.span;
    }
  }
  if (period?.start && !memory.period) {
    memory.period = period;
    memory.periodParties = parties;
    if (dated?.cumulative) leadCounts.set(memory, { sentence: sentence.start, items: new Set([d.item]) });
  } else if (dated?.cumulative && leadCounts.get(memory)?.sentence === sentence.start) leadCounts.get(memory)!.items.add(d.item);
  lastTold.set(memory, { period, parties, sentence: sentence.start });
  if (period?.start) lastDated.set(memory, period);
  if (period && !period.start && !period.end) period = null;
  return { period, cumulative, ...(timeSpan ? { timeSpan } : {}) };
}

/**
 * What a relative clause after the claim's last part leaves to the claim: all its dates where it tells the shipping of the
 * claim's own thing ("the missiles, which were shipped in March"; times.json, relativeShipped); else, where it is set off by
 * commas, a date right after its closing comma ("launchers, which can carry nuclear warheads, in December 2022"; relativeClosed).
 */
function relativeClause(doc: ArmsDocument, sentence: Span, lastPart: number, rel: RegExpExecArray): { keeps: (at: Span) => boolean } | null {
  const lex = timeLexicon();
  const at = lastPart + rel.index;
  const rest = doc.text.slice(at, sentence.end);
  if (!/[,;:()]/.test(doc.text.slice(lastPart, at)) && lex.relativeShipped.test(rest)) return { keeps: () => true };
  if (!rest.startsWith(",")) return null;
  const close = rest.indexOf(",", rel[0].length);
  if (close < 0) return null;
  const closing = at + close;
  return { keeps: (t) => t.start > closing && lex.relativeClosed.test(doc.text.slice(closing, t.start)) };
}

/**
 * The money paid under a deal told right before ("The deal is worth $7 billion", "will pay $2 billion under the agreement"):
 * where the claim told last moves the goods the other way, dated no later than the report, and the sentence gives no past
 * date of its own ("with first deliveries planned for 2030" dates the goods), the money starts on the day the deal was struck.
 */
function dealPaid(doc: ArmsDocument, sentence: Span, d: PeriodScope, dates: readonly TimeExpression[], recent: { period: Period | null; parties: string } | undefined, published: string | null, asides: readonly Span[]): Period | null {
  const start = recent?.period?.start;
  // ("Chile will send 12 jets. The jets are valued at $400 million.": the goods valued are those told, from their date.)
  const lot = d.item !== "money" && !!start && recent.parties === `${d.supplier}>${d.recipient}` && valuesLot(doc.slice(sentence));
  if (!lot && (d.item !== "money" || !start || recent.parties !== `${d.recipient}>${d.supplier}`)) return null;
  const past = (point: string) => published === null || point.slice(0, 10) <= published;
  if (!past(start) || dates.some((t) => t.period.start && past(t.period.start))) return null;
  // ("Greece signed for 20 jets in May. Officials put the price at $3 billion.", "The jet contract is worth $3 billion": the price of the deal told before.)
  const told = blank(doc.text, sentence, asides);
  // ("Peru signed to buy 16 helicopters from Italy. The package is worth $500 million": the price of goods bought, from their date.)
  // (opensDealWorth reads goods valued, valuesLot, as well as a deal priced.)
  return lot || timeLexicon().dealAnaphora.test(told) || opensDealWorth(doc.slice(sentence)) ? { start: start!, end: null } : null;
}

/**
 * "stated in March that the tanks had reached the front", "vowed last May to hand over 30 guns": the date of a saying whose
 * said clause tells the act done (past perfect) or pledges it, where the sentence dates nothing else. The act was done or
 * pledged by then, so that date starts the period and nothing ends it (a thing named before the saying, "On troops, X said in
 * April that 15,000 had been sent", is dated alike).
 */
function sayingOfDeed(doc: ArmsDocument, sentence: Span, times: readonly TimeExpression[]): { period: Period; span: Span } | null {
  const lex = timeLexicon();
  for (const t of times) {
    // (A saying told by its month or season, not by its day: "promised on Monday to sell" tells when it was said,
    // and "denied on Monday that" what was denied; the act is then as undated as before.)
    if (!t.speech || !t.period.start || t.period.start.length > 7) continue;
    const after = doc.text.slice(t.span.end, sentence.end);
    const before = doc.text.slice(Math.max(sentence.start, t.span.start - 40), t.span.start);
    if (lex.saidDone.test(after) || (lex.pledgeBefore.test(before) && lex.pledgeAfter.test(after))) return { period: { start: t.period.start, end: null }, span: t.span };
  }
  return null;
}

/** "Speaking to reporters on Tuesday, X said ...": a date in a participle of speaking that opens the sentence, set off by a comma. */
function frontedSpeaking(doc: ArmsDocument, sentence: Span, at: Span): boolean {
  const before = doc.text.slice(sentence.start, at.start).replace(/\b(?:on|in|at|last|early|late)\s*$/i, "");
  return /^\P{L}*speaking\b/iu.test(before) && timeLexicon().speechFront.test(before) && /^\s*,/.test(doc.text.slice(at.end, at.end + 3));
}

/**
 * "Estonia has shipped 20,000 shells since the invasion began": a war the count starts from without naming it is the war of
 * the claim's recipient, else of its supplier (times.json, unnamedWar), and starts the count on that war's first day.
 */
function unnamedWar(doc: ArmsDocument, scope: Span, d: PeriodScope, asides: readonly Span[]): TimeExpression | undefined {
  const m = timeLexicon().unnamedWar.exec(doc.slice(scope));
  if (!m) return undefined;
  const span = { start: scope.start + m.index, end: scope.start + m.index + m[0].length };
  if (asides.some((p) => within(p, span))) return undefined;
  const of = (party: string | null) => (party ? timeLexicon().events.find((e) => e.parties.includes(party.slice(0, 3))) : undefined);
  const event = of(d.recipient) ?? of(d.supplier);
  return event ? { span, period: { start: event.start, end: null }, cumulative: true, anchor: "absolute" } : undefined;
}

/**
 * "Chile has signed a contract for 24 howitzers, the minister said in Santiago on Friday": a signing told as done, right before
 * the claim's first part, in a sentence whose only date is a single day that dates its saying, was signed on that day.
 */
function signedOnSayingDay(doc: ArmsDocument, sentence: Span, d: PeriodScope, own: readonly TimeExpression[]): { period: Period; span: Span } | null {
  const part = d.parts.amount ?? d.parts.item;
  if (d.kind !== "transfer" || !part) return null;
  const dates = doc.within(doc.times, sentence).filter((t) => t.period.start || t.period.end || t.cumulative);
  if (dates.length !== 1 || own.includes(dates[0]!)) return null;
  const day = dates[0]!;
  const start = day.period.start;
  if (!start || start.length !== 10 || (day.period.end !== null && day.period.end !== start)) return null;
  // ("Peru will buy 24 howitzers, the minister said on Friday after signing the contract": the signing follows the dated saying.)
  if (day.span.start > part.start && timeLexicon().signedAfterSaying.test(doc.text.slice(day.span.end, sentence.end))) return { period: { start, end: start }, span: day.span };
  const signing = allMatches(timeLexicon().signedOnSaying, doc.text.slice(sentence.start, part.start)).pop();
  if (!signing || !timeLexicon().signedOnSayingTail.test(doc.text.slice(sentence.start + signing.index + signing[0].length, part.start))) return null;
  return { period: { start, end: start }, span: day.span };
}

/**
 * "The launchers ordered from India in 2022 arrived last year": where a transfer's sentence tells a delivery done and dates both
 * the order and, apart from it, a time in the past, the delivery takes that time; the order's date drops out.
 */
function deliveredAfterOrder<T extends { span: Span; period: Period; cumulative: boolean }>(doc: ArmsDocument, sentence: Span, d: PeriodScope, published: string | null, dates: T[]): T[] {
  if (d.kind !== "transfer" || dates.length < 2 || !timeLexicon().deliveredAfterOrder.test(doc.slice(sentence))) return dates;
  const ordered = dates.filter((t) => orderLeads(doc, sentence, t.span));
  const past = (t: T) => !t.cumulative && t.period.start !== null && (published === null || t.period.start.slice(0, 10) <= published);
  const rest = dates.filter((t) => !ordered.includes(t));
  return ordered.length && rest.some(past) ? rest : dates;
}

/** Whether the words right before a date make it the date of an order, a contract or an approval ("ordered in 2018", "a deal signed in April"; times.json orderLead). */
function orderLeads(doc: ArmsDocument, sentence: Span, at: Span): boolean {
  return timeLexicon().orderLead.test(doc.text.slice(Math.max(sentence.start, at.start - 60), at.start));
}

/**
 * The date of the order a claim's thing comes from, told before the claim's first part in its sentence ("Of the five squadrons
 * India ordered from Russia in October 2018, three have been delivered"), where the sentence names no state but the claim's parties.
 */
function orderBefore(doc: ArmsDocument, sentence: Span, d: PeriodScope, asides: readonly Span[]): TimeExpression | undefined {
  const first = d.parts.amount?.start ?? d.parts.item?.start;
  if (first === undefined) return undefined;
  const states = doc.within(doc.mentions, sentence).filter((m) => m.kind === "state").map((m) => m.state ?? m.entity);
  if (states.some((x) => x !== d.supplier && x !== d.recipient)) return undefined;
  return doc
    .within(doc.times, sentence)
    .find((t) => !t.speech && !t.cumulative && t.period.start !== null && t.span.end <= first && !asides.some((p) => within(p, t.span)) && orderLeads(doc, sentence, t.span));
}

/**
 * "In February the minister put the count at 6,700 containers sent since the September summit", "With Thursday's tranche,
 * Washington has committed $66 billion since the invasion": a count told "since" right after the claim's figure is a running
 * total from that anchor, and a date before the figure, no earlier than the anchor, is the day it was counted: the "since"
 * dates the claim, ending on that day. Other dates are left as they are.
 */
function sinceAfterOccasion<T extends { span: Span; period: Period; cumulative: boolean }>(doc: ArmsDocument, d: PeriodScope, dates: T[]): T[] {
  const parts = [d.parts.amount, d.parts.item].filter((p): p is Span => !!p);
  if (dates.length < 2 || !parts.length) return dates;
  const first = Math.min(...parts.map((p) => p.start));
  const last = Math.max(d.lastPart, ...parts.map((p) => p.end));
  const since = dates.find((t) => t.cumulative && t.period.start && t.span.start >= last && t.span.start - last <= timeWords.sinceAfterFigure.reach && !/[,;:()]/.test(doc.text.slice(last, t.span.start)));
  if (!since) return dates;
  const occasion = dates.find((t) => !t.cumulative && t.span.end <= first && (t.period.end ?? t.period.start) && (t.period.start ?? t.period.end)! >= since.period.start!);
  if (!occasion) return dates;
  return [{ ...since, period: { start: since.period.start, end: occasion.period.end ?? occasion.period.start } }];
}

/**
 * A date that opens the sentence ("On Friday, the minister said ...", "On 23 January, X, who heads Y, said that ...") frames the
 * saying where another date follows past "that" or a colon: that one dates what is said ("... that North Korea had supplied
 * 148 missiles during 2024"; "...: 10,000 containers have moved since August"), so the opening one is dropped.
 */
function savingFronted<T extends { span: Span; period: Period }>(doc: ArmsDocument, sentence: Span, skip: number, dates: T[]): T[] {
  const first = dates[0];
  if (!first || dates.length < 2) return dates;
  const lead = doc.text.slice(sentence.start + skip, first.span.start).replace(/\b(?:on|in|at|last|early|late)\s*$/i, "");
  if (!/^[\s"“‘'(]*$/.test(lead) || !/^\s*,/.test(doc.text.slice(first.span.end, sentence.end))) return dates;
  const inner = dates.some((t) => t !== first && (t.period.start || t.period.end) && t.span.start > first.span.end && /\bthat\b|:/.test(doc.text.slice(first.span.end, t.span.start)));
  return inner ? dates.filter((t) => t !== first) : dates;
}

/**
 * "At the ministry last month, Anna Berg said Poland had shipped 300 tanks to Ukraine in March alone": a date before the verb
 * of saying whose said clause holds the claim dates the saying, where that clause has a dated start of its own, which dates
 * the claim. (The verb is the first verb of saying before the claim's part with a date on each side of it; "said in its March
 * report" dates the report.)
 */
function saidClauseDates<T extends { span: Span; period: Period }>(doc: ArmsDocument, sentence: Span, d: PeriodScope, dates: T[]): T[] {
  const part = d.parts.amount ?? d.parts.item;
  if (!part || dates.length < 2) return dates;
  // (A capitalised word inside the sentence tagged as a verb is a name's part.)
  const verb = doc
    .within(doc.tokens, sentence)
    .find(
      (t) =>
        t.pos === "VERB" &&
        t.span.end <= part.start &&
        !(t.span.start > sentence.start && /^\p{Lu}/u.test(doc.slice(t.span))) &&
        hits(speech.verb, doc.slice(t.span)) &&
        dates.some((x) => x.span.end <= t.span.start) &&
        dates.some((x) => x.span.start >= t.span.end && x.period.start && !timeLexicon().speechNounAfter.test(doc.text.slice(x.span.end, x.span.end + 30))),
    );
  return verb ? dates.filter((t) => t.span.start >= verb.span.end) : dates;
}

const deedWindow = new RegExp(timeWords.deedWindow, "i");

/**
 * "in June the ministry put the count at 2,000 crates, shipped from 4 January to 2 February": a window (two ends, apart) right after a
 * participle of moving that follows the claim's figure dates its deed, before a date ahead of the figure that dates its telling
 * (times.json, deedWindow).
 */
function deedWindowFirst<T extends { span: Span; period: Period; cumulative: boolean }>(doc: ArmsDocument, d: PeriodScope, dates: T[]): T[] {
  const part = d.parts.amount ?? d.parts.item;
  if (!part || dates.length < 2) return dates;
  const w = dates.find((t) => t.span.start >= part.end && t.period.start && t.period.end && t.period.start !== t.period.end && !t.cumulative && deedWindow.test(doc.text.slice(Math.max(part.end, t.span.start - 60), t.span.start)));
  const told = dates.find((t) => t.span.end <= part.start && (t.period.end ?? t.period.start));
  if (!w || !told) return dates;
  const by = (told.period.end ?? told.period.start)!.slice(0, 7);
  if (w.period.end!.slice(0, 7) <= by) return [w, ...dates.filter((t) => t !== w)];
  // (The deed comes before its telling: a window written without a year, placed against the report, that ends after the telling
  // is the one of the year before, "put the count in November last year at 900 crates, shipped between early October and the 2nd
  // of November"; a window that still ends after the telling is left.)
  const back = (p: string) => `${Number(p.slice(0, 4)) - 1}${p.slice(4)}`;
  const earlier = { ...w, period: { start: back(w.period.start!), end: back(w.period.end!) } };
  if (/\b(?:19|20)\d\d\b/.test(doc.slice(w.span)) || earlier.period.end.slice(0, 7) > by) return dates;
  return [earlier, ...dates.filter((t) => t !== w)];
}

/**
 * "Army chiefs in 2021 dropped an order for drones, buying Turkish ones instead": a participle's clause after a comma
 * tells a further act of the clause before it, which dates both (from the sentence start to the participle's clause end).
 */
function participleScope(doc: ArmsDocument, sentence: Span, clause: Span): Span | null {
  if (clause.start <= sentence.start || !/,\s*$/.test(doc.text.slice(Math.max(sentence.start, clause.start - 3), clause.start))) return null;
  return /^\s*\p{Ll}+ing\b/u.test(doc.slice(clause)) ? { start: sentence.start, end: clause.end } : null;
}

const nominalBefore = new RegExp(`\\b(?:${timeWords.nominalTransfers.join("|")})\\s+of\\s+(?:[\\p{L}\\d'’-]+\\s+){0,3}$`, "iu");

const sinceNominal = new RegExp(`^(?:ever\\s+)?since\\s+(?:the\\s+|its\\s+|their\\s+)?(?:(?:first|last|previous)\\s+)?(?:${timeWords.nominalTransfers.join("|")})\\s+of\\b`, "i");

/** A date whose words hold a transfer told as a noun and the claim's item after it ("since the delivery of T-72s ... in 2004"). */
function nominalDate<T extends { span: Span; period: Period }>(doc: ArmsDocument, d: PeriodScope, dates: readonly T[]): T | undefined {
  const item = d.parts.item;
  if (!item) return undefined;
  return dates.find((t) => t.period.start && within(t.span, item) && nominalBefore.test(doc.text.slice(t.span.start, item.start)));
}

/**
 * "60 percent of the engines it imported in 2023 came from China, and 80 percent of its chips": a conjunct after "and"
 * with no verb of its own leaves out the verb of the clause before, and its date with it (from the sentence start).
 */
function elliptical(doc: ArmsDocument, sentence: Span, scope: Span): Span | null {
  if (scope.start <= sentence.start) return null;
  const joined = /\b(?:and|or|but)\s*$/i.test(doc.text.slice(Math.max(sentence.start, scope.start - 6), scope.start)) || /^\s*(?:and|or|but)\b/i.test(doc.text.slice(scope.start, scope.end));
  if (!joined) return null;
  // (Up to its first comma: ", officials said" after it is the attribution.)
  const comma = doc.text.slice(scope.start, scope.end).search(/,\s/);
  const tokens = doc.within(doc.tokens, comma > 0 ? { start: scope.start, end: scope.start + comma } : scope);
  if (!tokens.length || tokens.some((t) => t.pos === "VERB" || t.pos === "AUX")) return null;
  return { start: sentence.start, end: scope.end };
}

/**
 * A date fronted before the sentence's first clause ("Prior to the war, in fiscal year 2021-22, X accounted for ..., with Y
 * the top supplier"): an adverbial set off by a comma, with no verb before it, dates every clause of the sentence.
 */
function frontedTime(doc: ArmsDocument, sentence: Span, skip: number): TimeExpression | undefined {
  const tokens = doc.within(doc.tokens, sentence);
  if (!tokens.length) return undefined;
  return doc.within(doc.times, sentence).find(
    (t) =>
      !t.speech &&
      !t.cumulative &&
      t.period.start !== null &&
      t.span.start >= sentence.start + skip &&
      /^\s*,/.test(doc.text.slice(t.span.end, sentence.end)) &&
      !tokens.some((k) => k.span.start < t.span.start && (k.pos === "VERB" || k.pos === "AUX")),
  );
}

/**
 * The time of a claim among several of its sentence: in a list of figures each with its date ("12 jets
 * this year, 20 in 2026 and 8 in 2027"; "in March 500 shells, in April 200"), the one on the side of its
 * own figure; else the first.
 */
function pairedTime<T extends { span: Span; period: Period }>(doc: ArmsDocument, scope: Span, d: PeriodScope, dated: readonly T[]): T | undefined {
  const own = d.parts.amount;
  const figures = doc.within(doc.amounts, scope).map((a) => a.span).sort((a, b) => a.start - b.start);
  const starts = dated.filter((t) => t.period.start);
  if (!own || starts.length < 2 || figures.length < 2) return dated[0];
  const i = figures.findIndex((f) => f.start === own.start);
  if (i < 0) return dated[0];
  const lead = dated[0].span.start < figures[0].start;
  const from = lead ? (figures[i - 1]?.end ?? scope.start) : own.end;
  const to = lead ? own.start : (figures[i + 1]?.start ?? scope.end);
  return starts.find((t) => t.span.start >= from && t.span.end <= to) ?? dated[0];
}

/**
 * Whether a weekday goes with the verb of saying: the nearest verb before it ("announced a package on Friday"),
 * or, where none comes before, the first after it ("on Monday announced"). "Said it placed the satellite in
 * orbit on Tuesday" dates the placing, and so does "unveiled a package on Friday" the package (continuations.json
 * announcesPackage). Untagged text keeps the rule that a named speaker's weekday dates the saying.
 */
function datesSaying(doc: ArmsDocument, sentence: Span, day: Span): boolean {
  // (A capitalised word inside the sentence tagged as a verb is a name's part: "Minister Lee Won-sik on Monday stated".)
  const tokens = doc.within(doc.tokens, sentence).filter((t) => t.pos === "VERB" && !(t.span.start > sentence.start && /^\p{Lu}/u.test(doc.slice(t.span))));
  if (!doc.within(doc.tokens, sentence).length) return true;
  // ("Minister X on Monday stated that ...": a day right before a verb of saying dates that saying.)
  const next = tokens.find((t) => t.span.start >= day.end);
  if (next && /^\s*$/.test(doc.text.slice(day.end, next.span.start)) && hits(speech.verb, doc.slice(next.span))) return !announcesPackage.test(doc.text.slice(next.span.start, next.span.start + 120));
  const verb = tokens.filter((t) => t.span.end <= day.start).at(-1) ?? next;
  // ("The Pentagon on Thursday unveiled a $2.5 billion tranche": announcing a package is the giving the claim tells.)
  if (verb && announcesPackage.test(doc.text.slice(verb.span.start, verb.span.start + 120))) return false;
  return verb !== undefined && hits(speech.verb, doc.slice(verb.span));
}

const lotBefore = new RegExp(`\\b(?:${timeWords.furtherLot.before.join("|")})\\s+(?:(?:some|about|around|roughly|nearly|almost|over|more than|at least|up to)\\s+)?$`, "i");
const lotAfter = new RegExp(`^\\s*(?:${timeWords.furtherLot.after.join("|")})\\b`, "i");
const lotAt = new RegExp(`^(?:${timeWords.furtherLot.before.join("|")})\\b`, "i");
const words = (list: readonly string[]) => list.map((w) => escapeRegExp(w).replace(/ /g, "\\s+")).join("|");
const budgetBefore = new RegExp(`\\b(?:${words(timeWords.budgetYear.before)})\\s+$`, "i");
const budgetAfter = new RegExp(`^(?:${words(timeWords.budgetYear.after)})`);
const budgetAhead = new RegExp(`\\b(?:${words(timeWords.budgetYear.ahead)})\\b`, "i");

/**
 * The whole year an aid is meant for, where the clause also gives the month or day of the pledge before it (times.json,
 * budgetYear): "In April Spain promised 1 billion euros of aid for 2026", "pledged in March ... for the coming year",
 * "said on Monday it will give 40 guns next year". The pledge's date tells when it was said, the year what it covers.
 */
function budgetYear<T extends { span: Span; period: Period; cumulative?: boolean }>(doc: ArmsDocument, d: PeriodScope, own: readonly T[]): T | undefined {
  if (d.kind !== "transfer") return undefined;
  const anchor = (d.parts.amount ?? d.parts.item)?.start;
  if (anchor === undefined) return undefined;
  const whole = (t: T) => !t.cumulative && /^\d{4}$/.test(t.period.start ?? "") && t.period.end === t.period.start;
  return own.find((t) => {
    if (!whole(t) || t.span.start < anchor) return false;
    const pledged = own.filter((o) => o !== t && o.span.end <= t.span.start && (o.period.start ?? "").length > 4);
    if (!pledged.length) return false;
    const told = doc.slice(t.span);
    if (budgetBefore.test(doc.text.slice(Math.max(0, t.span.start - 16), t.span.start)) || budgetAfter.test(doc.text.slice(t.span.end, t.span.end + 2))) return true;
    // ("next year", "this year": a year told against the report, after a word of what is to come.)
    return !/\d/.test(told) && pledged.some((o) => budgetAhead.test(doc.text.slice(o.span.end, t.span.start)));
  });
}

/** Whether the figure at `amount` is a further lot: "a further 1,500 troops", "another 400", "300 more soldiers". */
function furtherLot(text: string, amount: Span | undefined): boolean {
  if (!amount) return false;
  // (The amount's span may hold the words itself: "a further 1,500".)
  return lotAt.test(text.slice(amount.start, amount.end)) || lotBefore.test(text.slice(Math.max(0, amount.start - 40), amount.start)) || lotAfter.test(text.slice(amount.end, amount.end + 16));
}

const announcesPackage = new RegExp(`^${continuations.announcesPackage}`, "iu");

/** Segments whose lead dates a running total ("since the invasion, Poland has transferred ..."), with the items it counts. */
const leadCounts = new WeakMap<PeriodMemory, { sentence: number; items: Set<string> }>();

/** The transfer told last in each segment, with its period (or none), for "the package", "this shipment". */
const lastTold = new WeakMap<PeriodMemory, { period: Period | null; parties: string; sentence: number }>();
/** The period of the last claim the page dated, whatever its parties. */
const lastDated = new WeakMap<PeriodMemory, Period>();

/**
 * "Greece was cleared the same day to buy 40 jets", "Hours later Washington approved a sale to Jakarta": a deed told on the
 * occasion of the one the page dated last takes that date as its start (times.json, sameOccasion). Not a saying so dated
 * ("Hours later the president said Washington would send tanks", "answered the same day"): that dates only the words.
 */
function sameOccasion(doc: ArmsDocument, sentence: Span, d: PeriodScope, last: Period | undefined): { period: Period; span: Span } | null {
  if (!last?.start) return null;
  const lex = timeLexicon();
  const text = doc.slice(sentence);
  const m = lex.sameOccasion.exec(text);
  if (!m || lex.sameOccasionSayings.test(text)) return null;
  const first = d.parts.amount?.start ?? d.parts.item?.start ?? sentence.end;
  if (lex.speechVerb.test(doc.text.slice(sentence.start, first))) return null;
  const at = sentence.start + m.index;
  return { period: { start: last.start, end: null }, span: { start: at, end: at + m[0].length } };
}

/**
 * Whether a sentence goes on with the one right before it (`previous`, its start), of the same segment: it does not
 * name the claim's supplier as a state of its own ("Kenya bought crude worth $1.2 billion" after "Iraq was Kenya's
 * second-biggest crude supplier in November" names Kenya only as the buyer carried on, and Iraq not at all).
 */
function continues(doc: ArmsDocument, sentence: Span, previous: number, d: PeriodScope): boolean {
  const i = doc.sentenceStartingAt(sentence.start);
  // (The claim told last may be of this very sentence: "bought 12 helicopters and 30 trucks" goes on as one.)
  const adjacent = previous === sentence.start || (i >= 1 && doc.sentences[i - 1].span.start === previous && doc.sentences[i - 1].segment === doc.sentences[i].segment);
  if (!adjacent) return false;
  const named = new Set(doc.within(doc.mentions, sentence).filter((m) => m.kind === "state").map((m) => m.state ?? m.entity));
  return d.supplier !== null && !named.has(d.supplier);
}

/**
 * The date a later sentence of the segment gives the shipment a claim told, pointing back to it ("the seizure, which
 * the navy said happened in late June"): the first within reach whose sentence names no state but the claim's parties.
 */
function laterDate(doc: ArmsDocument, sentence: Span, d: PeriodScope, published: string | null): { period: Period; span: Span } | null {
  const lex = timeLexicon();
  const i = doc.sentenceStartingAt(sentence.start);
  if (i < 0) return null;
  const segment = doc.sentences[i].segment;
  for (let j = i + 1; j < doc.sentences.length && j <= i + lex.laterDatingReach; j++) {
    const s = doc.sentences[j];
    if (s.segment !== segment) break;
    const text = doc.slice(s.span);
    const back = lex.laterDating.exec(text);
    // "approved the delivery of tanks in January" names a delivery of its own; the date must follow closely.
    if (!back || /^\s+of\b/i.test(text.slice(back.index + back[0].length))) continue;
    const from = s.span.start + back.index + back[0].length;
    const states = doc.within(doc.mentions, s.span).filter((m) => m.kind === "state").map((m) => m.state ?? m.entity);
    if (states.some((x) => x !== d.supplier && x !== d.recipient)) continue;
    // (Times are resolved for candidate sentences only; this one may be none.)
    const near = (t: { span: Span }) => t.span.start >= from && doc.text.slice(from, t.span.start).split(/\s+/).length <= lex.laterDatingWords;
    const t = resolveTimes(text, published, s.span.start).find((t) => !t.speech && !t.cumulative && t.period.start && near(t));
    if (t) return { period: t.period, span: t.span };
  }
  return null;
}

const shipmentBefore = new RegExp(timeWords.shipmentBefore, "i");

/**
 * The date the sentence right before gives a shipment it names by a noun alone ("The latest shipment, which left port
 * on 8 May, was loaded onto a freighter."), where that sentence tells no transfer of its own (names no state other
 * than the claim's parties), the claim's sentence names no supplier of its own, and the date follows the noun closely.
 */
function shipmentDatedBefore(doc: ArmsDocument, sentence: Span, d: PeriodScope, published: string | null): { period: Period; span: Span } | null {
  const i = doc.sentenceStartingAt(sentence.start);
  if (i < 1) return null;
  const s = doc.sentences[i - 1];
  if (s.segment !== doc.sentences[i].segment) return null;
  const text = doc.slice(s.span);
  const noun = shipmentBefore.exec(text);
  if (!noun) return null;
  const states = doc.within(doc.mentions, s.span).filter((m) => m.kind === "state").map((m) => m.state ?? m.entity);
  if (states.some((x) => x !== d.supplier && x !== d.recipient)) return null;
  // (A sentence that names a party of its own starts afresh.)
  if (d.supplier === null || doc.within(doc.mentions, sentence).some((m) => m.kind === "state" && (m.state ?? m.entity) === d.supplier)) return null;
  const from = s.span.start + noun.index + noun[0].length;
  const near = (t: { span: Span }) => t.span.start >= from && doc.text.slice(from, t.span.start).split(/\s+/).length <= timeLexicon().laterDatingWords;
  // (Times are resolved for candidate sentences only; that one may be none.)
  const t = resolveTimes(text, published, s.span.start).find((t) => !t.speech && !t.cumulative && t.period.start && near(t));
  return t ? { period: t.period, span: t.span } : null;
}

/** The concessive phrases of a sentence ("despite X sending drones"), each from its word to the next comma (before a space) or the sentence end. */
function concessivePhrases(text: string, sentence: Span): Span[] {
  const local = text.slice(sentence.start, sentence.end);
  const out: Span[] = [];
  for (const m of allMatches(timeLexicon().concessive, local)) {
    // (A comma of a figure, "85,000", does not end it.)
    const comma = /,\s/.exec(local.slice(m.index));
    out.push({ start: sentence.start + m.index, end: sentence.start + (comma ? m.index + comma.index : local.length) });
  }
  return out;
}

/** The bracketed asides of a sentence, "( ... )", in document offsets. */
function parentheses(text: string, sentence: Span): Span[] {
  const out: Span[] = [];
  for (const m of allMatches(/\([^()]*\)/g, text.slice(sentence.start, sentence.end))) out.push({ start: sentence.start + m.index, end: sentence.start + m.index + m[0].length });
  return out;
}

function within(outer: Span, inner: Span | undefined): boolean {
  return inner !== undefined && outer.start <= inner.start && inner.end <= outer.end;
}

/** The sentence's text with the given asides blanked out, so offsets from the sentence start still hold. */
function blank(text: string, sentence: Span, asides: readonly Span[]): string {
  let out = text.slice(sentence.start, sentence.end);
  for (const a of asides) out = out.slice(0, a.start - sentence.start) + " ".repeat(a.end - a.start) + out.slice(a.end - sentence.start);
  return out;
}

/** "bringing the total to three", "had previously delivered four": words near a figure that make it no part of this shipment (`local` is the sentence's text). */
function earlierOrTotal(local: string, at: Span, sentence: Span): boolean {
  const near = local.slice(Math.max(0, at.start - sentence.start - 30), Math.min(local.length, at.end - sentence.start + 25));
  return /\b(?:previously|earlier|before|total)\b/i.test(near);
}

import type { ArmsDocument, Stage, TimeExpression } from "../core/document.js";
import { type Span, span } from "../core/span.js";
import { type Atom, backSpans, countedBack, findAtoms, placeYearless } from "./times/atoms.js";
import { addMonths, daysInMonth, formatPoint, parsePoint } from "./times/calendar.js";
import { allMatches } from "../core/all-matches.js";
import { timeLexicon, type TimeLexicon } from "./times/lexicon.js";
import { rowHead } from "./times/row-date.js";
import times from "../knowledge/times.json" with { type: "json" };

export interface ResolveTimesOptions {
  /** Also read sentences that find-candidates set aside (default false). */
  readonly all?: boolean;
}

/**
 * Stage: resolves the time expressions of every candidate sentence against the publication date of
 * its segment (an embedded "Read also" box, which has none, against the page's) and adds them to `doc.times`.
 */
export function resolveTimesStage(options: ResolveTimesOptions = {}): Stage {
  return (doc: ArmsDocument) => {
    for (const sentence of doc.sentences) {
      if (sentence.candidate === false && !options.all) continue;
      const segment = doc.segments[sentence.segment];
      // (A "Read also" box has no date of its own; its "next year" is still read against the page's day, as a reader does.)
      const published = segment && segment.kind !== "embedded" ? segment.published : doc.meta.published;
      // "[23.01.2025 14:05] Channel: guns handed over in the last three months", "• 2 May 2024 — fuel shipped in March": the day that
      // heads a line of a log or a chronology is the day of its telling; what the line tells counts back from it, and where the
      // line dates its deed itself, the head dates nothing the line tells.
      const head = rowHead(doc, sentence.span);
      const told = head ? head.day : published;
      try {
        let own = resolveTimes(doc.slice(sentence.span), told, sentence.span.start);
        if (head && own.some((t) => t.span.start >= head.end && !t.speech && (t.period.start || t.period.end))) own = own.filter((t) => t.span.end > head.end);
        doc.times.push(...own, ...sameTimes(doc, sentence.span, own, told), ...shiftedTimes(doc, sentence.span, own, told));
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        doc.report("resolve-times", "time-resolve-failed", `could not resolve the times of a sentence: ${message}`, "warning", sentence.span);
      }
    }
  };
}

const sameTime = new RegExp(times.sameTime, "gi");

/**
 * "Drones were probably supplied to Ethiopia in the same year": a year or month named by pointing back, resolved to the last
 * one stated before it, in its sentence (`own`, its times) or in the few sentences of its segment before (times.json, sameTime).
 */
function sameTimes(doc: ArmsDocument, at: Span, own: readonly TimeExpression[], published: string | null): TimeExpression[] {
  const text = doc.slice(at);
  if (!/\b(?:same|that)\s+(?:year|month)\b/i.test(text)) return [];
  const out: TimeExpression[] = [];
  for (const m of allMatches(sameTime, text)) {
    const start = at.start + m.index!;
    const end = start + m[0].length;
    if (own.some((t) => t.span.start < end && start < t.span.end)) continue;
    const unit = m[1].toLowerCase() === "month" ? 7 : 4;
    const point = antecedent(doc, at, start, own, published, unit);
    if (point) out.push({ span: span(start, end), period: { start: point, end: point }, cumulative: false, anchor: "relative" });
  }
  return out;
}

const shiftedTime = new RegExp(times.shiftedTime, "gi");
const shiftedTimeCompared = new RegExp(times.shiftedTimeCompared, "i");

/**
 * "Bratislava handed over its jets in 2023 and an air-defence system a year earlier": a year or month counted from the last
 * one stated before it (as for "the same year", times.json shiftedTime), not where it compares ("up from a year earlier").
 */
function shiftedTimes(doc: ArmsDocument, at: Span, own: readonly TimeExpression[], published: string | null): TimeExpression[] {
  const text = doc.slice(at);
  if (!/\b(?:earlier|later)\b/i.test(text)) return [];
  const out: TimeExpression[] = [];
  for (const m of allMatches(shiftedTime, text)) {
    if (shiftedTimeCompared.test(text.slice(Math.max(0, m.index! - 30), m.index!))) continue;
    const start = at.start + m.index!;
    const end = start + m[0].length;
    if (own.some((t) => t.span.start < end && start < t.span.end)) continue;
    const unit = m[2].toLowerCase() === "month" ? 7 : 4;
    const point = antecedent(doc, at, start, own, published, unit);
    const n = /^an?$/i.test(m[1]) ? 1 : (timeLexicon().counts.get(m[1].toLowerCase()) ?? Number(m[1]));
    if (!point || !(n > 0)) continue;
    const sign = m[3].toLowerCase() === "later" ? 1 : -1;
    const p = parsePoint(point)!;
    const shifted = unit === 4 ? formatPoint({ y: p.y + sign * n }) : formatPoint(addMonths(p.y, p.m!, sign * n));
    out.push({ span: span(start, end), period: { start: shifted, end: shifted }, cumulative: false, anchor: "relative" });
  }
  return out;
}

/** The last year ("YYYY") or month ("YYYY-MM"), by `unit` its length, stated before `before`: in the sentence, else in those before it of its segment. */
function antecedent(doc: ArmsDocument, at: Span, before: number, own: readonly TimeExpression[], published: string | null, unit: number): string | null {
  const point = (list: readonly TimeExpression[]) => {
    for (let k = list.length - 1; k >= 0; k--) {
      const t = list[k];
      if (t.span.end > before || t.speech || t.cumulative || !t.period.start || t.period.start.length < unit) continue;
      const from = t.period.start.slice(0, unit);
      if (t.period.end && t.period.end.slice(0, unit) !== from) continue;
      return from;
    }
    return null;
  };
  const found = point(own);
  if (found) return found;
  const i = doc.sentenceStartingAt(at.start);
  for (let j = i - 1; i >= 0 && j >= 0 && j >= i - times.sameTimeReach; j--) {
    const s = doc.sentences[j];
    if (s.segment !== doc.sentences[i].segment) break;
    const back = point(resolveTimes(doc.slice(s.span), published, s.span.start));
    if (back) return back;
  }
  return null;
}

// ("between late March and the first of May": the second end may open with "the".)
const RANGE_JOIN = /^\s*(and|to|until|till|through|thru|-|–|—)\s*(?:the\s+)?$/i;
const RANGE_OPEN = /\b(between|from)\s+$/i;
const CLAUSE_END = /[;.!?:,]/;

/**
 * Resolves the time expressions of a text against a publication date (YYYY-MM-DD, or null):
 * `resolveTimes("since the summit in September", "2024-02-27")` → one expression, period
 * {start: "2023-09", end: null}, cumulative. Vague phrases ("recently", "in the coming weeks",
 * "this week", "now") give nothing. Relative ones with no publication date get an empty period.
 */
export function resolveTimes(text: string, published: string | null, offset = 0): TimeExpression[] {
  // A crawl repeats sentences (syndicated reports, boilerplate): the times of a text depend on it and its date only.
  const key = `${published}\u0000${text}`;
  let found = seen.get(key);
  if (!found) {
    if (seen.size >= SEEN_LIMIT) seen.clear();
    found = resolveAt(text, published);
    seen.set(key, found);
  }
  return found.map((t) => ({ ...t, span: span(t.span.start + offset, t.span.end + offset), period: { ...t.period } }));
}

const SEEN_LIMIT = 4096;
const seen = new Map<string, readonly TimeExpression[]>();

/** The times of a text at offset 0. */
function resolveAt(text: string, published: string | null): TimeExpression[] {
  const lex = timeLexicon();
  const p = parsePoint(published);
  const ref = p && p.m !== undefined && p.d !== undefined ? { y: p.y, m: p.m, d: p.d } : null;
  const vague = allMatches(lex.vague, text).map((m) => [m.index!, m.index! + m[0].length] as const);
  const atoms = findAtoms(text, ref, lex).filter((a) => !vague.some(([s, e]) => a.start < e && s < a.end));
  const out: TimeExpression[] = [];
  // (A month written without a year, alone, kept with its expression: a dated saying may place it again, below.)
  const yearless = new Map<TimeExpression, NonNullable<Atom["yearless"]>>();

  for (let i = 0; i < atoms.length; i++) {
    let a = atoms[i];
    const alone = a.yearless && !a.yearless.toM ? a.yearless : undefined;
    let start = a.start;
    let end = a.end;
    let to = a.to;
    let relative = a.relative;
    const b = atoms[i + 1];
    const open = RANGE_OPEN.exec(text.slice(Math.max(0, a.start - 12), a.start));
    const join = b ? RANGE_JOIN.exec(text.slice(a.end, b.start)) : null;
    if (b && join && (join[1].toLowerCase() !== "and" || open?.[1].toLowerCase() === "between")) {
      // "between March and November 2024": the first end takes the year of the second.
      if (a.yearless && b.to) a = { ...a, ...placeYearless(a.yearless, b.to) };
      if (open) start = a.start - open[0].length;
      end = b.end;
      to = b.to;
      relative = a.relative || b.relative;
      i++;
    }
    const before = text.slice(0, start);
    const since = sinceBefore(text, start, lex);
    if (since !== null) {
      out.push(make(since, end, a.from, null, relative, true, false));
      if (alone && end === a.end) yearless.set(out[out.length - 1], alone);
      continue;
    }
    const asOf = lex.asOf.exec(before);
    if (asOf) {
      out.push(make(asOf.index, end, null, to, relative, true, false));
      continue;
    }
    // "to supply five squadrons by 2024": a deadline ends the period, it does not start it.
    if (lex.endOnly.test(before)) {
      out.push(make(start, end, null, to, relative, false, isSpeech(text, start, end, lex)));
      continue;
    }
    out.push(make(start, end, a.from, to, relative, false, isSpeech(text, start, end, lex)));
    if (alone && end === a.end) yearless.set(out[out.length - 1], alone);
  }
  placedBySaying(text, out, yearless, lex);

  // "said in January that 120 guns had gone over the previous three months", "... in the three months before that interview":
  // a span counted back in a sentence that dates its saying counts back from that date, not the report's.
  const spans = backSpans(text, lex);
  if (spans.back.length || spans.beforeSaying.length) {
    const saying = out.find((t) => t.speech && (t.period.end ?? t.period.start));
    const anchor = saying ? parsePoint(saying.period.end ?? saying.period.start) : null;
    for (const b of anchor ? [...spans.back, ...spans.beforeSaying] : []) {
      const p = countedBack(b.n, b.unit, anchor!);
      if (!p) continue;
      for (let i = out.length - 1; i >= 0; i--) if (out[i].span.start < b.end && b.start < out[i].span.end) out.splice(i, 1);
      out.push(make(b.start, b.end, p.from, p.to, true, false, false));
    }
  }

  // Cue words of a running total with no date of their own: "so far", "to date", "in total".
  for (const m of allMatches(lex.cumulative, text)) {
    const s = m.index!;
    const e = s + m[0].length;
    if (out.some((t) => t.span.start < e && s < t.span.end)) continue;
    out.push({ span: span(s, e), period: { start: null, end: null }, cumulative: true, anchor: "absolute" });
  }
  return out.sort((x, y) => x.span.start - y.span.start);
}

/**
 * "Ankara denied in 2023 that it had sent arms during the September offensive": a month without a year, told after a saying
 * dated to a year of its own, that the report's date would place after that saying, is the last such month up to the saying
 * (unless told as lying ahead: "said in 2023 that jets would arrive in June").
 */
function placedBySaying(text: string, out: TimeExpression[], yearless: ReadonlyMap<TimeExpression, NonNullable<Atom["yearless"]>>, lex: TimeLexicon): void {
  if (!yearless.size) return;
  const saying = out.find((t) => t.speech && t.anchor === "absolute" && (t.period.end ?? t.period.start));
  const said = saying ? parsePoint(saying.period.end ?? saying.period.start) : null;
  if (!saying || !said) return;
  const limit = { y: said.y, m: said.m ?? 12, d: said.d ?? (said.m === undefined ? 31 : daysInMonth(said.y, said.m)) };
  const last = formatPoint(limit);
  for (let i = 0; i < out.length; i++) {
    const t = out[i];
    const y = yearless.get(t);
    if (!y || t.span.start < saying.span.end || !t.period.start || t.period.start.slice(0, last.length) <= last.slice(0, t.period.start.length)) continue;
    if (lex.aheadBefore.test(text.slice(Math.max(0, t.span.start - 80), t.span.start))) continue;
    const placed = placeYearless(y, limit);
    out[i] = { ...t, period: { start: formatPoint(placed.from), end: t.period.end === t.period.start ? formatPoint(placed.to) : t.period.end } };
  }
}

function make(start: number, end: number, from: Atom["from"], to: Atom["to"], relative: boolean, cumulative: boolean, speech: boolean): TimeExpression {
  return {
    span: span(start, end),
    period: { start: from ? formatPoint(from) : null, end: to ? formatPoint(to) : null },
    cumulative,
    anchor: relative ? "relative" : "absolute",
    ...(speech ? { speech: true } : {}),
  };
}

/** Where a "since" governs the date at `start`: in the same clause, within a few words. */
function sinceBefore(text: string, start: number, lex: TimeLexicon): number | null {
  let found: number | null = null;
  for (const m of allMatches(lex.since, text.slice(0, start))) found = m.index!;
  if (found === null) return null;
  const between = text.slice(found, start);
  if (CLAUSE_END.test(between.replace(/\b[A-Z][a-z]{0,3}\./g, ""))) return null;
  if (between.split(/\s+/).length > lex.sinceWindow) return null;
  return found;
}

/** "said on Friday", "told reporters on Monday", or "On July 8, Germany announced ...". */
function isSpeech(text: string, start: number, end: number, lex: TimeLexicon): boolean {
  // ("said ... Russia's 2023 imports": a date owned by a party dates a thing of that party, not the saying, unless that thing is a saying: "the ministry's January report".)
  if (/(?:['’]s|\b(?:its|their))\s+$/i.test(text.slice(Math.max(0, start - 8), start)) && !lex.speechNounAfter.test(text.slice(end, end + 30))) return false;
  if (lex.speechBefore.test(text.slice(Math.max(0, start - 80), start))) return true;
  // ("Last Thursday's report from the panel counted ...": the date owns the saying.)
  if (lex.speechOwner.test(text.slice(end, end + 60))) return true;
  // ("Back in September, X said", "Speaking on Monday, X said": a fronting word before the preposition.)
  const bare = text.slice(0, start).replace(/\b(?:on|in|at|last|early|late)\s*$/i, "");
  const front = lex.speechFront.exec(bare.slice(-40));
  const lead = front ? bare.slice(0, bare.length - front[0].length) : bare;
  const opens = /(?:^|[.;:!?“"(]\s*)\s*$/.test(lead);
  if (!opens) return false;
  const after = text.slice(end);
  if (lex.speechAfter.test(after)) return true;
  // ("In March Anna Berg, who leads the ministry, said ...": the aside between the speaker and the verb is no part of the gap.)
  const aside = lex.speechAside.exec(after);
  return aside !== null && lex.speechAfter.test(aside[1] + after.slice(aside[0].length));
}

export default resolveTimesStage;

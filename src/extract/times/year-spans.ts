import times from "../../knowledge/times.json" with { type: "json" };
import type { Atom } from "./atoms.js";
import { allMatches } from "../../core/all-matches.js";
import { type TimeLexicon } from "./lexicon.js";

type Ref = { y: number; m: number; d: number } | null;

const spans = times.yearSpans;
const yearRange = new RegExp(spans.yearRange, "gi");
const monthsInto = new RegExp(spans.monthsInto, "gi");
const yearToDate = new RegExp(spans.yearToDate, "gi");
const yearToYear = new RegExp(spans.yearToYear, "gi");
const nowUntil = new RegExp(spans.nowUntil, "gi");
const monthRanges = new WeakMap<TimeLexicon, RegExp>();
const counts: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11 };

const fiscal = times.fiscalYears;
const fiscalSplit = new RegExp(fiscal.split, "gi");
const fiscalCurrent = new RegExp(fiscal.current, "gi");

/**
 * Financial years named before their noun (times.json, `fiscalYears`): "in the 2022-23 financial year" → April 2022 to March 2023;
 * "this financial year" → the one the report falls in.
 */
function fiscalYearAtoms(text: string, ref: Ref): Atom[] {
  if (!/fiscal|financial/i.test(text)) return [];
  const out: Atom[] = [];
  const first = fiscal.startMonth;
  const last = first === 1 ? 12 : first - 1;
  for (const m of allMatches(fiscalSplit, text)) {
    const a = m[1];
    const b = m[2];
    const y = Number(a);
    const y2 = b.length === 2 ? Math.floor(y / 100) * 100 + Number(b) : Number(b);
    if (y2 !== y + 1) continue;
    const start = m.index! + m[0].indexOf(a);
    out.push({ start, end: m.index! + m[0].length, from: { y, m: first }, to: { y: first === 1 ? y : y2, m: last }, relative: false });
  }
  for (const m of allMatches(fiscalCurrent, text)) {
    const at = { start: m.index!, end: m.index! + m[0].length };
    if (!ref) {
      out.push({ ...at, from: null, to: null, relative: true });
      continue;
    }
    const y = ref.m >= first ? ref.y : ref.y - 1;
    out.push({ ...at, from: { y, m: first }, to: { y: first === 1 ? y : y + 1, m: last }, relative: true });
  }
  return out;
}

/** The year a relative word names against the report: "this" (or "the current") year, or "last" (or "the previous"). */
function relativeYear(word: string, ref: Ref): number | null {
  if (!ref) return null;
  return /^(?:last|the\s+previous)$/i.test(word) ? ref.y - 1 : ref.y;
}

/**
 * Spans of years and months that chrono-node does not read (times.json, `yearSpans`):
 * `yearSpanAtoms("arms imports in 2020-24", ref)` → one atom from 2020 to 2024;
 * "the first nine months of this year" → January to September of the report's year;
 * "so far this year" → from January of the report's year, its end left to the running total;
 * "from March to October last year" → March to October of the year before the report;
 * "a pact covering 2019 to 2028" → 2019 to 2028; "between now and 2029" → the report's year to 2029.
 */
export function yearSpanAtoms(text: string, ref: Ref, lex: TimeLexicon): Atom[] {
  const out: Atom[] = [];
  out.push(...fiscalYearAtoms(text, ref));
  if (/(?:19|20)\d\d\s*[-–]\s*\d\d/.test(text))
    for (const m of allMatches(yearRange, text)) {
      const y = Number(m[1]);
      const y2 = m[2].length === 2 ? Math.floor(y / 100) * 100 + Number(m[2]) : Number(m[2]);
      if (y2 <= y || y2 - y > spans.maxYears) continue;
      const start = m.index! + m[0].indexOf(m[1]);
      out.push({ start, end: m.index! + m[0].length, from: { y }, to: { y: y2 }, relative: false });
    }
  if (/(?:19|20)\d\d/.test(text)) {
    for (const m of allMatches(yearToYear, text)) {
      const [y, y2] = [Number(m[1]), Number(m[2])];
      if (y2 <= y || y2 - y > spans.maxYears) continue;
      out.push({ start: m.index! + m[0].indexOf(m[1]), end: m.index! + m[0].length, from: { y }, to: { y: y2 }, relative: false });
    }
    // ("between now and 2029": from the report's year; with no report date, only the year ahead is known.)
    for (const m of allMatches(nowUntil, text)) {
      const y2 = Number(m[1]);
      if (ref && (y2 < ref.y || y2 - ref.y > spans.maxYears)) continue;
      out.push({ start: m.index! + m[0].lastIndexOf(m[1]), end: m.index! + m[0].length, from: ref ? { y: ref.y } : null, to: { y: y2 }, relative: true });
    }
  }
  if (!/month|year/i.test(text)) return out;
  for (const m of allMatches(monthsInto, text)) {
    const n = counts[m[1].toLowerCase()] ?? Number(m[1]);
    if (!(n >= 1 && n <= 12)) continue;
    const y = m[3] ? Number(m[3]) : relativeYear(m[2], ref);
    const at = { start: m.index!, end: m.index! + m[0].length };
    out.push(y === null ? { ...at, from: null, to: null, relative: true } : { ...at, from: { y, m: 1 }, to: { y, m: n }, relative: !m[3] });
  }
  for (const m of allMatches(yearToDate, text)) out.push({ start: m.index!, end: m.index! + m[0].length, from: ref ? { y: ref.y, m: 1 } : null, to: null, relative: true });
  let range = monthRanges.get(lex);
  if (!range) monthRanges.set(lex, (range = new RegExp(spans.monthRangeOfYear.replaceAll("{months}", lex.monthNames), "gi")));
  for (const m of allMatches(range, text)) {
    // (Month names count capitalised only: "may" and "march" are words too.)
    const a = lex.months.get(m[1].toLowerCase());
    const b = lex.months.get(m[2].toLowerCase());
    if (!a || !b || b < a || !/^\p{Lu}/u.test(m[1]) || !/^\p{Lu}/u.test(m[2])) continue;
    const y = relativeYear(m[3], ref);
    const start = m.index! + m[0].indexOf(m[1]);
    out.push(y === null ? { start, end: m.index! + m[0].length, from: null, to: null, relative: true } : { start, end: m.index! + m[0].length, from: { y, m: a }, to: { y, m: b }, relative: true });
  }
  return out;
}

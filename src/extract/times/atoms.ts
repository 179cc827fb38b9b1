import * as chrono from "chrono-node/en";
import { addDays, addMonths, type DatePoint, lastWeekday, parsePoint, previousWeek, yearOfDay, yearOfMonth } from "./calendar.js";
import { allMatches } from "../../core/all-matches.js";
import { type TimeLexicon } from "./lexicon.js";
import { bareYearPartAtoms, recentSpanAtoms } from "./recent-spans.js";
import { yearSpanAtoms } from "./year-spans.js";
import times from "../../knowledge/times.json" with { type: "json" };

/**
 * One date expression of a sentence, resolved: `from`/`to` are null where it needs a publication
 * date and none is known. `yearless` keeps a month (and day) written without a year, so a range can
 * take the year of its other end ("between March and November 2024").
 */
export interface Atom {
  readonly start: number;
  readonly end: number;
  readonly from: DatePoint | null;
  readonly to: DatePoint | null;
  readonly relative: boolean;
  readonly yearless?: { readonly m: number; readonly d?: number; readonly toM?: number; readonly toD?: number };
}

type Ref = { y: number; m: number; d: number } | null;

/** Resolves a month (and day) with no year against a reference: the most recent on or before it. */
export function placeYearless(y: Atom["yearless"] & object, ref: DatePoint): { from: DatePoint; to: DatePoint } {
  const year = y.d !== undefined ? yearOfDay(y.m, y.d, ref) : yearOfMonth(y.m, ref);
  const from: DatePoint = y.d !== undefined ? { y: year, m: y.m, d: y.d } : { y: year, m: y.m };
  const toM = y.toM ?? y.m;
  const toY = toM < y.m ? year + 1 : year;
  const toD = y.toD ?? (y.toM === undefined ? y.d : undefined);
  return { from, to: toD !== undefined ? { y: toY, m: toM, d: toD } : { y: toY, m: toM } };
}

function yearless(start: number, end: number, y: NonNullable<Atom["yearless"]>, ref: Ref): Atom {
  if (!ref) return { start, end, from: null, to: null, relative: true, yearless: y };
  return { start, end, ...placeYearless(y, ref), relative: true, yearless: y };
}

/** Months as a part of a year ("mid-2022" → May to August), clipped to a year's twelve months. */
function partOfYear(start: number, end: number, year: number, [a, b]: readonly [number, number]): Atom {
  const to = addMonths(year, 1, b - 1);
  return { start, end, from: { y: year, m: a }, to, relative: false };
}

interface Patterns {
  readonly relative: RegExp;
  readonly lastSpan: RegExp;
  /** "over the past year", "in the past month": one unit back from the report, the count left out. */
  readonly pastUnit: RegExp;
  readonly parts: RegExp;
  readonly monthParts: RegExp;
  readonly monthWord: RegExp;
  readonly bareSeason: RegExp;
  readonly monthOfYear: RegExp;
  readonly periodSpan: RegExp;
  readonly withinSpan: RegExp;
  readonly dealYear: RegExp;
  /** "Russia's 2023 machine-tool imports", "its 2022 exports": the year of a flow of trade, after its owner. */
  readonly tradeYear: RegExp;
  /** "the first half of this year", "late last year", "at the beginning of the year": a part of a year named relative to the report. */
  readonly relativeParts: RegExp;
  /** "fiscal year 2021-22", "FY2023-24": a fiscal year written over two calendar years, April to March. */
  readonly fiscalYear: RegExp;
  /** Cheap tests a sentence must pass for a group of the patterns above to match at all (each a necessary condition). */
  readonly gates: {
    /** A year of four digits: `parts`, `dealYear` and the bare years. */
    readonly year: RegExp;
    /** A unit of time: `periodSpan`, `withinSpan`, `lastSpan`, `monthOfYear`. */
    readonly unit: RegExp;
    /** The first word of `relative`. */
    readonly relative: RegExp;
    readonly season: RegExp;
    /** Any of the events, in one pass instead of one per event. */
    readonly event: RegExp;
  };
  /** The start of each event of the lexicon, in its order. */
  readonly eventStarts: readonly (DatePoint | null)[];
}

const patternCache = new WeakMap<TimeLexicon, Patterns>();

function patterns(lex: TimeLexicon): Patterns {
  let p = patternCache.get(lex);
  if (!p) {
    p = {
      relative: new RegExp(`\\b(last|this|current|previous|next|coming)\\s+(week|month|year|${lex.seasons}|${lex.monthNames})\\b`, "gi"),
      pastUnit: /\bthe\s+past\s+(week|month|year)\b(?!\s+(?:of|or|and)\b|['’]s)/gi,
      lastSpan: new RegExp(`\\b(?:the\\s+)?(?:last|past|previous)\\s+(\\d{1,2}|${lex.countNames})\\s+(day|week|month|year)s?\\b`, "gi"),
      parts: new RegExp(`\\b(?:the\\s+)?(${lex.yearPartNames})[\\s-]*(?:of\\s+)?((?:19|20)\\d\\d)\\b`, "gi"),
      monthParts: new RegExp(`\\b(?:${lex.monthPartNames})[\\s-]+(?:of\\s+)?(${lex.monthNames})\\b(?:\\s+((?:19|20)\\d\\d)\\b)?`, "gi"),
      monthOfYear: new RegExp(`\\b(${lex.monthNames})\\.?(?:\\s+(\\d{1,2}))?,?\\s+(?:of\\s+)?(last|this|next)\\s+year\\b`, "gi"),
      bareSeason: new RegExp(`\\b(?:(?:in|during|over|through|throughout)\\s+the|since(?:\\s+the)?)\\s+(${lex.seasons})\\b(?!\\s+of\\b|\\s+(?:19|20)\\d\\d)`, "gi"),
      monthWord: new RegExp(`\\b(${lex.monthNames})\\b`, "i"),
      periodSpan: new RegExp(`\\b(?:an?|the)\\s+(\\d{1,2}|${lex.countNames})[-\\s](day|week|month|year)\\s+(?:${lex.spanNouns})\\b(?!\\s+(?:of|from|between|ending|in\\s+(?:19|20)\\d\\d))`, "gi"),
      tradeYear: new RegExp(`(?:['’]s|\\b(?:its|their))\\s+((?:19|20)\\d\\d)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${lex.tradeYearNouns})\\b`, "giu"),
      dealYear: new RegExp(`\\b(?:the|a|an|its|their|this|that)\\s+((?:19|20)\\d\\d)\\s+(?:${lex.dealNouns})\\b`, "gi"),
      relativeParts: new RegExp(`\\b(?:the\\s+)?(${lex.yearPartNames})[\\s-]*(?:of\\s+)?(this|last|next|previous|coming|the\\s+current|the)\\s+year\\b`, "gi"),
      fiscalYear: /\b(?:fiscal|financial)(?:\s+year)?\s+((?:19|20)\d\d)\s*[-–\/]\s*(\d\d(?:\d\d)?)\b|\bFY\s?((?:19|20)\d\d)\s*[-–\/]\s*(\d\d(?:\d\d)?)\b/gi,
      withinSpan: new RegExp(`\\b(?:in|within)\\s+(?:just\\s+|only\\s+)?(\\d{1,2}|${lex.countNames})\\s+(day|week|month|year)s?\\b(?!\\s+(?:of|from|after|before|ago|later|earlier)\\b)`, "gi"),
      gates: {
        year: /(?:19|20)\d\d/,
        unit: /day|week|month|year/i,
        relative: /last|this|current|previous|next|coming/i,
        season: new RegExp(lex.seasons, "i"),
        event: new RegExp(lex.events.map((e) => `(?:${e.re.source})`).join("|"), "i"),
      },
      eventStarts: lex.events.map((e) => parsePoint(e.start)),
    };
    patternCache.set(lex, p);
  }
  return p;
}

const notWithinAfter = new RegExp(times.notWithinAfter, "i");

/** A bare year after a preposition (or "year"), not part of a range of figures or an amount. */
const years = /\b(?:in|since|by|during|from|until|till|to|through|and|of|for|before|after|throughout|between|around|year)\s+((?:19|20)\d\d)\b(?![-–]\d|,\d|\.\d|\s*(?:million|billion|thousand))/gi;

// chrono-node's casual English, keeping only the parsers of calendar dates: the relative and casual ones
// ("last week", "tonight", "in 3 days") are read above or are vague, and the rest cost ~2.7x the time.
const DATE_PARSERS = new Set(["ENYearMonthDayParser", "ISOFormatParser", "SlashDateFormatParser", "ENMonthNameLittleEndianParser", "ENMonthNameMiddleEndianParser", "ENWeekdayParser", "ENSlashMonthFormatParser", "ENYearMonthNameParser", "ENMonthNameParser", "ENTimeUnitAgoFormatParser", "ENCasualDateParser"]);
const dateParser = chrono.casual.clone();
dateParser.parsers = dateParser.parsers.filter((p) => DATE_PARSERS.has(p.constructor.name));

const postCounter = new RegExp(times.postCounter, "u");
const overYear = new RegExp(times.overYear, "gi");
const beforeYear = new RegExp(times.beforeYear, "gi");

/** The text with a count of posts at its head ("4/9 Customs figures show ...") blanked, offsets kept (times.json, postCounter). */
function withoutPostCounter(text: string): string {
  const m = postCounter.exec(text);
  if (!m || Number(m[1]) < 1 || Number(m[1]) > Number(m[2])) return text;
  return " ".repeat(m[0].length) + text.slice(m[0].length);
}

/** The date expressions chrono-node knows, plus what it lacks: years, parts of years, seasons, "last X". */
export function findAtoms(source: string, ref: Ref, lex: TimeLexicon): Atom[] {
  const text = withoutPostCounter(source);
  const pat = patterns(lex);
  const atoms: Atom[] = [];

  // Most sentences name no event, no unit of time, no year: a cheap test first spares the patterns that need one.
  const gate = pat.gates;
  const hasYear = gate.year.test(text);
  const hasUnit = gate.unit.test(text);

  // "since the start of Russia's full-scale invasion": an event that dates the start of a count.
  if (gate.event.test(text)) {
    for (let i = 0; i < lex.events.length; i++) {
      const from = pat.eventStarts[i];
      for (const m of allMatches(lex.events[i].re, text)) {
        const s = m.index! + m[0].length - (m[1] ?? m[2]).length;
        if (from) addAtom(atoms, { start: s, end: m.index! + m[0].length, from, to: null, relative: false });
      }
    }
  }

  // "since the 2021 coup", "after the 2020 war": an event named by its year starts a count in that year.
  if (hasYear) for (const m of allMatches(lex.yearEvent, text)) {
    const from = parsePoint(m[2]);
    if (from) addAtom(atoms, { start: m.index! + m[0].length - m[1].length, end: m.index! + m[0].length, from, to: null, relative: false });
  }

  // "in 2020-24", "the first nine months of this year", "so far this year", "from March to October last year".
  if (hasYear || hasUnit) for (const a of yearSpanAtoms(text, ref, lex)) addAtom(atoms, a);

  // "over an eight-month period": back from the report date
  if (hasUnit) for (const m of allMatches(pat.periodSpan, text)) addAtom(atoms, lastSpan(m.index!, m.index! + m[0].length, lex.counts.get(m[1].toLowerCase()) ?? Number(m[1]), m[2].toLowerCase(), ref));
  // "has sent 85,000 drones in six months": back from the report, where a done transfer comes before and no future word does.
  if (hasUnit) for (const m of allMatches(pat.withinSpan, text)) {
    const before = text.slice(0, m.index!);
    // ("the first time in 25 years" measures a history, no span of the transfer.)
    if (lex.doneBefore.test(before) && !lex.futureBefore.test(before) && !notWithinAfter.test(before)) addAtom(atoms, lastSpan(m.index!, m.index! + m[0].length, lex.counts.get(m[1].toLowerCase()) ?? Number(m[1]), m[2].toLowerCase(), ref));
  }

  // "August last year", "in March this year": the year is given relative to the report
  if (hasUnit) for (const m of allMatches(pat.monthOfYear, text)) {
    const mo = monthOf(lex, m[1]);
    if (!mo || m[1][0] === m[1][0].toLowerCase()) continue;
    const e = m.index! + m[0].length;
    if (!ref) {
      addAtom(atoms, { start: m.index!, end: e, from: null, to: null, relative: true });
      continue;
    }
    const y = ref.y + (m[3].toLowerCase() === "last" ? -1 : m[3].toLowerCase() === "next" ? 1 : 0);
    const p: DatePoint = m[2] ? { y, m: mo, d: Number(m[2]) } : { y, m: mo };
    addAtom(atoms, { start: m.index!, end: e, from: p, to: p, relative: true });
  }

  // "fiscal year 2021-22": April of the first year to March of the second (the two-year form is not the US one).
  if (hasYear) for (const m of allMatches(pat.fiscalYear, text)) {
    const y = Number(m[1] ?? m[3]);
    const tail = m[2] ?? m[4];
    const y2 = tail.length === 2 ? Math.floor(y / 100) * 100 + Number(tail) : Number(tail);
    if (y2 === y + 1) addAtom(atoms, { start: m.index!, end: m.index! + m[0].length, from: { y, m: 4 }, to: { y: y2, m: 3 }, relative: false });
  }

  // "the first half of this year", "late last year", "at the beginning of the year": before "this year" alone.
  if (hasUnit) for (const m of allMatches(pat.relativeParts, text)) {
    const range = lex.yearParts.get(m[1].toLowerCase().replace(/\s+/g, " "));
    if (!range) continue;
    if (!ref) {
      addAtom(atoms, { start: m.index!, end: m.index! + m[0].length, from: null, to: null, relative: true });
      continue;
    }
    const which = m[2].toLowerCase();
    // "in the first half of the year" before that half is over may be this year's or last year's: no date, unless a deadline ("by the end of the year").
    if (which === "the" && range[1] > ref.m && !lex.endOnly.test(text.slice(0, m.index!))) continue;
    const y = ref.y + (which === "last" || which === "previous" ? -1 : which === "next" || which === "coming" ? 1 : 0);
    addAtom(atoms, { ...partOfYear(m.index!, m.index! + m[0].length, y, range), relative: true });
  }

  // "from the 3rd to the 9th of this month", "between the 2nd and the 11th of June": two days of one month, before "this month" alone.
  if (hasUnit || pat.monthWord.test(text)) for (const m of allMatches(dayWindow(lex), text)) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    if (!(a >= 1 && a < b && b <= 31)) continue;
    const s = m.index!;
    const e = s + m[0].length;
    const mo = m[4] ? monthOf(lex, m[4]) : 0;
    if (m[4] && (!mo || m[4][0] === m[4][0].toLowerCase())) continue;
    if (mo) {
      addAtom(atoms, yearless(s, e, { m: mo, d: a, toM: mo, toD: b }, ref));
      continue;
    }
    if (!ref) {
      addAtom(atoms, { start: s, end: e, from: null, to: null, relative: true });
      continue;
    }
    const at = m[3].toLowerCase() === "last" ? addMonths(ref.y, ref.m, -1) : { y: ref.y, m: ref.m };
    addAtom(atoms, { start: s, end: e, from: { ...at, d: a }, to: { ...at, d: b }, relative: true });
  }

  // "arrived in Israel overnight": the night before the report, from its eve to its day.
  if (ref) for (const m of allMatches(/\bovernight\b/gi, text)) addAtom(atoms, { start: m.index!, end: m.index! + m[0].length, from: addDays(ref, -1), to: ref, relative: true });

  // "early in the new year", "by the new year": the year after the report's, where the report is no longer at the
  // start of its own year (in January "the new year" may be the one just begun).
  if (ref && ref.m >= 3) for (const m of allMatches(/\b(?:in|into|by)\s+the\s+new\s+year\b/gi, text)) addAtom(atoms, { start: m.index!, end: m.index! + m[0].length, from: { y: ref.y + 1 }, to: { y: ref.y + 1 }, relative: true });

  // "last week", "this year", "last September", "this summer"
  if (gate.relative.test(text)) for (const m of allMatches(pat.relative, text)) addAtom(atoms, relativeAtom(m.index!, m.index! + m[0].length, thisFor(m[1].toLowerCase()), m[2].toLowerCase(), ref, lex));

  // "in the summer", "during the winter", "since the autumn": the most recent such season, up to the report date
  if (gate.season.test(text)) for (const m of allMatches(pat.bareSeason, text)) {
    const s = m.index! + m[0].length - m[1].length;
    addAtom(atoms, relativeAtom(s, m.index! + m[0].length, "bare", m[1].toLowerCase(), ref, lex));
  }

  // "in recent months", "over the past few weeks": back from the report, by a length of custom (times.json)
  if (hasUnit) for (const a of recentSpanAtoms(text, ref)) addAtom(atoms, a);
  // "in the first quarter", "during the second half": the last such part of a year over by the report
  for (const a of bareYearPartAtoms(text, ref)) addAtom(atoms, a);
  // "in the last two months", "over the past 3 weeks": back from the report date
  if (hasUnit) for (const m of allMatches(pat.lastSpan, text)) addAtom(atoms, lastSpan(m.index!, m.index! + m[0].length, lex.counts.get(m[1].toLowerCase()) ?? Number(m[1]), m[2].toLowerCase(), ref));
  // "over the past year": the twelve months up to the report (a year back at month precision, as "the past 12 months").
  if (hasUnit) for (const m of allMatches(pat.pastUnit, text)) {
    const unit = m[1].toLowerCase();
    addAtom(atoms, lastSpan(m.index!, m.index! + m[0].length, unit === "year" ? 12 : 1, unit === "year" ? "month" : unit, ref));
  }

  // "mid-2022", "late 2023", "the summer of 2023", "the first half of 2024"
  if (hasYear) for (const m of allMatches(pat.parts, text)) {
    const range = lex.yearParts.get(m[1].toLowerCase().replace(/\s+/g, " "));
    if (range) addAtom(atoms, partOfYear(m.index!, m.index! + m[0].length, Number(m[2]), range));
  }

  // "late June", "early July 2024": month precision
  if (pat.monthWord.test(text)) for (const m of allMatches(pat.monthParts, text)) {
    const mo = monthOf(lex, m[1]);
    if (!mo || m[1][0] === m[1][0].toLowerCase()) continue;
    const s = m.index!;
    const e = s + m[0].length;
    addAtom(atoms, m[2] ? { start: s, end: e, from: { y: Number(m[2]), m: mo }, to: { y: Number(m[2]), m: mo }, relative: false } : yearless(s, e, { m: mo }, ref));
  }

  // "bought before 1979", "not expected before 2027": one side of a time only, no period (times.json, beforeYear).
  if (hasYear) for (const m of allMatches(beforeYear, text)) addAtom(atoms, { start: m.index!, end: m.index! + m[0].length, from: null, to: null, relative: false });

  // Bare years after a preposition: "in 2023", "since 2022", "between 2021 and 2023"
  if (hasYear) for (const m of allMatches(years, text)) {
    const s = m.index! + m[0].length - m[1].length;
    addAtom(atoms, { start: s, end: s + 4, from: { y: Number(m[1]) }, to: { y: Number(m[1]) }, relative: false });
  }

  // "received 148 missiles over 2024": a year after "over" that ends its clause (times.json, overYear).
  if (hasYear) for (const m of allMatches(overYear, text)) {
    const s = m.index! + m[0].length - m[1].length;
    addAtom(atoms, { start: s, end: s + 4, from: { y: Number(m[1]) }, to: { y: Number(m[1]) }, relative: false });
  }

  // "under the 2019 deal", "its 2021 contract": the year of an agreement, which starts what it delivers.
  if (hasYear) for (const m of allMatches(pat.dealYear, text)) {
    const s = m.index! + m[0].indexOf(m[1]);
    addAtom(atoms, { start: s, end: s + 4, from: { y: Number(m[1]) }, to: { y: Number(m[1]) }, relative: false });
  }

  // "Russia's 2023 machine-tool imports": the year of a flow of trade, written before it.
  if (hasYear) for (const m of allMatches(pat.tradeYear, text)) {
    const s = m.index! + m[0].indexOf(m[1]);
    addAtom(atoms, { start: s, end: s + 4, from: { y: Number(m[1]) }, to: { y: Number(m[1]) }, relative: false });
  }

  if (!lex.dateHint.test(text)) return ahead(atoms, text, ref, lex).sort((a, b) => a.start - b.start);
  for (const r of dateParser.parse(text, ref ? new Date(Date.UTC(ref.y, ref.m - 1, ref.d, 12)) : new Date(Date.UTC(2000, 0, 1, 12)), { forwardDate: false })) {
    addAtom(atoms, fromChrono(r, ref, lex));
  }
  return ahead(atoms, text, ref, lex).sort((a, b) => a.start - b.start);
}

const dayWindowCache = new WeakMap<TimeLexicon, RegExp>();
/** "from the 3rd to the 9th of this month" (times.json, dayWindow). */
function dayWindow(lex: TimeLexicon): RegExp {
  let re = dayWindowCache.get(lex);
  if (!re) dayWindowCache.set(lex, (re = new RegExp(times.dayWindow.replace("{months}", lex.monthNames), "gi")));
  return re;
}

/**
 * "Norway will deliver 12 howitzers to Ukraine in June", written in March: a month with no year after a word that
 * puts the transfer ahead (times.json, aheadBefore) is the next such month on or after the report's, not the last,
 * unless it dates the order the transfer follows from (times.json, orderLead).
 */
function ahead(atoms: Atom[], text: string, ref: Ref, lex: TimeLexicon): Atom[] {
  if (!ref) return atoms;
  for (let i = 0; i < atoms.length; i++) {
    const a = atoms[i];
    if (!a.yearless) continue;
    // ("From July, Ukraine should receive ...": an opening "from" and a future word after the month put it ahead too.)
    const opening = lex.aheadFromLead.test(text.slice(Math.max(0, a.start - 30), a.start)) && lex.aheadFromAfter.test(text.slice(a.end));
    if (!opening && !lex.aheadBefore.test(text.slice(Math.max(0, a.start - 80), a.start))) continue;
    // ("is to supply jets under a deal signed in February": the order is done, its month the last one, not the next.)
    if (lex.orderLead.test(text.slice(Math.max(0, a.start - 60), a.start))) continue;
    const { m, d } = a.yearless;
    // (The report's own month is this year's: "in March" written in March is this March.)
    const year = m > ref.m || (m === ref.m && (d === undefined || d >= ref.d)) ? ref.y : ref.y + 1;
    atoms[i] = { ...a, ...placeYearless(a.yearless, { y: year, m: 12, d: 31 }) };
  }
  return atoms;
}

/** Adds an atom where no earlier (surer) one covers any of its span. */
function addAtom(atoms: Atom[], a: Atom | null): void {
  if (a && !atoms.some((b) => b.start < a.end && a.start < b.end)) atoms.push(a);
}

function monthOf(lex: TimeLexicon, word: string): number {
  return lex.months.get(word.toLowerCase().replace(/\.$/, "")) ?? 0;
}

/** A span counted back from a date: "the previous three months", "the three months before that interview". */
export interface BackSpan {
  readonly start: number;
  readonly end: number;
  readonly n: number;
  readonly unit: string;
}

const beforeSayingCache = new WeakMap<TimeLexicon, RegExp>();
/** "the three months before that interview", "the two weeks preceding the statement": counted back from a saying (times.json, beforeSaying). */
function beforeSaying(lex: TimeLexicon): RegExp {
  let re = beforeSayingCache.get(lex);
  if (!re) beforeSayingCache.set(lex, (re = new RegExp(`\\b(?:the\\s+)?(\\d{1,2}|${lex.countNames})\\s+(day|week|month|year)s?\\s+(?:${times.beforeSaying.links.join("|")})\\s+(?:${times.beforeSaying.pointers.join("|")})\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${times.speechNouns.join("|")})\\b`, "giu")));
  return re;
}

/**
 * The spans of a text counted back from a date, with their length: `backSpans("sent over the past three months")` is one of
 * 3 months; "in the three months before that statement" one that only a dated saying can place.
 */
export function backSpans(text: string, lex: TimeLexicon): { back: BackSpan[]; beforeSaying: BackSpan[] } {
  const count = (m: RegExpExecArray): BackSpan => ({ start: m.index!, end: m.index! + m[0].length, n: lex.counts.get(m[1].toLowerCase()) ?? Number(m[1]), unit: m[2].toLowerCase() });
  if (!/day|week|month|year/i.test(text)) return { back: [], beforeSaying: [] };
  return { back: allMatches(patterns(lex).lastSpan, text).map(count), beforeSaying: allMatches(beforeSaying(lex), text).map(count) };
}

/** `countedBack(3, "month", {y: 2025, m: 1})` → October 2024 to January 2025; null where the anchor is too coarse for the unit. */
export function countedBack(n: number, unit: string, anchor: DatePoint): { from: DatePoint; to: DatePoint } | null {
  if (!(n > 0)) return null;
  if (unit === "year") return { from: { y: anchor.y - n }, to: { y: anchor.y } };
  if (anchor.m === undefined) return null;
  if (unit === "month") return { from: addMonths(anchor.y, anchor.m, -n), to: { y: anchor.y, m: anchor.m } };
  if (anchor.d === undefined) return null;
  const day = { y: anchor.y, m: anchor.m, d: anchor.d };
  return { from: addDays(day, -(unit === "week" ? 7 * n : n)), to: day };
}

function lastSpan(start: number, end: number, n: number, what: string, ref: Ref): Atom | null {
  if (!(n > 0)) return null;
  if (!ref) return { start, end, from: null, to: null, relative: true };
  const to: DatePoint = what === "month" ? { y: ref.y, m: ref.m } : what === "year" ? { y: ref.y } : ref;
  const from: DatePoint =
    what === "month" ? addMonths(ref.y, ref.m, -n) : what === "year" ? { y: ref.y - n } : addDays(ref, -(what === "week" ? 7 * n : n));
  return { start, end, from, to, relative: true };
}

/** "the current year" is this year. */
const thisFor = (which: string): string => (which === "current" ? "this" : which);

function relativeAtom(start: number, end: number, which: string, what: string, ref: Ref, lex: TimeLexicon): Atom | null {
  if (what === "week" && which === "this") return null; // vague: anchored on the report only
  if (!ref) return { start, end, from: null, to: null, relative: true };
  // "next year", "next month", "next week": ahead of the report, at the precision named.
  if (which === "next" || which === "coming") {
    if (what === "week") return { start, end, from: addDays(ref, 7 - ((new Date(Date.UTC(ref.y, ref.m - 1, ref.d)).getUTCDay() + 6) % 7)), to: addDays(ref, 13 - ((new Date(Date.UTC(ref.y, ref.m - 1, ref.d)).getUTCDay() + 6) % 7)), relative: true };
    if (what === "month") {
      const next = addMonths(ref.y, ref.m, 1);
      return { start, end, from: next, to: next, relative: true };
    }
    if (what === "year") return { start, end, from: { y: ref.y + 1 }, to: { y: ref.y + 1 }, relative: true };
    return null;
  }
  const back = which !== "this" && which !== "bare";
  let from: DatePoint;
  let to: DatePoint;
  if (what === "week") [from, to] = previousWeek(ref);
  else if (what === "month") from = to = back ? addMonths(ref.y, ref.m, -1) : { y: ref.y, m: ref.m };
  else if (what === "year") from = to = { y: back ? ref.y - 1 : ref.y };
  else if (monthOf(lex, what)) {
    const m = monthOf(lex, what);
    from = to = { y: back ? yearOfMonth(m, ref, true) : ref.y, m };
  } else {
    const [a, b] = lex.yearParts.get(what) ?? [1, 12];
    // A season not yet over ("this summer" in July) ends at the publication month.
    let y = ref.y;
    if (back && ref.m <= b) y -= 1;
    if (which === "bare" && ref.m < a) y -= 1; // a season not yet begun this year is last year's
    from = { y, m: a };
    const endMonth = addMonths(y, 1, b - 1);
    to = !back && (endMonth.y > ref.y || (endMonth.y === ref.y && endMonth.m > ref.m)) ? { y: ref.y, m: ref.m } : endMonth;
  }
  return { start, end, from, to, relative: true };
}

function fromChrono(r: chrono.ParsedResult, ref: Ref, lex: TimeLexicon): Atom | null {
  let text = r.text;
  const k = r.start;
  const known = (c: "year" | "month" | "day" | "weekday") => k.isCertain(c);
  // chrono reads lower-case "may" and "march" as months: only capitalised month names count.
  const monthWord = patterns(lex).monthWord.exec(text);
  if (monthWord && monthWord[1][0] === monthWord[1][0].toLowerCase()) return null;
  let hasYear = known("year");
  // "March, 43 voyages": chrono took a count for the year; keep the date before the comma.
  if (hasYear && !/\b\d{4}\b|'\d\d\b/.test(text)) {
    hasYear = false;
    const comma = text.indexOf(",");
    if (comma > 0) text = text.slice(0, comma);
  }
  text = text.replace(/[\s,.;:]+$/, "");
  const start = r.index;
  const end = start + text.length;
  const m = known("month") ? k.get("month")! : undefined;
  const d = known("day") ? k.get("day")! : undefined;
  const casual = r.tags().has("casualReference/yesterday") || [...r.tags()].some((t) => t.startsWith("casualReference") || t.startsWith("result/relative"));
  if (casual && lex.eventRelative.test(text)) return null;
  if (casual) {
    if (!ref) return { start, end, from: null, to: null, relative: true };
    const p: DatePoint = { y: k.get("year")!, m: k.get("month")!, d: k.get("day")! };
    return { start, end, from: p, to: p, relative: true };
  }
  if (m === undefined) {
    if (!known("weekday") || known("day")) return null; // a time of day alone, or a bare number
    if (!ref) return { start, end, from: null, to: null, relative: true };
    let p = lastWeekday(k.get("weekday")!, ref);
    // "last Friday" written on a Friday is the Friday before.
    if (/\blast\b/i.test(text) && p.y === ref.y && p.m === ref.m && p.d === ref.d) p = addDays(ref, -7);
    return { start, end, from: p, to: p, relative: true };
  }
  const e = r.end && r.end.isCertain("month") && r.text === text ? r.end : null;
  const toM = e ? e.get("month")! : undefined;
  const toD = e && e.isCertain("day") ? e.get("day")! : undefined;
  // "from March to October 2024": a range whose year is written once, after its end, takes that year (the start the one before where its month comes later).
  if (!hasYear && toM !== undefined && e?.isCertain("year") && /\b\d{4}\b/.test(text)) {
    const ty = e.get("year")!;
    const fy = m > toM ? ty - 1 : ty;
    return { start, end, from: d !== undefined ? { y: fy, m, d } : { y: fy, m }, to: toD !== undefined ? { y: ty, m: toM, d: toD } : { y: ty, m: toM }, relative: false };
  }
  if (!hasYear) return yearless(start, end, { m, ...(d !== undefined ? { d } : {}), ...(toM !== undefined ? { toM } : {}), ...(toD !== undefined ? { toD } : {}) }, ref);
  const y = k.get("year")!;
  const from: DatePoint = d !== undefined ? { y, m, d } : { y, m };
  const ty = e && e.isCertain("year") ? e.get("year")! : y;
  const to: DatePoint = toM !== undefined ? (toD !== undefined ? { y: ty, m: toM, d: toD } : { y: ty, m: toM }) : from;
  return { start, end, from, to, relative: false };
}

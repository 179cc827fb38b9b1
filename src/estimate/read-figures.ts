/**
 * Reads a statement's quantity as a band (low, median, high) and its date as a day: the step shared by
 * flow curves, balances and production. The spreads are parameters (flow.* in parameters.json).
 */
import type { Quantity } from "../core/claim.js";
import type { Statement } from "../core/ledger.js";
import { statementMeasure } from "../link/figure-measure.js";
import { requireParameter, type Parameters } from "./parameters.js";

export interface Band {
  readonly low: number;
  readonly median: number;
  readonly high: number;
}

export type Reading = "exact" | "approx" | "lower-bound" | "upper-bound" | "range";

export interface Figure extends Band {
  readonly statement: string;
  readonly date: string;
  readonly cumulative: boolean;
  readonly reading: Reading;
  /** First day of the statement's period, where it has one (YYYY-MM-DD). */
  readonly periodStart: string | null;
}

/** The band a quantity stands for; null when it carries no figure. `readQuantity({value: 100, approx: true, ...})` → 75 / 100 / 125. */
export function readQuantity(q: Quantity, params: Parameters): { band: Band; reading: Reading } | null {
  const p = (id: string): number => requireParameter(params, id).value;
  if (q.value !== null) {
    const s = q.approx ? p("flow.spread.approx") : p("flow.spread.exact");
    return { band: { low: q.value * (1 - s), median: q.value, high: q.value * (1 + s) }, reading: q.approx ? "approx" : "exact" };
  }
  if (q.min !== null && q.max !== null) {
    const median = q.min > 0 ? Math.sqrt(q.min * q.max) : (q.min + q.max) / 2; // geometric middle: ranges of counts span orders of magnitude
    return { band: { low: q.min, median, high: q.max }, reading: "range" };
  }
  if (q.min !== null) return { band: { low: q.min, median: q.min * p("flow.lower_bound.median_factor"), high: q.min * p("flow.lower_bound.high_factor") }, reading: "lower-bound" };
  if (q.max !== null) return { band: { low: q.max * p("flow.upper_bound.low_factor"), median: q.max * p("flow.upper_bound.median_factor"), high: q.max }, reading: "upper-bound" };
  return null;
}

/**
 * The day a figure holds at: a running total as of the day it was stated, an increment at the end of its
 * period. Partial dates take the last day of their month or year. Null when nothing dates it.
 */
export function figureDate(s: Pick<Statement, "stated" | "period" | "cumulative">): string | null {
  const raw = s.cumulative ? s.stated ?? s.period?.end ?? s.period?.start : s.period?.end ?? s.stated ?? s.period?.start;
  return raw ? endOf(raw) : null;
}

/** `endOf("2024")` → "2024-12-31"; `endOf("2024-02")` → "2024-02-29"; full days unchanged. */
export function endOf(date: string): string | null {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(date);
  if (!m) return null;
  if (m[3]) return `${m[1]}-${m[2]}-${m[3]}`;
  const year = Number(m[1]);
  const month = m[2] ? Number(m[2]) : 12;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${m[1]}-${String(month).padStart(2, "0")}-${String(last).padStart(2, "0")}`;
}

/** `startOf("2024")` → "2024-01-01". */
export function startOf(date: string): string | null {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(date);
  if (!m) return null;
  return `${m[1]}-${m[2] ?? "01"}-${m[3] ?? "01"}`;
}

/** Months between two days, at the mean month length: `monthsBetween("2024-01-01", "2024-07-01")` ≈ 5.95. */
export function monthsBetween(from: string, to: string): number {
  return (Date.parse(to) - Date.parse(from)) / (86_400_000 * 30.436875);
}

/** A statement's figure, or the reason it gives none. */
export function readFigure(s: Statement, params: Parameters): Figure | string {
  if (!s.quantity) return "no figure";
  const date = figureDate(s);
  if (!date) return "no date: neither stated day nor period";
  const read = readQuantity(s.quantity, params);
  if (!read) return "quantity without value or bounds";
  const periodStart = s.period?.start ? startOf(s.period.start) : null;
  const cumulative = statementMeasure(s) === "stock";
  return { statement: s.id, date: figureDate({ ...s, cumulative }) ?? date, cumulative, reading: read.reading, periodStart, ...read.band };
}

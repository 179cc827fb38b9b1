/**
 * Flow curves: a flow's statements as a cumulative curve over time with a band. Running totals set the
 * curve, increments add to it; then a monotone envelope: a lower bound holds for every later day, an
 * upper bound for every earlier day, and the median is made non-decreasing (pool adjacent violators).
 */
import type { Unit } from "../core/claim.js";
import type { Statement } from "../core/ledger.js";
import { statementMeasure } from "../link/figure-measure.js";
import { flowLikelihood, type Likelihood } from "./likelihood.js";
import { defaultParameters, requireParameter, withOverrides, type Overrides, type Parameters } from "./parameters.js";
import { monthsBetween, readFigure, type Band, type Figure } from "./read-figures.js";

export interface CurvePoint extends Band {
  readonly date: string;
  /** Statements whose figures set this point. */
  readonly statements: readonly string[];
  /** Set where the statements disagree beyond their bands (a later total below an earlier lower bound, ...). */
  readonly conflict?: string;
}

export interface CurveRate extends Band {
  readonly from: string;
  readonly to: string;
  readonly months: number;
}

export interface FlowCurve {
  readonly kind: "flow-curve";
  readonly supplier: string | null;
  readonly recipient: string | null;
  readonly item: string | null;
  readonly unit: Unit | null;
  readonly points: readonly CurvePoint[];
  /** Per month between successive points: low is the slowest the bands allow, high the fastest. */
  readonly rates: readonly CurveRate[];
  readonly figures: readonly Figure[];
  readonly excluded: readonly { readonly statement: string; readonly reason: string }[];
  readonly likelihood: Likelihood;
}

export interface CurveOptions {
  /** The unit to draw (default: the unit most statements use). */
  readonly unit?: Unit;
  /** Draw "possible" figures too (a purchase under way, a plan): by default they are listed, not drawn, since a bound they set would hold for every later day. */
  readonly includePossible?: boolean;
  readonly overrides?: Overrides;
  readonly parameters?: Parameters;
}

/** Figures that are not amounts moved: never a point of a flow's curve. */
const DRAWN_NEVER = new Set(["rate", "plan"]);

/** Statements whose certainty says the figure did not happen give no point on the curve. */
const NEGATIVE = new Set(["denied", "doubted"]);

/** One curve, in the unit most of the statements use unless `options.unit` says otherwise. */
export function estimateFlowCurve(statements: readonly Statement[], options: CurveOptions = {}): FlowCurve {
  const params = withOverrides(options.overrides, options.parameters ?? defaultParameters());
  const unit = options.unit ?? unitsByUse(statements)[0] ?? null;
  const excluded: { statement: string; reason: string }[] = [];
  const figures: Figure[] = [];
  for (const s of statements) {
    const measure = statementMeasure(s);
    const reason = s.kind !== "transfer" ? `a ${s.kind} statement, not a transfer`
      : NEGATIVE.has(s.certainty) ? `${s.certainty}: no figure on the curve`
      : s.certainty === "possible" && !options.includePossible ? "possible: listed, not drawn (includePossible draws it)"
      : measure === "rate" ? "a rate or share, not an amount moved: never added to a flow"
      : measure === "plan" && s.certainty !== "possible" ? "a plan, target or ceiling, not a transfer made: never added to a flow"
      : s.quantity && s.quantity.unit !== unit ? `in ${s.quantity.unit}, the curve is in ${unit}` : null;
    if (reason) { excluded.push({ statement: s.id, reason }); continue; }
    const f = readFigure(s, params);
    if (typeof f === "string") excluded.push({ statement: s.id, reason: f });
    else figures.push(f);
  }
  const first = statements[0];
  return {
    kind: "flow-curve",
    supplier: first?.supplier ?? null,
    recipient: first?.recipient ?? null,
    item: first?.item ?? null,
    unit,
    ...curveOf(figures, requireParameter(params, "flow.rate.min_months").value),
    figures,
    excluded,
    likelihood: flowLikelihood(statements),
  };
}

/** One curve per unit the statements use ("containers", "rounds"), most used first. */
export function estimateFlowCurves(statements: readonly Statement[], options: Omit<CurveOptions, "unit"> = {}): FlowCurve[] {
  return unitsByUse(statements).map((unit) => estimateFlowCurve(statements, { ...options, unit }));
}

function unitsByUse(statements: readonly Statement[]): Unit[] {
  const counts = new Map<Unit, number>();
  for (const s of statements) if (s.quantity && s.kind === "transfer" && !NEGATIVE.has(s.certainty) && !DRAWN_NEVER.has(statementMeasure(s) ?? "")) counts.set(s.quantity.unit, (counts.get(s.quantity.unit) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]).map(([u]) => u);
}

const fmt = (x: number): string => Math.round(x).toLocaleString("en-US");

/**
 * Builds the points and rates from dated figures (pure, exported for tests). A flow's total at a day is
 * the best running total then (several of one day side by side, their disagreement noted) plus the
 * increments whose window starts after it; increments inside its window only prove their own size, and
 * so do increments inside a later increment's window. Running totals are never added to each other.
 */
export function curveOf(figures: readonly Figure[], minMonths = 1): { points: CurvePoint[]; rates: CurveRate[] } {
  const byDate = new Map<string, Figure[]>();
  for (const f of [...figures].sort((a, b) => a.date.localeCompare(b.date) || a.statement.localeCompare(b.statement))) {
    const list = byDate.get(f.date);
    if (list) list.push(f);
    else byDate.set(f.date, [f]);
  }
  let state: Band = { low: 0, median: 0, high: 0 };
  let lastTotal: string | null = null;
  // The increments added since the last running total, each with the state before it.
  let added: { start: string | null; before: Band }[] = [];
  const raw: Raw[] = [];
  for (const [date, group] of byDate) {
    const totals = group.filter((f) => f.cumulative);
    // Increments of one window from several statements are one delivery told several times: side by side, not added.
    const windows = new Map<string, Figure[]>();
    for (const f of group) if (!totals.includes(f)) windows.set(`${f.periodStart}`, [...(windows.get(`${f.periodStart}`) ?? []), f]);
    const increments = [...windows.values()].map((fs) => ({ ...fs[0], ...widen(fs) }));
    for (const inc of increments) {
      // An increment whose window reaches back to the last running total is partly inside it: it proves its own size, adds nothing.
      const inside = lastTotal !== null && (inc.periodStart === null ? inc.date <= lastTotal : inc.periodStart <= lastTotal);
      // ("165,000 barrels in March", then "over a million between March and October": the March figure is part of the
      // later one, which adds only to what stood before the first increment its window holds.)
      const within = inc.periodStart === null ? -1 : added.findIndex((a) => a.start !== null && a.start >= inc.periodStart!);
      if (inside) {
        const median = Math.max(state.median, inc.median);
        state = { low: Math.max(state.low, inc.low), median, high: Math.max(state.high, inc.low, median) };
      } else if (within >= 0) {
        const base = added[within].before;
        const low = Math.max(state.low, base.low + inc.low);
        const median = Math.max(state.median, base.median + inc.median);
        state = { low, median, high: Math.max(state.high, base.high + inc.high, median) };
      } else {
        added.push({ start: inc.periodStart, before: state });
        state = { low: state.low + inc.low, median: state.median + inc.median, high: state.high + inc.high };
      }
    }
    let conflict: string | undefined;
    if (totals.length > 0) {
      // Several totals on one day from different statements: side by side, their disagreement widens the band.
      const c = widen(totals);
      if (totals.length > 1 && Math.max(...totals.map((t) => t.low)) > Math.min(...totals.map((t) => t.high))) {
        conflict = `${totals.length} running totals on this day disagree: ${totals.map((t) => `${fmt(t.median)} (${t.statement})`).join(" / ")}`;
      }
      if (state.low > c.high) conflict = `below what earlier figures already prove (at least ${fmt(state.low)})`;
      const low = Math.max(c.low, state.low);
      const high = Math.max(c.high, low);
      state = { low, high, median: clamp(c.median, low, high) };
      lastTotal = date;
      added = [];
    }
    raw.push({ date, band: state, statements: group.map((f) => f.statement), totals, ...(conflict ? { conflict } : {}) });
  }
  const points = envelope(raw);
  const rates: CurveRate[] = [];
  // Rates over at least `minMonths`: points days apart would give a rate of noise.
  for (let i = 0, j = 1; j < points.length; j++) {
    const a = points[i];
    const b = points[j];
    const months = monthsBetween(a.date, b.date);
    if (months < minMonths || months <= 0) continue;
    rates.push({
      from: a.date,
      to: b.date,
      months: round2(months),
      low: Math.max(0, (b.low - a.high) / months),
      median: Math.max(0, (b.median - a.median) / months),
      high: Math.max(0, (b.high - a.low) / months),
    });
    i = j;
  }
  return { points, rates };
}

type Raw = { date: string; band: Band; statements: string[]; totals: readonly Figure[]; conflict?: string };

/** Running max of lows forward, running min of highs backward, isotonic medians clamped into the band. */
function envelope(raw: readonly Raw[]): CurvePoint[] {
  const n = raw.length;
  const low = new Array<number>(n);
  const high = new Array<number>(n);
  for (let i = 0, m = 0; i < n; i++) low[i] = m = Math.max(m, raw[i].band.low);
  for (let i = n - 1, m = Infinity; i >= 0; i--) high[i] = m = Math.min(m, raw[i].band.high);
  const median = isotonic(raw.map((r) => r.band.median));
  return raw.map((r, i) => {
    let conflict = r.conflict;
    let hi = high[i];
    if (hi < low[i]) {
      conflict ??= "an earlier lower bound exceeds a later upper bound";
      hi = Math.max(r.band.high, low[i]); // keep the point's own upper figure rather than an impossible band
    }
    // A band that leaves every running total stated that day outside it says why, on its face.
    if (!conflict && r.totals.length && r.totals.every((t) => t.high < low[i] || t.low > hi)) {
      const stated = r.totals.map((t) => fmt(t.median)).join(" / ");
      if (r.totals.every((t) => t.high < low[i])) {
        const from = raw.findIndex((x) => x.band.low >= low[i]);
        conflict = `the stated ${stated} lies below the band: earlier figures prove at least ${fmt(low[i])} (${raw[from]?.statements.join(", ") ?? "earlier statements"})`;
      } else {
        const from = raw.findLastIndex((x) => x.band.high <= hi);
        conflict = `the stated ${stated} lies above the band: later figures hold it at most ${fmt(hi)} (${raw[from]?.statements.join(", ") ?? "later statements"})`;
      }
    }
    return { date: r.date, low: low[i], median: clamp(median[i], low[i], hi), high: hi, statements: r.statements, ...(conflict ? { conflict } : {}) };
  });
}

/**
 * Pool adjacent violators: the non-decreasing sequence closest (least squares) to `ys`.
 * Hand-written because it is fifteen lines. `isotonic([1, 3, 2, 4])` → [1, 2.5, 2.5, 4]
 */
export function isotonic(ys: readonly number[]): number[] {
  const means: number[] = [];
  const sizes: number[] = [];
  for (const y of ys) {
    means.push(y);
    sizes.push(1);
    while (means.length > 1 && means[means.length - 2] > means[means.length - 1]) {
      const m2 = means.pop()!;
      const s2 = sizes.pop()!;
      const m1 = means.pop()!;
      const s1 = sizes.pop()!;
      means.push((m1 * s1 + m2 * s2) / (s1 + s2));
      sizes.push(s1 + s2);
    }
  }
  return means.flatMap((m, i) => new Array<number>(sizes[i]).fill(m));
}

function widen(fs: readonly Band[]): Band {
  const medians = fs.map((f) => f.median).sort((a, b) => a - b);
  const mid = medians.length >> 1;
  const median = medians.length % 2 ? medians[mid] : (medians[mid - 1] + medians[mid]) / 2;
  return { low: Math.min(...fs.map((f) => f.low)), median, high: Math.max(...fs.map((f) => f.high)) };
}

const clamp = (x: number, lo: number, hi: number): number => Math.min(Math.max(x, lo), hi);
const round2 = (x: number): number => Math.round(x * 100) / 100;

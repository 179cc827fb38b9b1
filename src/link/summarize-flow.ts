import type { Quantity } from "../core/claim.js";
import type { Conflict, Flow } from "../core/ledger.js";
import { statementMeasure, type Measure } from "./figure-measure.js";
import { independentSources, type OriginOf } from "./independence.js";
import { knowledge } from "./knowledge.js";
import { dayRange } from "./occasion.js";

/** What a flow's summary needs of each of its statements. */
export interface FlowStatement extends OriginOf {
  readonly supplier: string | null;
  readonly recipient: string | null;
  readonly item: Flow["item"];
  readonly quantity: Quantity | null;
  readonly cumulative: boolean;
  readonly measure?: Measure | null;
  readonly stated: string | null;
  readonly period: { readonly start?: string | null; readonly end: string | null } | null;
  readonly certainty: string;
  readonly reports: number;
}

export type FlowSummary = Flow & { readonly conflicts: readonly Conflict[] };

const affirmed = (s: Pick<FlowStatement, "certainty">) => s.certainty === "asserted" || s.certainty === "reported" || s.certainty === "believed";
type Timed = Pick<FlowStatement, "id" | "stated" | "period">;
const key = (s: Timed) => `${s.stated ?? "9999"}|${s.period?.end ?? "9999"}|${s.id}`;

/** A flow's statements in time order: the day stated, then the period's end. */
export function timeOrder<T extends Timed>(statements: readonly T[]): T[] {
  // Keys made once per statement, not once per comparison: flows of thousands are sorted on every read.
  const keyed = statements.map((s) => ({ s, k: key(s) }));
  keyed.sort((a, b) => (a.k < b.k ? -1 : a.k > b.k ? 1 : 0));
  return keyed.map((x) => x.s);
}

const CERTAINTY_RANK: Record<string, number> = { asserted: 3, reported: 2, believed: 1 };

/** The day a figure holds at: a running total the day it was stated, an increment at its window's end. */
const figureDay = (s: FlowStatement): string => (statementMeasure(s) === "stock" ? s.stated ?? s.period?.end : s.period?.end ?? s.stated) ?? "";

/** "At least one system": a bound that says only that something moved, no amount to give as a flow's figure. */
const onlySome = (q: Quantity) => q.value === null && q.max === null && q.min !== null && q.min <= 1;

/**
 * The latest best figure of a flow: the running total of the latest day (by the day it holds at, not by
 * how many statements there are), the surest and most precise of that day; without running totals, the
 * latest increment. Rates and plans are never a flow's figure, nor "at least one" (onlySome). Exported for tests.
 */
export function latestFigure<T extends FlowStatement>(statements: readonly T[]): T | undefined {
  const usable = statements.filter((s) => s.quantity && affirmed(s) && !onlySome(s.quantity));
  const stocks = usable.filter((s) => statementMeasure(s) === "stock");
  const pool = stocks.length ? stocks : usable.filter((s) => statementMeasure(s) === "increment");
  const rank = (s: T) => CERTAINTY_RANK[s.certainty] ?? 0;
  const precision = (s: T) => (s.quantity!.value !== null ? 2 : s.quantity!.min !== null && s.quantity!.max !== null ? 1 : 0);
  return [...pool].sort((a, b) => figureDay(b).localeCompare(figureDay(a)) || rank(b) - rank(a) || precision(b) - precision(a) || (a.id < b.id ? -1 : 1))[0];
}

/** What `figureSeries` reads of a statement. */
type Figured = Pick<FlowStatement, "quantity" | "measure" | "cumulative" | "certainty" | "period">;

/**
 * The statements a flow's figure is read from, in their order: affirmed figures that say more than "at least
 * one", of the measure the latest figure takes (running totals where there are any, else amounts over a
 * window); never rates, plans or denials. The overview's sparklines draw these, so a line never joins a
 * rate to a total, nor shows a point for a flow that has no figure.
 */
export function figureSeries<T extends Figured>(statements: readonly T[]): T[] {
  const usable = statements.filter((s) => s.quantity && affirmed(s) && !onlySome(s.quantity));
  const stocks = usable.filter((s) => statementMeasure(s) === "stock");
  return stocks.length ? stocks : usable.filter((s) => statementMeasure(s) === "increment");
}

/**
 * Summarises one flow. The latest best figure is the latest running total (never a sum of totals, never
 * a rate or a plan; latestFigure); conflicts are figures of one window that differ.
 */
export function summarizeFlow(statements: readonly FlowStatement[], reports: number): FlowSummary {
  const ordered = timeOrder(statements);
  const first = ordered[0];
  const withFigure = ordered.filter((s) => s.quantity && affirmed(s) && (statementMeasure(s) === "stock" || statementMeasure(s) === "increment"));
  const best = latestFigure(ordered);
  const days = ordered.map((s) => s.stated).filter((d): d is string => !!d);
  return {
    supplier: first.supplier ?? "",
    recipient: first.recipient ?? "",
    item: first.item,
    statements: ordered.length,
    reports,
    independent_sources: independentSources(ordered),
    latest: best ? { statement: best.id, quantity: best.quantity!, stated: best.stated, source: best.source, measure: statementMeasure(best) ?? "stock" } : null,
    first_stated: days[0] ?? null,
    last_stated: days.at(-1) ?? null,
    conflicts: conflicts(withFigure),
  };
}

/** The range a figure allows, rounding tolerance included: "at least 2 million" allows 2 million and more. */
function range(q: Quantity): [number, number] {
  const tol = knowledge.figureTolerance;
  if (q.value !== null) return [q.value * (1 - tol), q.value * (1 + tol)];
  return [q.min ?? -Infinity, q.max ?? Infinity];
}

/** Whether two figures cannot both be true: their ranges do not meet ("6,700" and "4,000"; not "≥3m" and "≥2m"). */
export function contradicts(a: Quantity, b: Quantity): boolean {
  const [alo, ahi] = range(a), [blo, bhi] = range(b);
  return ahi < blo || bhi < alo;
}

/** Groups figures that different sources stated within a few days of each other, in one unit, that cannot both hold. */
export function conflicts(statements: readonly FlowStatement[]): Conflict[] {
  const dated = statements.filter((s) => dayRange(s.stated)).map((s) => ({ s, day: dayRange(s.stated)![0] })).sort((a, b) => a.day - b.day || a.s.id.localeCompare(b.s.id));
  const out: Conflict[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < dated.length; i++) {
    const a = dated[i].s;
    if (seen.has(a.id)) continue;
    const group = [a];
    // Sorted by day: only the next few days are compared, so a flow of thousands stays fast.
    for (let j = i + 1; j < dated.length && dated[j].day - dated[i].day <= knowledge.occasionDays; j++) {
      const b = dated[j].s;
      if (seen.has(b.id) || b.quantity!.unit !== a.quantity!.unit || statementMeasure(b) !== statementMeasure(a)) continue;
      // Another source's figure: one source's several figures of a day are a breakdown, not a conflict.
      if (group.every((g) => g.source_key !== b.source_key && contradicts(g.quantity!, b.quantity!))) group.push(b);
    }
    if (group.length < 2) continue;
    for (const g of group) seen.add(g.id);
    out.push({
      stated: a.stated,
      unit: a.quantity!.unit,
      figures: group.map((g) => ({ statement: g.id, quantity: g.quantity!, stated: g.stated, source: g.source })),
    });
  }
  return out;
}

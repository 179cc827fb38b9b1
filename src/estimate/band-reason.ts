/**
 * Why a flow's estimate band leaves stated figures outside it. A chart that draws the band over the
 * statements shows figures above or below it; a reader who sees that deserves the reason on the chart,
 * not a guess: an amount over a window sits below a running total by nature, a rate or a plan is never
 * added to a flow, a denied figure is not drawn, and a running total the other figures contradict is
 * held to what they prove.
 *
 * `bandOutside(curve, statements)` → `{above: 1, below: 3, reasons: [...], note: "The band leaves 4
 * stated figures outside it (1 above, 3 below): 3 are amounts over a window ...; 1 is a rate ..."}`,
 * or null when every stated figure of the curve's unit touches the band.
 */
import type { Statement } from "../core/ledger.js";
import { statementMeasure } from "../link/figure-measure.js";
import type { FlowCurve } from "./estimate-flow-curve.js";
import { endOf } from "./read-figures.js";

export type Side = "above" | "below";

export interface OutsideReason {
  /** A key for the kind of reason (stable, for programs): window, rate, plan, possible, negative, earlier-higher, later-lower, spread. */
  readonly kind: string;
  /** The reason in words, for one figure or several. */
  readonly why: string;
  readonly statements: readonly string[];
  readonly above: number;
  readonly below: number;
}

export interface BandOutside {
  readonly unit: string | null;
  readonly above: number;
  readonly below: number;
  /** The statements outside, each with its side. */
  readonly statements: readonly { readonly statement: string; readonly side: Side; readonly kind: string }[];
  readonly reasons: readonly OutsideReason[];
  /** One sentence the chart can print as it is. */
  readonly note: string;
}

/** Words for each kind of reason: [one figure, several]. */
const WHY: Record<string, [string, string]> = {
  window: ["is an amount over a window, not a running total: the band adds such amounts up", "are amounts over a window, not running totals: the band adds such amounts up"],
  rate: ["is a rate or share, never added to a flow", "are rates or shares, never added to a flow"],
  plan: ["is a plan, target or ceiling, not a transfer made", "are plans, targets or ceilings, not transfers made"],
  possible: ["is only possible: listed, not drawn into the band", "are only possible: listed, not drawn into the band"],
  negative: ["is denied or doubted: no figure in the band", "are denied or doubted: no figure in the band"],
  "earlier-higher": ["is a running total below what earlier figures already prove: the band keeps to at least that, since a flow's total never falls", "are running totals below what earlier figures already prove: the band keeps to at least that, since a flow's total never falls"],
  "later-lower": ["is a running total above what later figures allow: a later total caps every earlier day", "are running totals above what later figures allow: a later total caps every earlier day"],
  spread: ["lies just outside the band's spread for figures of its kind", "lie just outside the band's spread for figures of their kind"],
};

/** Room for rounding: a figure within 0.5 % of the band's edge touches it. */
const SLACK = 0.005;

const time = (day: string): number => Date.parse(endOf(day) ?? day);

/** The band at a day, read between the curve's points (a straight line between two points); null outside their span. */
function bandAt(points: FlowCurve["points"], t: number): { low: number; high: number } | null {
  if (points.length === 0) return null;
  const ts = points.map((p) => time(p.date));
  if (t < ts[0] || t > ts[ts.length - 1]) {
    // A figure of the last point's month or year is still read against it.
    const last = points.length - 1;
    if (t > ts[last] && t - ts[last] < 31 * 86_400_000) return points[last];
    return null;
  }
  const j = ts.findIndex((x) => x >= t);
  if (ts[j] === t || j === 0) return points[j];
  const f = (t - ts[j - 1]) / (ts[j] - ts[j - 1]);
  const a = points[j - 1];
  const b = points[j];
  return { low: a.low + f * (b.low - a.low), high: a.high + f * (b.high - a.high) };
}

function kindOf(s: Statement, side: Side): string {
  if (s.certainty === "denied" || s.certainty === "doubted") return "negative";
  const measure = statementMeasure(s);
  if (measure === "rate") return "rate";
  if (measure === "plan") return s.certainty === "possible" ? "possible" : "plan";
  if (s.certainty === "possible") return "possible";
  if (measure === "increment" && side === "below") return "window";
  // A running total outside the band: earlier figures prove more (below), or later ones hold it to less (above).
  if (measure === "stock") return side === "below" ? "earlier-higher" : "later-lower";
  return "spread";
}

/** What lies outside one curve's band, and why; null when nothing does. */
export function bandOutside(curve: FlowCurve, statements: readonly Statement[]): BandOutside | null {
  if (!curve.unit || curve.points.length < 2) return null;
  const out: { statement: string; side: Side; kind: string }[] = [];
  for (const s of statements) {
    const q = s.quantity;
    const day = s.stated ?? s.period?.end ?? s.period?.start ?? null;
    if (!q || q.unit !== curve.unit || !day) continue;
    const band = bandAt(curve.points, time(day));
    if (!band) continue;
    const low = q.value ?? q.min;
    const high = q.value ?? q.max;
    let side: Side | null = null;
    if (low !== null && low > band.high * (1 + SLACK)) side = "above";
    else if (high !== null && high < band.low * (1 - SLACK)) side = "below";
    if (side) out.push({ statement: s.id, side, kind: kindOf(s, side) });
  }
  if (out.length === 0) return null;
  const kinds = [...new Set(out.map((o) => o.kind))];
  const reasons = kinds.map((kind) => {
    const mine = out.filter((o) => o.kind === kind);
    return {
      kind, why: WHY[kind][mine.length === 1 ? 0 : 1], statements: mine.map((o) => o.statement),
      above: mine.filter((o) => o.side === "above").length, below: mine.filter((o) => o.side === "below").length,
    };
  }).sort((a, b) => b.statements.length - a.statements.length);
  const above = out.filter((o) => o.side === "above").length;
  const below = out.length - above;
  const sides = above && below ? `${above} above, ${below} below` : above ? "above it" : "below it";
  const figures = `${out.length} stated figure${out.length === 1 ? "" : "s"}`;
  const head = above && below ? `The band leaves ${figures} outside it (${sides})` : `The band leaves ${figures} ${sides}`;
  const note = `${head}: ${reasons.map((r) => `${r.statements.length === out.length && out.length > 1 ? "all" : r.statements.length} ${r.why}`).join("; ")}.`;
  return { unit: curve.unit, above, below, statements: out, reasons, note };
}

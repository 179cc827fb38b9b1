// One flow's statements over time for one unit: point figures as dots, bounds as bars, the estimate
// band behind them, coloured by source. Every mark is a link to its statement.
import { scaleLinear, scaleLog, scaleUtc } from "d3-scale";
import { area, curveMonotoneX } from "d3-shape";
import type { Statement } from "../api.js";
import { svg } from "../dom.js";
import { figure, num, sourceKey, sourceLabel, toDate, when } from "../format.js";

export interface BandPoint { readonly t: number; readonly low: number; readonly high: number; readonly mid: number | null }

const H = 300;

const pick = (o: Record<string, unknown>, keys: string[]): unknown => keys.map((k) => o[k]).find((v) => v !== undefined && v !== null);

/**
 * Reads an estimate curve whatever its exact shape: a list (or `points`, `curve`, `band`, `series`) of
 * objects with a day and low/high quantiles. Anything else gives no band.
 */
export function bandOf(estimate: unknown, unit: string): BandPoint[] {
  if (!estimate || typeof estimate !== "object") return [];
  // A list of curves, one per unit: take this unit's.
  if (Array.isArray(estimate) && estimate.some((c) => c && typeof c === "object" && "points" in c)) {
    return bandOf(estimate.find((c) => (c as { unit?: string }).unit === unit) ?? null, unit);
  }
  const e = estimate as Record<string, unknown>;
  if (typeof e.unit === "string" && e.unit !== unit) return [];
  const list = Array.isArray(estimate) ? estimate : (pick(e, ["points", "curve", "band", "series"]) as unknown);
  if (!Array.isArray(list)) return [];
  const out: BandPoint[] = [];
  for (const p of list as Record<string, unknown>[]) {
    if (!p || typeof p !== "object") continue;
    const day = pick(p, ["date", "day", "at", "t", "stated", "end"]);
    const low = pick(p, ["low", "lo", "p5", "p05", "q05", "p10", "min"]);
    const high = pick(p, ["high", "hi", "p95", "q95", "p90", "max"]);
    const mid = pick(p, ["median", "p50", "mid", "value", "mean"]);
    if (typeof day !== "string" || typeof low !== "number" || typeof high !== "number") continue;
    if (typeof p.unit === "string" && p.unit !== unit) continue;
    out.push({ t: toDate(day).getTime(), low, high, mid: typeof mid === "number" ? mid : null });
  }
  return out.sort((a, b) => a.t - b.t);
}

/** `width` is the room on the page, so that labels keep their size on a phone. */
export function timeline(statements: readonly Statement[], unit: string, colour: (key: string) => string, band: readonly BandPoint[], width = 1000): SVGSVGElement {
  const W = Math.max(320, Math.min(1200, Math.round(width)));
  const M = { top: 14, right: 16, bottom: 28, left: W < 500 ? 44 : 64 };
  const placed = statements
    .filter((s) => s.quantity?.unit === unit && when(s))
    .map((s) => ({ s, t: toDate(when(s)!).getTime(), q: s.quantity! }));
  const times = [...placed.map((p) => p.t), ...band.map((b) => b.t)];
  const values = [...placed.flatMap((p) => [p.q.value, p.q.min, p.q.max]), ...band.flatMap((b) => [b.low, b.high])].filter((v): v is number => v !== null && v > 0);
  const t0 = Math.min(...times);
  const t1 = Math.max(...times);
  const pad = Math.max((t1 - t0) * 0.05, 15 * 864e5);
  const x = scaleUtc().domain([t0 - pad, t1 + pad]).range([M.left, W - M.right]);
  const top = Math.max(...values, 1) * 1.15;
  const bottom = Math.min(...values, top);
  // Figures that span orders of magnitude (dozens to millions) read on a log scale.
  const y = top / Math.max(bottom, 1) > 200
    ? scaleLog().domain([Math.max(bottom / 2, 1), top]).range([H - M.bottom, M.top]).clamp(true)
    : scaleLinear().domain([0, top]).range([H - M.bottom, M.top]).nice();
  const [yLow, yHigh] = y.range();

  const chart = svg("svg", { viewBox: `0 0 ${W} ${H}`, class: "timeline", role: "group", "aria-label": `Figures over time, in ${unit}` });
  chart.append(svg("g", { class: "axis" },
    y.ticks(5).map((v) => svg("g", null,
      svg("line", { x1: M.left, x2: W - M.right, y1: y(v), y2: y(v), class: "grid" }),
      svg("text", { x: M.left - 6, y: y(v) + 4, "text-anchor": "end" }, num(v, true)))),
    x.ticks(W < 500 ? 3 : 6).map((d) => svg("text", { x: x(d), y: H - 8, "text-anchor": "middle" }, d.toISOString().slice(0, 7)))));
  if (band.length > 1) {
    const shape = area<BandPoint>().x((b) => x(b.t)).y0((b) => y(Math.max(b.low, 1e-9))).y1((b) => y(b.high)).curve(curveMonotoneX);
    chart.append(svg("path", { d: shape(band) ?? "", class: "band" }, svg("title", null, "estimate band")));
  }
  // Statements on the same day stand side by side, not on top of each other.
  const sameDay = new Map<number, number>();
  for (const p of placed) {
    const nth = sameDay.get(p.t) ?? 0;
    sameDay.set(p.t, nth + 1);
    const cx = x(p.t) + nth * 13;
    const c = colour(sourceKey(p.s.source));
    const label = `${figure(p.q)} on ${when(p.s)}, ${sourceLabel(p.s.source)}, ${p.s.certainty}`;
    const mark = svg("a", { href: `/statements/${encodeURIComponent(p.s.id)}`, class: "mark", "aria-label": label, "data-statement": p.s.id }, svg("title", null, label));
    if (p.q.value !== null) {
      mark.append(svg("circle", { cx, cy: y(p.q.value), r: 6, fill: p.s.cumulative ? c : "#fff", stroke: c, "stroke-width": 2.5 }));
    } else {
      const lo = p.q.min !== null ? y(p.q.min) : yLow;
      const hi = p.q.max !== null ? y(p.q.max) : yHigh;
      mark.append(svg("rect", { x: cx - 4, y: Math.min(lo, hi), width: 8, height: Math.max(Math.abs(lo - hi), 3), fill: c, "fill-opacity": 0.35, stroke: c, "stroke-width": 2, ...(p.q.max === null || p.q.min === null ? { "stroke-dasharray": "3 2" } : {}) }));
    }
    chart.append(mark);
  }
  return chart;
}

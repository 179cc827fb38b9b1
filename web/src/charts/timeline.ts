// One flow's statements over time for one unit: running totals, amounts over a window and rates each
// drawn their own way, bounds as bars, open bounds as a tick with an arrow, the estimate band behind them
// (with the reason it leaves stated figures outside, on the chart), coloured by source. Every mark is a
// link to its statement; dragging across the chart narrows the dates (a brush).
import { scaleLinear, scaleLog, scaleUtc, type ScaleTime } from "d3-scale";
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

/** What the band leaves outside and why (the API's `outside` of this unit's curve): the sentence and the statements. */
export interface BandNote { readonly note: string; readonly sides: ReadonlyMap<string, "above" | "below"> }

export function bandNoteOf(estimate: unknown, unit: string): BandNote | null {
  if (!Array.isArray(estimate)) return null;
  const curve = estimate.find((c) => c && typeof c === "object" && (c as { unit?: unknown }).unit === unit) as { outside?: unknown } | undefined;
  const o = curve?.outside as { note?: unknown; statements?: unknown } | null | undefined;
  if (!o || typeof o.note !== "string" || !Array.isArray(o.statements)) return null;
  const sides = new Map<string, "above" | "below">();
  for (const e of o.statements as { statement?: unknown; side?: unknown }[]) {
    if (e && typeof e.statement === "string" && (e.side === "above" || e.side === "below")) sides.set(e.statement, e.side);
  }
  return { note: o.note, sides };
}

export interface TimelineOptions {
  /** A logarithmic value axis, by the reader's choice only (marked "log scale" on the chart). */
  readonly log?: boolean;
  /** Source keys the reader switched off. */
  readonly hidden?: ReadonlySet<string>;
  /** Only statements stated in [from, to] (days, inclusive). */
  readonly from?: string | null;
  readonly to?: string | null;
  /** Why the band leaves figures outside: flagged on the chart, and those marks ringed. */
  readonly bandNote?: BandNote | null;
  /** Called with the days a drag across the chart covers (the brush). */
  readonly onBrush?: (from: string, to: string) => void;
}

/** Keeps ticks whose labels stay `gap` pixels apart (and drops repeated labels). */
export function thinTicks<T>(ticks: readonly T[], at: (t: T) => number, label: (t: T) => string, gap: number): T[] {
  const kept: T[] = [];
  let last = -Infinity;
  let lastLabel = "";
  for (const t of [...ticks].sort((a, b) => at(a) - at(b))) {
    const p = at(t);
    const l = label(t);
    if (p - last < gap || l === lastLabel) continue;
    kept.push(t);
    last = p;
    lastLabel = l;
  }
  return kept;
}

const MEASURE_OF = (s: Statement) => s.measure ?? (s.cumulative ? "stock" : "increment");

/**
 * `width` is the room on the page, so that labels keep their size on a phone. The value axis is linear
 * from zero unless the reader asks for log; a running total is a filled dot, an amount over a window a
 * hollow one, a rate a diamond, a plan a dashed ring.
 */
export function timeline(statements: readonly Statement[], unit: string, colour: (key: string) => string, band: readonly BandPoint[], width = 1000, options: TimelineOptions = {}): SVGSVGElement {
  const W = Math.max(300, Math.min(1200, Math.round(width)));
  const M = { top: 18, right: 16, bottom: 28, left: W < 500 ? 48 : 64 };
  const inRange = (day: string) => (!options.from || day >= options.from) && (!options.to || day.slice(0, options.to.length) <= options.to);
  const placed = statements
    .filter((s) => s.quantity?.unit === unit && when(s) && inRange(when(s)!) && !options.hidden?.has(sourceKey(s.source)))
    // An amount over a window stands at the window's end (where the estimate counts it), a total on the day told.
    .map((s) => ({ s, t: toDate(MEASURE_OF(s) === "increment" && s.period?.end ? s.period.end : when(s)!).getTime(), q: s.quantity! }));
  const shownBand = band.filter((b) => (!options.from || b.t >= toDate(options.from).getTime()) && (!options.to || b.t <= toDate(options.to).getTime() + 864e5));
  const times = [...placed.map((p) => p.t), ...shownBand.map((b) => b.t)];
  const values = [...placed.flatMap((p) => [p.q.value, p.q.min, p.q.max]), ...shownBand.flatMap((b) => [b.low, b.high])].filter((v): v is number => v !== null && v > 0);
  const t0 = times.length ? Math.min(...times) : Date.now();
  const t1 = times.length ? Math.max(...times) : Date.now();
  const pad = Math.max((t1 - t0) * 0.05, 15 * 864e5);
  const x = scaleUtc().domain([t0 - pad, t1 + pad]).range([M.left, W - M.right]);
  const top = Math.max(...values, 1) * 1.15;
  const bottom = Math.min(...values, top);
  const log = options.log === true;
  const y = log
    ? scaleLog().domain([Math.max(bottom / 2, 1), top]).range([H - M.bottom, M.top]).clamp(true)
    : scaleLinear().domain([0, top]).range([H - M.bottom, M.top]).nice();
  const [yLow, yHigh] = y.range();
  const yLabel = (v: number) => num(v, true);
  // Log ticks: powers of ten (and 2 and 5 between them when there are few decades), never 1..9 piled up.
  const rawY = log ? (y.ticks(6) as number[]).filter((v) => /^[125]$/.test(String(v / 10 ** Math.floor(Math.log10(v) + 1e-9)))) : (y.ticks(5) as number[]);
  const yTicks = thinTicks(rawY, (v) => -y(v), yLabel, 16);
  const xLabel = (d: Date) => d.toISOString().slice(0, 7);
  const xTicks = thinTicks(x.ticks(W < 500 ? 3 : 7), (d) => x(d), xLabel, 64);

  const chart = svg("svg", { viewBox: `0 0 ${W} ${H}`, class: `timeline${log ? " log" : ""}`, role: "group", "aria-label": `Figures over time, in ${unit}${log ? ", on a logarithmic scale" : ""}`, "data-scale": log ? "log" : "linear" });
  chart.append(svg("g", { class: "axis y-axis" },
    yTicks.map((v) => svg("g", null,
      svg("line", { x1: M.left, x2: W - M.right, y1: y(v), y2: y(v), class: "grid" }),
      svg("text", { x: M.left - 6, y: y(v) + 4, "text-anchor": "end", class: "tick" }, yLabel(v))))));
  chart.append(svg("g", { class: "axis x-axis" },
    xTicks.map((d) => svg("text", { x: x(d), y: H - 8, "text-anchor": "middle", class: "tick" }, xLabel(d)))));
  if (log) chart.append(svg("text", { x: M.left + 4, y: 12, class: "scale-note" }, "logarithmic scale: equal steps are equal ratios"));
  if (shownBand.length > 1) {
    const shape = area<BandPoint>().x((b) => x(b.t)).y0((b) => y(Math.max(b.low, log ? 1 : 0))).y1((b) => y(b.high)).curve(curveMonotoneX);
    chart.append(svg("path", { d: shape(shownBand) ?? "", class: "band" }, svg("title", null, "estimate band")));
  }
  // The brush's ground: below the marks (they stay links), above the band.
  if (options.onBrush) chart.append(svg("rect", { x: M.left, y: M.top, width: W - M.left - M.right, height: H - M.top - M.bottom, class: "brush-area", fill: "transparent" }));
  // Statements on the same day stand side by side, not on top of each other.
  const sameDay = new Map<number, number>();
  for (const p of placed) {
    const nth = sameDay.get(p.t) ?? 0;
    sameDay.set(p.t, nth + 1);
    const cx = x(p.t) + nth * 13;
    const c = colour(sourceKey(p.s.source));
    const measure = MEASURE_OF(p.s);
    const label = `${figure(p.q)} on ${when(p.s)}, ${sourceLabel(p.s.source)}, ${p.s.certainty}${measure === "stock" ? ", running total" : measure === "increment" ? "" : `, ${measure}`}`;
    const mark = svg("a", { href: `/statements/${encodeURIComponent(p.s.id)}`, class: `mark m-${measure}`, "aria-label": label, "data-statement": p.s.id, "data-source": sourceKey(p.s.source), "data-day": when(p.s)! }, svg("title", null, label));
    const outside = options.bandNote?.sides.get(p.s.id);
    if (outside) {
      mark.classList.add("outside");
      mark.setAttribute("data-outside", outside);
    }
    if (p.q.value !== null) {
      const cy = y(p.q.value);
      // An amount over a window: a line across its window, ending at the hollow dot.
      if (measure === "increment" && p.s.period?.start) {
        const x0 = Math.max(M.left, x(toDate(p.s.period.start).getTime()));
        if (cx - x0 > 3) mark.append(svg("line", { x1: x0, x2: cx, y1: cy, y2: cy, stroke: c, "stroke-width": 2, "stroke-opacity": 0.6, class: "window" }), svg("line", { x1: x0, x2: x0, y1: cy - 4, y2: cy + 4, stroke: c, "stroke-width": 2, "stroke-opacity": 0.6 }));
      }
      if (outside) mark.append(svg("circle", { cx, cy, r: 10, fill: "none", stroke: "#8a1c12", "stroke-width": 1.5, class: "outside-ring" }));
      if (measure === "rate") mark.append(svg("path", { d: `M${cx},${cy - 7} L${cx + 7},${cy} L${cx},${cy + 7} L${cx - 7},${cy} Z`, fill: c, stroke: c, "stroke-width": 1.5 }));
      else mark.append(svg("circle", { cx, cy, r: 6, fill: measure === "stock" ? c : "#fff", stroke: c, "stroke-width": 2.5, ...(measure === "plan" ? { "stroke-dasharray": "3 2" } : {}) }));
    } else if (p.q.min !== null && p.q.max !== null) {
      const lo = y(p.q.min);
      const hi = y(p.q.max);
      mark.append(svg("rect", { x: cx - 4, y: Math.min(lo, hi), width: 8, height: Math.max(Math.abs(lo - hi), 3), fill: c, "fill-opacity": 0.35, stroke: c, "stroke-width": 2 }));
    } else {
      // An open bound ("at least N", "up to N"): a tick at N and an arrow the way the figure may go, never a bar to the edge.
      const up = p.q.min !== null;
      const cy = y((up ? p.q.min : p.q.max)!);
      const tip = up ? Math.max(yHigh, cy - 22) : Math.min(yLow, cy + 22);
      const head = up ? 5 : -5;
      mark.classList.add(up ? "open-up" : "open-down");
      mark.append(
        svg("line", { x1: cx - 7, x2: cx + 7, y1: cy, y2: cy, stroke: c, "stroke-width": 3 }),
        svg("line", { x1: cx, x2: cx, y1: cy, y2: tip, stroke: c, "stroke-width": 2 }),
        svg("path", { d: `M${cx - 5},${tip + head} L${cx},${tip} L${cx + 5},${tip + head}`, fill: "none", stroke: c, "stroke-width": 2 }),
        // A wider, invisible target, so the small mark is easy to click.
        svg("rect", { x: cx - 8, y: Math.min(cy, tip) - 2, width: 16, height: Math.abs(cy - tip) + 6, fill: "transparent" }));
    }
    chart.append(mark);
  }
  const flagged = placed.filter((p) => options.bandNote?.sides.has(p.s.id)).length;
  if (flagged > 0 && shownBand.length > 1) {
    chart.append(svg("text", { x: W - M.right - 4, y: log && W < 700 ? 26 : 12, "text-anchor": "end", class: "band-flag" }, `${flagged} figure${flagged === 1 ? "" : "s"} outside the band (ringed): why below`));
  }
  if (options.onBrush) brush(chart, x, W, M, options.onBrush);
  if (placed.length === 0) chart.append(svg("text", { x: W / 2, y: H / 2, "text-anchor": "middle", class: "scale-note" }, "No figure in this range or from the sources shown."));
  return chart;
}

/**
 * Dragging across the plot selects a span of days: a shaded strip follows the pointer, and letting go
 * calls `done(from, to)` (a drag shorter than 6 px is a click, and Escape cancels). Starts anywhere but
 * on a mark, so every mark stays a link.
 */
function brush(chart: SVGSVGElement, x: ScaleTime<number, number>, W: number, M: { top: number; bottom: number; left: number; right: number }, done: (from: string, to: string) => void): void {
  const strip = svg("rect", { x: 0, y: M.top, width: 0, height: H - M.top - M.bottom, class: "brush", visibility: "hidden" });
  chart.append(strip);
  chart.classList.add("brushable");
  let start: number | null = null;
  let moved = false;
  const at = (e: PointerEvent) => {
    const r = chart.getBoundingClientRect();
    return Math.min(W - M.right, Math.max(M.left, ((e.clientX - r.left) * W) / Math.max(r.width, 1)));
  };
  const day = (px: number) => x.invert(px).toISOString().slice(0, 10);
  const stop = () => {
    start = null;
    strip.setAttribute("visibility", "hidden");
  };
  chart.addEventListener("pointerdown", (e) => {
    if (e.button !== 0 || (e.target as Element).closest("a")) return;
    start = at(e);
    moved = false;
    chart.setPointerCapture(e.pointerId);
    e.preventDefault();
  });
  chart.addEventListener("pointermove", (e) => {
    if (start === null) return;
    const now = at(e);
    if (Math.abs(now - start) >= 6) moved = true;
    strip.setAttribute("x", String(Math.min(start, now)));
    strip.setAttribute("width", String(Math.abs(now - start)));
    strip.setAttribute("visibility", moved ? "visible" : "hidden");
  });
  chart.addEventListener("pointerup", (e) => {
    if (start === null) return;
    const [a, b] = [start, at(e)].sort((p, q) => p - q);
    const was = moved;
    stop();
    if (was) done(day(a), day(b));
  });
  chart.addEventListener("pointercancel", stop);
  chart.addEventListener("keydown", (e) => {
    if (e.key === "Escape") stop();
  });
  // A drag that ends on a mark is no click on it.
  chart.addEventListener("click", (e) => {
    if (moved) {
      e.preventDefault();
      e.stopPropagation();
      moved = false;
    }
  }, true);
}

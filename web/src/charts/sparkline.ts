// A flow's figures over time, small enough for a table row: one unit to an axis (never rounds and
// containers on one line), the unit of the flow's latest figure unless told otherwise.
// Two straight scales need no charting library: the overview draws its sparklines without one.
import type { SparkPoint } from "../api.js";
import { svg } from "../dom.js";
import { toDate } from "../format.js";

/** The points of one unit; points without a unit (an older server) pass only when no point has one. */
export function pointsOfUnit(points: readonly SparkPoint[] | undefined, unit: string | null): [string, number][] {
  const list = points ?? [];
  const anyUnit = list.some((p) => p.length > 2);
  const chosen = unit ?? mostCommonUnit(list);
  return list.filter((p) => (anyUnit ? p[2] === chosen : true)).map((p) => [p[0], p[1]]);
}

function mostCommonUnit(points: readonly SparkPoint[]): string | null {
  const counts = new Map<string, number>();
  for (const p of points) if (p[2]) counts.set(p[2], (counts.get(p[2]) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

export function sparkline(points: readonly SparkPoint[] | undefined, colour = "#0072B2", unit: string | null = null): SVGSVGElement {
  const w = 120;
  const hgt = 28;
  const pts = pointsOfUnit(points, unit).map(([d, v]) => [toDate(d).getTime(), v] as const).sort((a, b) => a[0] - b[0]);
  const out = svg("svg", { viewBox: `0 0 ${w} ${hgt}`, width: w, height: hgt, class: "sparkline", "aria-hidden": "true", "data-unit": unit ?? "", "data-points": pts.length });
  if (pts.length === 0) return out;
  const times = pts.map((p) => p[0]);
  const [t0, t1] = [Math.min(...times), Math.max(...times)];
  const top = Math.max(...pts.map((p) => p[1])) || 1;
  const x = (t: number) => (t1 > t0 ? 3 + ((t - t0) / (t1 - t0)) * (w - 6) : w / 2);
  const y = (v: number) => hgt - 3 - (v / top) * (hgt - 6);
  if (pts.length > 1) out.append(svg("path", { d: pts.map((p, i) => `${i ? "L" : "M"}${x(p[0]).toFixed(1)},${y(p[1]).toFixed(1)}`).join(""), fill: "none", stroke: colour, "stroke-width": 1.5 }));
  for (const p of pts) out.append(svg("circle", { cx: pts.length > 1 ? x(p[0]) : w / 2, cy: y(p[1]), r: 2, fill: colour }));
  return out;
}

// A flow's figures over time, small enough for a table row.
import { scaleLinear, scaleUtc } from "d3-scale";
import { line } from "d3-shape";
import { svg } from "../dom.js";
import { toDate } from "../format.js";

export function sparkline(points: readonly [string, number][] | undefined, colour = "#0072B2"): SVGSVGElement {
  const w = 120;
  const hgt = 28;
  const pts = (points ?? []).map(([d, v]) => [toDate(d).getTime(), v] as const).sort((a, b) => a[0] - b[0]);
  const out = svg("svg", { viewBox: `0 0 ${w} ${hgt}`, width: w, height: hgt, class: "sparkline", "aria-hidden": "true" });
  if (pts.length === 0) return out;
  const times = pts.map((p) => p[0]);
  const x = scaleUtc().domain([Math.min(...times), Math.max(...times)]).range([3, w - 3]);
  const y = scaleLinear().domain([0, Math.max(...pts.map((p) => p[1])) || 1]).range([hgt - 3, 3]);
  if (pts.length > 1) out.append(svg("path", { d: line<readonly [number, number]>().x((p) => x(p[0])).y((p) => y(p[1]))(pts) ?? "", fill: "none", stroke: colour, "stroke-width": 1.5 }));
  for (const p of pts) out.append(svg("circle", { cx: pts.length > 1 ? x(p[0]) : w / 2, cy: y(p[1]), r: 2, fill: colour }));
  return out;
}

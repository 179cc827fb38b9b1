// The overview map, drawn offline: Natural Earth countries (world-atlas), projected at build time
// (web/vite.config.ts) and framed here with d3-geo, flows as curved arrows from supplier to recipient,
// weighted by their latest figures.
import { geoNaturalEarth1 } from "d3-geo";
import world from "virtual:world-paths";
import type { Flow } from "../api.js";
import { svg } from "../dom.js";
import { FAMILIES, familyOf } from "../families.js";
import { figure, flowPath, itemLabel, stateName } from "../format.js";
import { placeLabels, type Wanted } from "./map-labels.js";
import { widths } from "./map-weights.js";

export { FAMILIES, familyOf } from "../families.js";
export { unitClass, widths } from "./map-weights.js";

const centres = new Map(Object.entries(world.centres));

/** A generous average width of a label's character, in ems (the labels are 11 px: style.css .map-label; the counts bold). */
const LABEL_EM = 0.62;
const COUNT_EM = 0.68;
const LABEL_PX = 11;
/** A label's box is this high, with the white halo around its glyphs. */
const LABEL_H = 14;

/** The projection that frames the states the flows join, with room around them (at least ~40 degrees). */
function framing(points: [number, number][], WIDTH: number, HEIGHT: number) {
  const projection = geoNaturalEarth1();
  if (points.length === 0) return projection.fitExtent([[4, 4], [WIDTH - 4, HEIGHT - 4]], { type: "Sphere" });
  const lons = points.map((p) => p[0]);
  const lats = points.map((p) => p[1]);
  const [cx, cy] = [(Math.min(...lons) + Math.max(...lons)) / 2, (Math.min(...lats) + Math.max(...lats)) / 2];
  const frame: [number, number][] = [...points, [cx - 25, cy - 12], [cx + 25, cy + 12]];
  const pad = Math.round(WIDTH / 14);
  return projection.fitExtent([[pad, pad / 2 + 10], [WIDTH - pad, HEIGHT - pad / 2]], { type: "MultiPoint", coordinates: frame });
}

/**
 * The map: one arrow per supplier and recipient (merged, so arrows between two states never pile up),
 * as wide as its heaviest flow and in the colour of that flow's family; an arrow that stands for several
 * flows says how many, and leads to the supplier's page, where they are listed by item.
 */
export function flowMap(flows: readonly Flow[], width = 960): SVGSVGElement {
  // Drawn at the size it is shown, so labels stay readable on a phone.
  const WIDTH = Math.max(300, Math.min(960, Math.round(width)));
  const HEIGHT = Math.round(WIDTH * 0.52);
  const weight = widths(flows);
  const involved = new Set(flows.flatMap((f) => [f.supplier, f.recipient]));
  const projection = framing([...involved].map((a3) => centres.get(a3)).filter((p): p is [number, number] => !!p), WIDTH, HEIGHT);
  // The countries were projected at build time at world.scale around 0,0: the frame only scales and moves them.
  const k = projection.scale() / world.scale;
  const [tx, ty] = projection.translate();
  const at = (a3: string) => {
    const c = centres.get(a3);
    return c ? projection(c) ?? null : null;
  };
  const groups = new Map<string, Flow[]>();
  for (const f of flows) {
    const key = `${f.supplier}>${f.recipient}`;
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  const markers = FAMILIES.map((fam, i) => svg("marker", { id: `head-${i}`, viewBox: "0 0 10 10", refX: 8, refY: 5, markerWidth: 4, markerHeight: 4, orient: "auto-start-reverse", markerUnits: "strokeWidth" },
    svg("path", { d: "M0,0 L10,5 L0,10 z", fill: fam.colour })));
  const counts: SVGElement[] = [];
  const countsWanted: Wanted[] = [];
  const arrows = [...groups.values()].map((group) => {
    const top = group.reduce((x, y) => (weight.get(y)! > weight.get(x)! ? y : x));
    const a = at(top.supplier);
    const b = at(top.recipient);
    if (!a || !b) return null;
    // The two directions between a pair bow to opposite sides, so both stay visible.
    const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
    const bow = 0.18;
    const c = [a[0] + dx / 2 + dy * bow, a[1] + dy / 2 - dx * bow];
    const fam = familyOf(top.item);
    const lines = group.map((f) => `${itemLabel(f.item)}: ${f.latest ? figure(f.latest.quantity) : "no figure"}`);
    const label = `${stateName(top.supplier)} to ${stateName(top.recipient)}, ${group.length} flow${group.length === 1 ? "" : "s"}: ${lines.join("; ")}`;
    const href = group.length === 1 ? flowPath(top)! : `/states/${top.supplier}`;
    if (group.length > 1) {
      // Along the arrow, from its middle outwards, then a little to either side of it: the first place no other word covers.
      const text = `${group.length} flows`;
      const along = (t: number): [number, number] => [(1 - t) ** 2 * a[0] + 2 * (1 - t) * t * c[0] + t * t * b[0], (1 - t) ** 2 * a[1] + 2 * (1 - t) * t * c[1] + t * t * b[1]];
      const length = Math.hypot(dx, dy) || 1;
      const [nx, ny] = [-dy / length, dx / length];
      const at: [number, number][] = [];
      for (const side of [0, 13, -13, 24, -24]) {
        for (const t of [0.5, 0.4, 0.6, 0.3, 0.7, 0.22, 0.78]) {
          const [x, y] = along(t);
          at.push([x + nx * side, y + ny * side + 4]);
        }
      }
      countsWanted.push({ w: text.length * COUNT_EM * LABEL_PX + 4, h: LABEL_H, at });
      // In its arrow's colour, so that two counts between the same two states tell which way each goes.
      counts.push(svg("text", { class: "map-count", "text-anchor": "middle", style: `fill:${fam.colour}` }, text));
    }
    return svg("a", { href, class: "arrow", "aria-label": label, "data-flows": group.length },
      svg("title", null, label),
      svg("path", {
        d: `M${a[0]},${a[1]} Q${c[0]},${c[1]} ${b[0]},${b[1]}`, fill: "none", stroke: fam.colour, "stroke-opacity": 0.75,
        "stroke-width": weight.get(top)!.toFixed(1), "stroke-linecap": "round", "marker-end": `url(#head-${FAMILIES.indexOf(fam)})`,
        ...(top.latest ? {} : { "stroke-dasharray": "4 4" }),
      }));
  });
  // The states' names first (above the state, else below, beside, or further off), then the counts of flows;
  // no word covers another, at any width.
  const named = [...involved].map((a3) => [a3, at(a3)] as const).filter((x): x is readonly [string, [number, number]] => !!x[1]);
  const labelsWanted: Wanted[] = named.map(([a3, p]) => {
    // Kept inside the frame: a state near its edge has its name moved in, never cut ("North Kore").
    const w = stateName(a3).length * LABEL_EM * LABEL_PX + 6;
    const x = Math.min(Math.max(p[0], w / 2), WIDTH - w / 2);
    const right = Math.min(p[0] + w / 2 + 6, WIDTH - w / 2);
    const left = Math.max(p[0] - w / 2 - 6, w / 2);
    return { w, h: LABEL_H, at: [[x, Math.max(p[1] - 7, 12)], [x, p[1] + 16], [right, p[1] + 4], [left, p[1] + 4], [x, p[1] - 20], [x, p[1] + 29]] };
  });
  const placed = placeLabels([...labelsWanted, ...countsWanted], WIDTH, HEIGHT);
  const labels = named.map(([a3], i) => svg("text", { x: placed[i][0].toFixed(1), y: placed[i][1].toFixed(1), class: "map-label", "text-anchor": "middle" }, stateName(a3)));
  counts.forEach((t, i) => {
    const [x, y] = placed[named.length + i];
    t.setAttribute("x", x.toFixed(1));
    t.setAttribute("y", y.toFixed(1));
  });
  return svg("svg", { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, class: "map", role: "group", "aria-label": "Map of the flows between states" },
    svg("defs", null, svg("clipPath", { id: "frame" }, svg("rect", { width: WIDTH, height: HEIGHT })), markers),
    svg("g", { class: "countries", "clip-path": "url(#frame)" }, svg("g", { transform: `translate(${tx.toFixed(1)},${ty.toFixed(1)}) scale(${k.toFixed(5)})` },
      // Two paths, not one per country: the states the flows join, and the rest. The borders and fills are
      // the same, and the page builds, styles and lays out two elements instead of nearly two hundred.
      svg("path", { d: world.countries.filter((c) => !(c.a3 && involved.has(c.a3))).map((c) => c.d).join(""), class: "country" }),
      svg("path", { d: world.countries.filter((c) => c.a3 && involved.has(c.a3)).map((c) => c.d).join(""), class: "country involved" }))),
    svg("g", { class: "arrows" }, arrows),
    svg("g", { class: "labels", "aria-hidden": "true" }, labels, counts));
}

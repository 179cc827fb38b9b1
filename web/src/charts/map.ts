// The overview map, drawn offline: Natural Earth countries (world-atlas) projected with d3-geo,
// flows as curved arrows from supplier to recipient, weighted by their latest figures.
import { geoArea, geoNaturalEarth1, geoPath } from "d3-geo";
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from "geojson";
import { iso31661 } from "iso-3166";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import world from "world-atlas/countries-110m.json";
import type { Flow } from "../api.js";
import { svg } from "../dom.js";
import { central, figure, flowPath, itemLabel, stateName } from "../format.js";

const WIDTH = 960;
const HEIGHT = 500;
const NUMERIC_TO_A3 = new Map(iso31661.map((c) => [c.numeric, c.alpha3]));

/** Item families, each with its colour on the map. */
export const FAMILIES: { name: string; colour: string; items: RegExp }[] = [
  { name: "weapons and munitions", colour: "#c0392b", items: /ammunition|missiles|drones|systems|vehicles|aircraft|naval|weapons/ },
  { name: "people", colour: "#1f5fa8", items: /troops|workers/ },
  { name: "technology", colour: "#7b3fa0", items: /technology/ },
  { name: "goods and money", colour: "#1e8449", items: /./ },
];
export const familyOf = (item: string) => FAMILIES.find((f) => f.items.test(item))!;

type Shape = Feature<Polygon | MultiPolygon, { name: string }>;

let cached: { shapes: Shape[]; anchors: Map<string, [number, number]>; path: string[] } | null = null;

/** Projects the countries once; an anchor is the centroid of a state's largest polygon (France, not French Guiana). */
function geometry() {
  if (cached) return cached;
  const topology = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const shapes = (feature(topology, topology.objects.countries) as FeatureCollection<Polygon | MultiPolygon, { name: string }>).features as Shape[];
  const projection = geoNaturalEarth1().fitExtent([[4, 4], [WIDTH - 4, HEIGHT - 4]], { type: "Sphere" });
  const path = geoPath(projection);
  const anchors = new Map<string, [number, number]>();
  for (const shape of shapes) {
    const a3 = NUMERIC_TO_A3.get(String(shape.id).padStart(3, "0"));
    if (!a3) continue;
    let main: Feature<Polygon> = shape as Feature<Polygon>;
    if (shape.geometry.type === "MultiPolygon") {
      const polys = shape.geometry.coordinates.map((coordinates) => ({ type: "Feature" as const, properties: {}, geometry: { type: "Polygon" as const, coordinates } }));
      main = polys.reduce((a, b) => (geoArea(b) > geoArea(a) ? b : a));
    }
    anchors.set(a3, path.centroid(main));
  }
  cached = { shapes, anchors, path: shapes.map((s) => path(s) ?? "") };
  return cached;
}

/** Stroke width of each flow: its latest figure against the largest of the same unit, on a log scale. */
function widths(flows: readonly Flow[]): Map<Flow, number> {
  const max = new Map<string, number>();
  for (const f of flows) {
    const v = central(f.latest?.quantity ?? null);
    if (v !== null && f.latest) max.set(f.latest.quantity.unit, Math.max(max.get(f.latest.quantity.unit) ?? 0, v));
  }
  return new Map(flows.map((f) => {
    const v = central(f.latest?.quantity ?? null);
    const top = f.latest ? max.get(f.latest.quantity.unit) ?? 0 : 0;
    return [f, v === null || top <= 0 ? 1.5 : 1.5 + 6 * (Math.log10(1 + v) / Math.log10(1 + top))];
  }));
}

export function flowMap(flows: readonly Flow[]): SVGSVGElement {
  const { shapes, anchors, path } = geometry();
  const weight = widths(flows);
  const involved = new Set(flows.flatMap((f) => [f.supplier, f.recipient]));
  const markers = FAMILIES.map((fam, i) => svg("marker", { id: `head-${i}`, viewBox: "0 0 10 10", refX: 8, refY: 5, markerWidth: 5, markerHeight: 5, orient: "auto-start-reverse", markerUnits: "strokeWidth" },
    svg("path", { d: "M0,0 L10,5 L0,10 z", fill: fam.colour })));
  // Several flows between the same two states bow out by different amounts, so each stays visible.
  const pairCount = new Map<string, number>();
  const arrows = flows.map((f) => {
    const a = anchors.get(f.supplier);
    const b = anchors.get(f.recipient);
    if (!a || !b) return null;
    const pair = `${f.supplier}>${f.recipient}`;
    const nth = pairCount.get(pair) ?? 0;
    pairCount.set(pair, nth + 1);
    const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
    const bow = 0.18 + 0.1 * nth;
    const c = [a[0] + dx / 2 + dy * bow, a[1] + dy / 2 - dx * bow];
    const fam = familyOf(f.item);
    const label = `${stateName(f.supplier)} to ${stateName(f.recipient)}: ${itemLabel(f.item)}, ${f.latest ? figure(f.latest.quantity) : "no figure"}`;
    return svg("a", { href: flowPath(f), class: "arrow", "aria-label": label },
      svg("title", null, label),
      svg("path", {
        d: `M${a[0]},${a[1]} Q${c[0]},${c[1]} ${b[0]},${b[1]}`, fill: "none", stroke: fam.colour, "stroke-opacity": 0.8,
        "stroke-width": weight.get(f)!.toFixed(1), "stroke-linecap": "round", "marker-end": `url(#head-${FAMILIES.indexOf(fam)})`,
        ...(f.latest ? {} : { "stroke-dasharray": "4 4" }),
      }));
  });
  const labels = [...involved].map((a3) => {
    const p = anchors.get(a3);
    return p ? svg("text", { x: p[0], y: p[1] - 6, class: "map-label", "text-anchor": "middle" }, stateName(a3)) : null;
  });
  return svg("svg", { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, class: "map", role: "group", "aria-label": "World map of the flows" },
    svg("defs", null, markers),
    svg("g", { class: "countries" }, shapes.map((s, i) => {
      const a3 = NUMERIC_TO_A3.get(String(s.id).padStart(3, "0"));
      return svg("path", { d: path[i], class: a3 && involved.has(a3) ? "country involved" : "country" });
    })),
    svg("g", { class: "arrows" }, arrows),
    svg("g", { class: "labels", "aria-hidden": "true" }, labels));
}

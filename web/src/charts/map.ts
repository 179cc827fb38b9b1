// The overview map, drawn offline: Natural Earth countries (world-atlas) projected with d3-geo,
// flows as curved arrows from supplier to recipient, weighted by their latest figures.
import { geoArea, geoCentroid, geoNaturalEarth1, geoPath } from "d3-geo";
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from "geojson";
import { iso31661 } from "iso-3166";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import world from "world-atlas/countries-110m.json";
import type { Flow } from "../api.js";
import { svg } from "../dom.js";
import { central, figure, flowPath, itemLabel, stateName } from "../format.js";

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

let cached: { shapes: Shape[]; codes: (string | undefined)[]; centres: Map<string, [number, number]> } | null = null;

/** The countries once, each with a centre in degrees: that of its largest polygon (France, not French Guiana). */
function geometry() {
  if (cached) return cached;
  const topology = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const shapes = (feature(topology, topology.objects.countries) as FeatureCollection<Polygon | MultiPolygon, { name: string }>).features as Shape[];
  const codes = shapes.map((s) => NUMERIC_TO_A3.get(String(s.id).padStart(3, "0")));
  const centres = new Map<string, [number, number]>();
  shapes.forEach((shape, i) => {
    const a3 = codes[i];
    if (!a3) return;
    let main: Feature<Polygon> = shape as Feature<Polygon>;
    if (shape.geometry.type === "MultiPolygon") {
      const polys = shape.geometry.coordinates.map((coordinates) => ({ type: "Feature" as const, properties: {}, geometry: { type: "Polygon" as const, coordinates } }));
      main = polys.reduce((x, y) => (geoArea(y) > geoArea(x) ? y : x));
    }
    centres.set(a3, geoCentroid(main) as [number, number]);
  });
  cached = { shapes, codes, centres };
  return cached;
}

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

/** Units whose figures can be weighed against each other on one scale: things counted, people, each currency, each measure. */
export function unitClass(unit: string): string | null {
  if (/^(containers|rounds|missiles|drones|systems|vehicles|aircraft|items)$/.test(unit)) return "things";
  if (/^(troops|workers)$/.test(unit)) return "people";
  if (unit === "percent") return null; // a share has no size to draw
  return unit; // barrels, tonnes, and each currency on its own
}

/**
 * Stroke width of each flow: its latest figure on a log scale against the largest figure of its class of
 * units (400 drones are drawn thinner than 12 million rounds); flows with no comparable figure are thin.
 */
export function widths(flows: readonly Flow[]): Map<Flow, number> {
  const max = new Map<string, number>();
  const classOf = (f: Flow) => (f.latest ? unitClass(f.latest.quantity.unit) : null);
  for (const f of flows) {
    const v = central(f.latest?.quantity ?? null);
    const c = classOf(f);
    if (v !== null && c) max.set(c, Math.max(max.get(c) ?? 0, v));
  }
  return new Map(flows.map((f) => {
    const v = central(f.latest?.quantity ?? null);
    const c = classOf(f);
    const top = c ? max.get(c) ?? 0 : 0;
    return [f, v === null || top <= 0 ? 1.5 : 1.5 + 6 * (Math.log10(1 + v) / Math.log10(1 + top))];
  }));
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
  const { shapes, codes, centres } = geometry();
  const weight = widths(flows);
  const involved = new Set(flows.flatMap((f) => [f.supplier, f.recipient]));
  const projection = framing([...involved].map((a3) => centres.get(a3)).filter((p): p is [number, number] => !!p), WIDTH, HEIGHT);
  const path = geoPath(projection);
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
      const [mx, my] = [0.25 * a[0] + 0.5 * c[0] + 0.25 * b[0], 0.25 * a[1] + 0.5 * c[1] + 0.25 * b[1]];
      counts.push(svg("text", { x: mx, y: my + 4, class: "map-count", "text-anchor": "middle" }, `${group.length} flows`));
    }
    return svg("a", { href, class: "arrow", "aria-label": label, "data-flows": group.length },
      svg("title", null, label),
      svg("path", {
        d: `M${a[0]},${a[1]} Q${c[0]},${c[1]} ${b[0]},${b[1]}`, fill: "none", stroke: fam.colour, "stroke-opacity": 0.75,
        "stroke-width": weight.get(top)!.toFixed(1), "stroke-linecap": "round", "marker-end": `url(#head-${FAMILIES.indexOf(fam)})`,
        ...(top.latest ? {} : { "stroke-dasharray": "4 4" }),
      }));
  });
  const labels = [...involved].map((a3) => {
    const p = at(a3);
    return p ? svg("text", { x: p[0], y: p[1] - 7, class: "map-label", "text-anchor": "middle" }, stateName(a3)) : null;
  });
  return svg("svg", { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, class: "map", role: "group", "aria-label": "Map of the flows between states" },
    svg("defs", null, svg("clipPath", { id: "frame" }, svg("rect", { width: WIDTH, height: HEIGHT })), markers),
    svg("g", { class: "countries", "clip-path": "url(#frame)" }, shapes.map((s, i) => svg("path", { d: path(s) ?? "", class: codes[i] && involved.has(codes[i]!) ? "country involved" : "country" }))),
    svg("g", { class: "arrows" }, arrows),
    svg("g", { class: "labels", "aria-hidden": "true" }, labels, counts));
}

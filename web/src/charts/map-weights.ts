// How wide each flow's arrow is on the map: apart from the map so that tests (and pages) read it without the geometry.
import type { Flow } from "../api.js";
import { central } from "../format.js";

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

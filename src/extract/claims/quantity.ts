import type { Item, Quantity, Unit } from "../../core/claim.js";
import type { Amount } from "../../core/document.js";
import unitItems from "../../knowledge/unit-items.json" with { type: "json" };
import units from "../../knowledge/units.json" with { type: "json" };

const currencies = new Set<string>(units.currencies);

/** Whether a unit is money ("usd", "eur", "gbp", ...). */
export function isCurrency(unit: Unit | null): boolean {
  return unit !== null && currencies.has(unit);
}

/** Every currency meets items as the dollar does. */
const asDollars = (unit: Unit): Unit => (isCurrency(unit) ? "usd" : unit);

/** The item a bare count takes when the text names no other ("24 missiles" → ballistic? no: missiles-other). */
export function defaultItemOf(unit: Unit): Item | null {
  return ((unitItems.defaults as Record<string, string | null>)[asDollars(unit)] ?? null) as Item | null;
}

/** Whether a count in `unit` can measure `item` ("rounds" measure shells, not troops). */
export function unitFits(unit: Unit, item: Item): boolean {
  const fits = (unitItems.fits as Record<string, string[]>)[asDollars(unit)];
  return fits ? fits.includes(item) : false;
}

/** The unit a count of a named thing takes where its noun is no unit word ("59 Bradley" → vehicles, "800,000 artillery ammunition" → rounds). */
export function countUnitOf(item: Item): Unit | null {
  return ((unitItems.countUnit as Record<string, string | null>)[item] ?? null) as Unit | null;
}

/** "the number of containers ... is about 5,000": a figure whose unit is named earlier as "number of X". */
export function unitFromContext(clause: string): Unit | null {
  const m = /\b(?:number|volume|total|amount|count|tally)\s+of\s+(?:[\p{L}-]+\s+){0,2}?([\p{L}-]+)/iu.exec(clause);
  if (!m) return null;
  const noun = m[1].toLowerCase();
  for (const [unit, nouns] of Object.entries(unitItems.nouns as Record<string, string[]>)) if (nouns.includes(noun)) return unit as Unit;
  return null;
}

export function toQuantity(a: Amount, unit: Unit): Quantity {
  return { value: a.quantity.value, min: a.quantity.min, max: a.quantity.max, unit, approx: a.quantity.approx, ...(a.quantity.per ? { per: a.quantity.per } : {}) };
}

/** Two quantities say the same figure: same unit, and their central figures within 15 % ("about 6,700" and "over 6,000"). */
export function sameFigure(a: Quantity | null, b: Quantity | null, tolerance = 0.15): boolean {
  if (!a || !b) return true;
  if (a.unit !== b.unit) return false;
  const ra = central(a);
  const rb = central(b);
  if (ra === null || rb === null) return true;
  return Math.abs(ra - rb) <= tolerance * Math.max(Math.abs(ra), Math.abs(rb));
}

function central(q: Quantity): number | null {
  if (q.value !== null) return q.value;
  if (q.min !== null && q.max !== null) return (q.min + q.max) / 2;
  return q.min ?? q.max;
}

/** How much a quantity says: a point figure beats bounds, bounds beat nothing. */
export function precisionOf(q: Quantity | null): number {
  if (!q) return 0;
  if (q.value !== null) return q.approx ? 3 : 4;
  return q.min !== null && q.max !== null ? 2 : 1;
}

/** Whether a bare mention of `wide` covers `narrow` ("ammunition" covers artillery shells). */
export function broaderThan(wide: Item, narrow: Item): boolean {
  return ((unitItems.broader as Record<string, string[]>)[wide] ?? []).includes(narrow);
}

/** The unit a count of this item takes, where one is the default ("drones" → drones, "troops" → troops). */
export function defaultUnitOf(item: Item): Unit | null {
  for (const [unit, def] of Object.entries(unitItems.defaults as Record<string, string | null>)) if (def === item && unit !== "containers") return unit as Unit;
  return null;
}

/** Things of the trade one count may cover together ("missiles and drones"): not people, money or unnamed goods. */
export function sharesCount(a: Item, b: Item): boolean {
  const apart = unitItems.notShared as string[];
  return !apart.includes(a) && !apart.includes(b);
}

/** The unit of a count over things of several items: a measure keeps its unit, a count of things becomes `items`. */
export function sharedUnit(unit: Unit): Unit {
  return isCurrency(unit) || (unitItems.measures as string[]).includes(unit) ? unit : "items";
}

/** A mass noun ("ammunition", "equipment"): a count of things does not run on over it. */
export function isMassNoun(text: string): boolean {
  return (unitItems.massNouns as string[]).includes(text.toLowerCase().split(/\s+/).pop() ?? "");
}

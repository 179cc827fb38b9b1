import type { Amount } from "../../core/document.js";
import units from "../../knowledge/units.json" with { type: "json" };
import { PhraseTable, type Token } from "./tokens.js";

let table: PhraseTable<number> | null = null;

/** Measures of mass below a tonne and how many tonnes one weighs (units.json, `massMeasures`). */
function massTable(): PhraseTable<number> {
  return (table ??= new PhraseTable(Object.entries(units.massMeasures)));
}

/**
 * A measure of mass at `tokens[k]` that weighs something ("1,500,000 grams of gold", "800 kilograms of
 * explosives"): its length in tokens and how many tonnes one of it is. Only before "of": "250-kg bombs"
 * or "a 500 kg warhead" name a weight class or a part, no mass moved.
 */
export function massMeasureAt(tokens: readonly Token[], k: number): { length: number; tonnes: number } | null {
  const m = massTable().match(tokens, k);
  if (!m || tokens[k - 1]?.text === "-" || tokens[k + m.length]?.lower !== "of") return null;
  return { length: m.length, tonnes: m.value };
}

/** A figure in a smaller measure, in tonnes: `inTonnes(1788402.2, 1e-6)` → 1.7884022 (rounded to ten significant digits). */
export function inTonnes(v: number | null, tonnes: number): number | null {
  return v === null ? null : Number((v * tonnes).toPrecision(10));
}

/** The quantity of an amount read in a smaller measure, in tonnes. */
export function quantityInTonnes(q: Amount["quantity"], tonnes: number): Amount["quantity"] {
  return { ...q, value: inTonnes(q.value, tonnes), min: inTonnes(q.min, tonnes), max: inTonnes(q.max, tonnes) };
}

// A ledger past a thousand statements, for paging tests (API and browser): a few bulletins, each listing
// hundreds of shipments in our own words, every shipment its own statement (its own source and day).
import type { Store } from "../../src/store/store.js";
import { makeDoc } from "../store/make-doc.js";

/** How many shipment statements `seedMany` adds (past the 1,000 one request can return). */
export const MANY = 1_130;
const PER_DOC = 250;
const ITEMS = ["food", "oil-fuel", "drones"] as const;
const UNITS: Record<(typeof ITEMS)[number], string> = { food: "tonnes", "oil-fuel": "barrels", drones: "drones" };

/** The i-th shipment: who says it, on which day, how much of what. */
export function shipment(i: number): { sentence: string; org: string; stated: string; item: (typeof ITEMS)[number]; value: number } {
  const item = ITEMS[i % ITEMS.length];
  const value = 10 + ((i * 37) % 5000);
  const org = `Port Registry ${i}`;
  const stated = `${2021 + (i % 4)}-${String((i % 12) + 1).padStart(2, "0")}-${String((i % 27) + 1).padStart(2, "0")}`;
  const word = item === "food" ? "tonnes of wheat" : item === "oil-fuel" ? "barrels of diesel" : "quadcopters";
  return { sentence: `Port Registry ${i} logged ${value} ${word} leaving Vladivostok for Nampo under manifest ${i}.`, org, stated, item, value };
}

export async function seedMany(store: Store): Promise<void> {
  for (let start = 0; start < MANY; start += PER_DOC) {
    const rows = Array.from({ length: Math.min(PER_DOC, MANY - start) }, (_, k) => shipment(start + k));
    await store.putDocument(makeDoc({ id: `manifests-${start}`, outlet: "Harbour Bulletin", title: `Manifests from ${start}`, published: "2025-01-10", url: `https://example.org/manifests/${start}` },
      rows.map((r) => r.sentence),
      rows.map((r) => ({ evidence: r.sentence, supplier: "RUS", recipient: "PRK", item: r.item, quantity: { value: r.value, unit: UNITS[r.item] }, org: r.org, stated: r.stated }))));
  }
}

// Kinds of extra claims on pages nobody here had read, each shown by phrasings of our own with near twins that
// must keep their claim: an item word that only names what has a price or what a store keeps ("steel prices",
// "drone warehouses").
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

function claimsOf(page: string) {
  const doc = processDocument({ path: "precision-wide.txt", bytes: new TextEncoder().encode(page), meta: { id: "precision-wide", outlet: "Test Wire", published: "2024-06-14" } });
  return doc.claims.map((c) => ({ kind: c.kind, supplier: c.supplier, recipient: c.recipient, item: c.item, quantity: c.quantity?.value ?? c.quantity?.min ?? null, certainty: c.certainty, evidence: c.evidence.text }));
}

type Core = { kind?: string; supplier: string | null; recipient: string | null; item: string };
const core = (c: Core) => ({ kind: c.kind ?? "transfer", supplier: c.supplier, recipient: c.recipient, item: c.item });
const untold = (page: string, c: Core) => expect(claimsOf(page)).not.toContainEqual(expect.objectContaining(core(c)));
const told = (page: string, c: Core) => expect(claimsOf(page)).toContainEqual(expect.objectContaining(core(c)));

describe("an item word before a noun of prices or stores names no goods", () => {
  it.each([
    ["Poland sent tanks to Ukraine last week as steel prices climbed.", "POL", "UKR", "raw-materials"],
    ["Norway shipped rifles to Estonia from its drone warehouses near Oslo.", "NOR", "EST", "drones"],
    ["Slovakia handed jets to Ukraine, and its ammunition warehouses stood nearly empty.", "SVK", "UKR", "ammunition"],
  ])("no claim of the price or the store: %s", (page, supplier, recipient, item) => untold(page, { supplier, recipient, item }));

  it.each([
    ["Russia shipped grain to Egypt at lower prices, the ministry said.", "RUS", "EGY", "food"],
    ["Germany sent ammunition from its depots to Ukraine in March.", "DEU", "UKR", "ammunition"],
    ["Bulgaria delivered shells to Ukraine from warehouses near Sofia.", "BGR", "UKR", "artillery-ammunition"],
    ["Germany delivered howitzers to Lithuania on Monday, drawing on its ammunition depots in Bavaria.", "DEU", "LTU", "artillery-systems"],
  ])("goods that move are still told: %s", (page, supplier, recipient, item) => told(page, { supplier, recipient, item }));
});

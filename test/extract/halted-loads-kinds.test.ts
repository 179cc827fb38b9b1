// Kinds of a halted load: a load named as held ("the held shipment"), like one named as paused or frozen, is held
// back, `denied` (SCHEMA.md, "Certainty"), also where the sentence only lists what it holds.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

function claimsOf(page: string) {
  const doc = processDocument({ path: "halted-loads.txt", bytes: new TextEncoder().encode(page), meta: { id: "halted-loads", outlet: "Test Wire", published: "2024-06-14" } });
  return doc.claims.map((c) => ({ supplier: c.supplier, recipient: c.recipient, quantity: c.quantity?.value ?? null, certainty: c.certainty }));
}

describe("a load named as held is held back", () => {
  it.each([
    ["The held shipment consisted of 2,000 rifles for Colombia from Canada, an official said.", "CAN", "COL", 2000],
    ["The held consignment of 40 howitzers from Spain to Peru was in port for weeks.", "ESP", "PER", 40],
    ["Lisbon says the held cargo of 300 mortars from Portugal to Angola is still in Luanda's port.", "PRT", "AGO", 300],
  ])("%s", (page, supplier, recipient, quantity) => {
    expect(claimsOf(page)).toContainEqual(expect.objectContaining({ supplier, recipient, quantity, certainty: "denied" }));
  });
});

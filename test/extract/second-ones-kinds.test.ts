// Kinds of a second count told as "ones": "N heavy bombs and M lighter ones" counts the same goods twice, one claim
// for each count (SCHEMA.md, "Quantity"), in a halted shipment as in a delivered one.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

function countsOf(page: string) {
  const doc = processDocument({ path: "second-ones.txt", bytes: new TextEncoder().encode(`Report\n\nBy staff\n\n${page}\n`), meta: { id: "second-ones", outlet: "Test Wire", published: "2024-06-14" } as never });
  return doc.claims.map((c) => ({ supplier: c.supplier, recipient: c.recipient, item: c.item, quantity: c.quantity?.value ?? null }));
}

describe("a second count told as ones counts the goods of the first", () => {
  it.each([
    ["The United States has held back 1,200 heavy bombs and some 800 lighter ones meant for Israel.", "USA", "ISR", 1200, 800],
    ["Spain paused a shipment of 30 heavy tanks and 12 older ones to Morocco, officials said.", "ESP", "MAR", 30, 12],
    ["Canada froze a delivery to Colombia of 600 armoured vehicles and 150 older ones, the ministry said.", "CAN", "COL", 600, 150],
  ])("%s", (page, supplier, recipient, first, second) => {
    const claims = countsOf(page);
    expect(claims).toContainEqual(expect.objectContaining({ supplier, recipient, quantity: first }));
    const item = claims.find((c) => c.quantity === first)!.item;
    expect(claims).toContainEqual(expect.objectContaining({ supplier, recipient, item, quantity: second }));
  });
});

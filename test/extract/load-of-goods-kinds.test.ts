// "The first shipment of shells bought by Spain has reached Chile": a load named by its head noun with "of" before
// the goods, described by who bought them, then reaching a state, is given by the buyer to the state reached, and
// the flow told after it keeps that way.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string) =>
  processDocument({ path: "load.txt", bytes: Buffer.from(`Report\n\nBy staff\n\n${text}\n`), meta: { id: "load", outlet: "Probe Wire", published: "2024-03-07" } as never }).claims;

describe("a load of goods bought by one state that reaches another", () => {
  it.each([
    ["The first shipment of shells bought under the Polish scheme has reached Moldova.", "POL", "MDA"],
    ["A second consignment of rifles purchased through the Spanish fund arrived in Chile last week.", "ESP", "CHL"],
    ["The latest batch of howitzers bought under the French programme has reached Armenia. Officials said 12 guns had been in that batch.", "FRA", "ARM"],
  ])("%s", (text, supplier, recipient) => {
    const claims = claimsOf(text).filter((c) => c.kind === "transfer");
    expect(claims.length).toBeGreaterThan(0);
    expect(claims.map((c) => `${c.supplier}>${c.recipient}`)).toEqual(claims.map(() => `${supplier}>${recipient}`));
  });
});

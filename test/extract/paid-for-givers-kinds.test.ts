// "Paid for by Norway, the rounds reached Ukraine": the state named after "paid for by" buys the goods for the other
// state the clause names, and gives them to it; the one they reach is no seller to the payer.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string) =>
  processDocument({ path: "paid.txt", bytes: Buffer.from(`Report\n\nBy staff\n\n${text}\n`), meta: { id: "paid", outlet: "Probe Wire", published: "2024-11-05" } as never }).claims;

describe("the payer named after 'paid for by' gives to the state the goods reach", () => {
  it.each([
    ["Paid for by the Netherlands, 30 tanks reached Ukraine in June.", "NLD", "UKR"],
    ["Paid for by Estonia, 3,000 drones are now reaching Ukraine each month.", "EST", "UKR"],
    ["A batch of 25,000 mortar bombs, paid for by Latvia, reached Kyiv in May.", "LVA", "UKR"],
  ])("%s", (text, supplier, recipient) => {
    const claims = claimsOf(text).filter((c) => c.kind === "transfer");
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims) {
      expect(c.supplier).toBe(supplier);
      expect(c.recipient).toBe(recipient);
    }
  });
});

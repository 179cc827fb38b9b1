// A body's members named right after it ("EU governments", "EU members", "EU member states") give as the body: a verb
// of giving after them makes the body the giver of the goods.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string) =>
  processDocument({ path: "members.txt", bytes: Buffer.from(`Report\n\nBy staff\n\n${text}\n`), meta: { id: "members", outlet: "Probe Wire", published: "2024-03-07" } as never }).claims;

describe("a body's members give as the body", () => {
  it.each([
    ["EU governments agreed to send Moldova 40,000 artillery rounds within a year.", "MDA", 40000],
    ["EU members will have handed Ukraine some 80,000 shells by the end of June, the commissioner said.", "UKR", 80000],
    ["EU member states pledged to supply Armenia with 200 armoured vehicles over two years.", "ARM", 200],
  ])("%s", (text, recipient, value) => {
    const claim = claimsOf(text).find((c) => c.kind === "transfer" && c.quantity?.value === value);
    expect(claim).toBeDefined();
    expect([claim!.supplier, claim!.recipient]).toEqual(["EU", recipient]);
  });
});

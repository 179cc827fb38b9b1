// A sum a state puts into the shared buying told before (a fund, a pot, the joint purchases) is that state's
// share of the flow: it gives the flow's item to its receiver, worth that sum.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string) =>
  processDocument({ path: "pot.txt", bytes: Buffer.from(`Report\n\nBy staff\n\n${text}\n`), meta: { id: "pot", outlet: "Probe Wire", published: "2024-03-07" } as never }).claims;

const lead = "A Czech scheme buys shells abroad for Ukraine.";

describe("a sum put into the shared buying joins the flow told before", () => {
  it.each([
    [`${lead} Sweden put 40 million euros into the joint purchases.`, "SWE", { value: 40_000_000, min: null, unit: "eur" }],
    [`${lead} Finland added another 30 million Canadian dollars to the pot.`, "FIN", { value: 30_000_000, min: null, unit: "cad" }],
    [`${lead} Spain has contributed more than 25 million euros to this year's ammunition buying.`, "ESP", { value: null, min: 25_000_000, unit: "eur" }],
  ])("%s", (text, giver, sum) => {
    const claim = claimsOf(text).find((c) => c.supplier === giver);
    expect(claim).toMatchObject({ kind: "transfer", recipient: "UKR", item: "artillery-ammunition", quantity: sum });
  });
});

describe("guards: putting in that is no share of the flow", () => {
  it.each([
    [`${lead} Spain put 25 million euros into its own army budget.`, "ESP"],
    [`${lead} Finland added 300 soldiers to the front.`, "FIN"],
    [`Sweden put 40 million euros into the joint purchases.`, "SWE"],
  ])("%s", (text, state) => {
    expect(claimsOf(text).filter((c) => c.supplier === state)).toEqual([]);
  });
});

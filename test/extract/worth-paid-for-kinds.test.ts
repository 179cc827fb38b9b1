// Goods of a stated worth that their receiver paid for, told in a relative clause right after the worth ("rifles
// worth 30 million euros that Madrid paid for"): the receiver paid that sum to the giver, a transfer of money of its
// own beside the goods, whether or not the goods came. A relative clause of another verb, or a payer named only as
// an agent, tells no such payment. Phrasings of our own.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string): Claim[] =>
  processDocument({ path: "worth.txt", bytes: Buffer.from(`${text}\n`), meta: { id: "worth", outlet: "Probe Wire", published: "2024-03-01" } as never }).claims;
const money = (text: string) =>
  claimsOf(text)
    .filter((c) => c.kind === "transfer" && c.item === "money")
    .map((c) => `${c.supplier}>${c.recipient}${c.quantity?.value != null ? ` ${c.quantity.value} ${c.quantity.unit}` : ""}`);

describe("the receiver that paid for goods of a stated worth paid that sum to their giver", () => {
  it.each([
    ["Spain says Chile has not handed over rifles worth 30 million euros that Madrid paid for last year.", "ESP>CHL 30000000 eur"],
    ["Chile delivered howitzers worth 80 million dollars that Peru had paid for in 2021.", "PER>CHL 80000000 usd"],
    ["Bolivia says Brazil never shipped the tanks worth about 60 million dollars that La Paz had already paid for.", "BOL>BRA 60000000 usd"],
  ])("%s", (text, flow) => {
    expect(money(text)).toContain(flow);
  });

  it("the goods keep their own claim beside the payment", () => {
    const got = claimsOf("Chile delivered howitzers worth 80 million dollars that Peru had paid for in 2021.");
    expect(got.some((c) => c.supplier === "CHL" && c.recipient === "PER" && c.item === "artillery-systems")).toBe(true);
  });
});

describe("a relative clause of another verb tells no payment", () => {
  it.each([
    "Chile sent rifles worth 50 million dollars that Peru had asked for.",
    "Chile sent Peru rifles worth 50 million dollars that were paid for by Spain.",
  ])("%s", (text) => {
    expect(money(text).filter((f) => f.startsWith("PER>CHL"))).toEqual([]);
  });
});

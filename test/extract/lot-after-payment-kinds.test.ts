// A lot told right after a payment ("It is paying 90 million dollars. The remaining two boats arrive in May") counts
// goods, not money: it goes on with the goods paid for, from the seller to the buyer, not with the payment.
// Phrasings of our own.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string): Claim[] =>
  processDocument({ path: "lot-after-payment.txt", bytes: Buffer.from(`${text}\n`), meta: { id: "lot-after-payment", outlet: "Probe Wire", published: "2025-06-01" } as never }).claims;
const lotOf = (text: string, value: number) => claimsOf(text).filter((c) => c.kind === "transfer" && c.quantity?.value === value).map((c) => [c.supplier, c.recipient, c.item === "money"]);

describe("a lot of goods after a payment goes with the goods paid for", () => {
  it.each([
    ["Lima signed a deal for four coastal radars from Spain in March 2021.\n\nIt is paying 210 million euros under the contract, the biggest purchase Peru has made from Spain.\n\nThe remaining two radars are due to arrive in 2025, a navy spokesman said.", ["ESP", "PER", false]],
    ["Chile ordered six patrol boats from Norway last year.\n\nIt pays 90 million dollars in all, the costliest purchase Chile has ever made from Norway.\n\nThe other three boats should follow next spring.", ["NOR", "CHL", false]],
    ["Ghana agreed to buy eight trainer jets from Brazil in 2022.\n\nIt paid 60 million dollars under the agreement, the first purchase Ghana has made from Brazil.\n\nThe last five jets are due in 2026, officials said.", ["BRA", "GHA", false]],
  ] as const)("%s", (text, flow) => {
    const value = /remaining two|other three|last five/.exec(text)![0].endsWith("two") ? 2 : text.includes("other three") ? 3 : 5;
    expect(lotOf(text, value)).toEqual([flow]);
  });
});

// A sum a state pays, told as "It is paying ... under the deal, the largest purchase X has made from Y": the state
// named in the aside after the comma is no one paid. The payer ("it", the buyer of the deal before) pays the seller;
// the money runs from buyer to seller, the goods the other way.
// Phrasings of our own.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string): Claim[] =>
  processDocument({ path: "payer-aside.txt", bytes: Buffer.from(`${text}\n`), meta: { id: "payer-aside", outlet: "Probe Wire", published: "2025-06-01" } as never }).claims;
const money = (text: string) => claimsOf(text).filter((c) => c.kind === "transfer" && c.item === "money").map((c) => [c.supplier, c.recipient]);

describe("a state named in an aside after a sum paid is no one paid", () => {
  it.each([
    ["Lima signed a deal for four coastal radars from Spain in March 2021.\n\nIt is paying 210 million euros under the contract, the biggest purchase Peru has made from Spain.", ["PER", "ESP"]],
    ["Chile ordered six patrol boats from Norway last year.\n\nIt pays 90 million dollars in all, the costliest purchase Chile has ever made from Norway.", ["CHL", "NOR"]],
    ["Ghana agreed to buy eight trainer jets from Brazil in 2022.\n\nIt paid 60 million dollars under the agreement, the first purchase Ghana has made from Brazil.", ["GHA", "BRA"]],
  ] as const)("%s", (text, flow) => {
    expect(money(text)).toContainEqual(flow);
    expect(money(text)).not.toContainEqual([flow[1], flow[0]]);
  });
});

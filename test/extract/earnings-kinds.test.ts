// What a seller earns from its sales to a buyer, written for the test: "Chile earned $90 million from arms sales to
// Peru" is money going from the buyer to the seller (SCHEMA.md: money paid for goods is money), not the worth of
// goods the seller sends. A sum the seller spends, or one with no earning from a trade, keeps its reading.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string): Claim[] =>
  processDocument({ path: "earnings.txt", bytes: Buffer.from(`Arms trade notes\n\n${text}\n`), meta: { id: "earnings", outlet: "Probe Wire", published: "2025-03-04" } as never }).claims.filter((c) => c.kind === "transfer");
const money = (cs: Claim[]) => cs.filter((c) => c.item === "money").map((c) => `${c.supplier}>${c.recipient} ${c.quantity ? `${c.quantity.value} ${c.quantity.unit}` : "no sum"}`);
const priced = (cs: Claim[]) => cs.filter((c) => c.quantity && ["usd", "eur", "gbp"].includes(c.quantity.unit)).map((c) => `${c.supplier}>${c.recipient} ${c.item} ${c.quantity?.value} ${c.quantity?.unit}`);

describe("a seller's earnings from sales to a buyer are money the buyer paid", () => {
  it.each([
    ["Analysts in Lima estimated that Bolivia earned roughly $80 million from weapons exports to Peru in 2022.", "PER>BOL money 80000000 usd"],
    ["A think tank put Belarus's earnings from ammunition sales to Russia last year at about 300 million dollars.", "RUS>BLR money 300000000 usd"],
    ["The figure of 45 million euros is what Serbia earned from shell deliveries to Egypt, the report says.", "EGY>SRB money 45000000 eur"],
  ])("%s", (text, claim) => expect(priced(claimsOf(text))).toEqual([claim]));
});

describe("a sum with no earning from a trade keeps its reading", () => {
  it.each([
    ["Bolivia sent weapons worth $80 million to Peru in 2022.", "BOL>PER weapons-unspecified 80000000 usd"],
    ["Germany pledged 300 million euros in military aid to Ukraine.", "DEU>UKR weapons-unspecified 300000000 eur"],
  ])("%s", (text, claim) => expect(priced(claimsOf(text))).toEqual([claim]));
});

// A line of the page's own that money moved, with no sum, right before the sentence that gives the earnings' sum, opens
// that sentence: one payment, told once with its figure. Further away, or of goods, the bare line stands.
describe("money told with no sum right before the earnings' sum is that payment", () => {
  it.each([
    ["Russia shipped diesel to Belarus through the winter. Cash appears to have moved too. Lithuanian intelligence believes Belarus earned about $300 million from ammunition sales to Russia in 2023."],
    ["Egypt sent grain to Serbia last spring. Cash seems to have moved as well. Officials in Ankara estimate that Serbia earned roughly 45 million euros from shell deliveries to Egypt in 2023."],
    ["Peru flew medical supplies to Bolivia in March. Cash is also thought to have moved. The Chilean defence ministry believes Bolivia earned about $80 million from rifle exports to Peru in 2022."],
  ])("%s", (text) => expect(money(claimsOf(text)).filter((m) => m.endsWith("no sum"))).toEqual([]));
});

describe("money with no sum further from the sum, or goods told bare, stand", () => {
  it.each([
    ["Russia shipped diesel to Belarus through the winter. Cash appears to have moved too. Nobody in Minsk would say how much. Lithuanian intelligence believes Belarus earned about $300 million from ammunition sales to Russia in 2023.", "RUS>BLR no sum"],
  ])("%s", (text, claim) => expect(money(claimsOf(text))).toContain(claim));
  it("goods told bare before the sum", () => {
    const cs = claimsOf("Russia shipped diesel to Belarus through the winter. Lithuanian intelligence believes Belarus earned about $300 million from ammunition sales to Russia in 2023.");
    expect(cs.some((c) => c.supplier === "RUS" && c.recipient === "BLR" && c.item === "oil-fuel")).toBe(true);
  });
});

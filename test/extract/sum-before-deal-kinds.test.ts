// A deal named right after its sum and currency, written for the test: "took delivery of radars from Spain under a
// 200-million-dollar contract", "received boats from Italy under a 90-million-euro deal". The sum is the deal's price; the
// buyer gets the goods named before it, so it is money the buyer pays the seller (SCHEMA.md: money paid for goods is
// money), not a value of the goods. A sale approved by the seller keeps the goods' value.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string): Claim[] =>
  processDocument({ path: "sum-before-deal.txt", bytes: Buffer.from(`Arms trade notes\n\n${text}\n`), meta: { id: "sum-before-deal", outlet: "Probe Wire", published: "2025-03-04" } as never }).claims.filter((c) => c.kind === "transfer");
const priced = (cs: Claim[]) => cs.filter((c) => c.quantity && ["usd", "eur", "gbp"].includes(c.quantity.unit)).map((c) => `${c.supplier}>${c.recipient} ${c.item} ${c.quantity?.value} ${c.quantity?.unit}`);

describe("a sum told just before the deal it prices is money the buyer pays", () => {
  it.each([
    ["Chile took delivery of the first two radars from Spain in May, under a 200-million-dollar contract signed in 2021.", "CHL>ESP money 200000000 usd"],
    ["Kenya received four patrol boats from Italy last week under a 90-million-euro deal.", "KEN>ITA money 90000000 eur"],
    ["Ghana took delivery of six helicopters from France in June under a 300-million-dollar agreement.", "GHA>FRA money 300000000 usd"],
  ])("%s", (text, claim) => expect(priced(claimsOf(text))).toContain(claim));
});

describe("a sale approved by the seller keeps the goods' value", () => {
  it.each([
    "The United States approved the sale of four helicopters to Kenya in a 90 million dollar deal.",
  ])("%s", (text) => expect(priced(claimsOf(text)).filter((c) => c.includes(" money "))).toEqual([]));
});

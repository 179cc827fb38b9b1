// The price of a buying read the way the money moves, written for the test: a buying priced by "for" right before
// the sum ("X agreed to buy 12 jets from Y for $1 billion") gives the sum as money the buyer pays the seller, besides
// the goods counted (SCHEMA.md: money paid for goods is money). A buyer naming the maker only by an adjective
// ("French jets"), or buying for another state, keeps the sum as the goods' value.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string): Claim[] =>
  processDocument({ path: "sale-price.txt", bytes: Buffer.from(`Arms trade notes\n\n${text}\n`), meta: { id: "sale-price", outlet: "Probe Wire", published: "2025-03-04" } as never }).claims.filter((c) => c.kind === "transfer");
const priced = (cs: Claim[]) => cs.filter((c) => c.quantity && ["usd", "eur", "gbp", "cad"].includes(c.quantity.unit)).map((c) => `${c.supplier}>${c.recipient} ${c.item} ${c.quantity?.value ?? c.quantity?.max} ${c.quantity?.unit}`);

describe("a buying priced by 'for' is money the buyer pays the seller", () => {
  it.each([
    ["Peru agreed on Monday to buy 24 fighter jets from Sweden for 2.5 billion dollars.", "PER>SWE money 2500000000 usd"],
    ["Last year Ghana bought six patrol boats from Spain for about 90 million euros.", "GHA>ESP money 90000000 eur"],
    ["Vietnam will purchase three frigates from India for some 700 million dollars, officials said.", "VNM>IND money 700000000 usd"],
  ])("%s", (text, claim) => expect(priced(claimsOf(text))).toEqual([claim]));
});

describe("a sum after a maker's adjective or for another state keeps the goods' value", () => {
  it.each([
    ["Chile decided to purchase 12 French helicopters for $900 million.", "FRA>CHL aircraft 900000000 usd"],
    ["Ottawa will buy an air defence system for Kyiv for $400 million.", "CAN>UKR air-defence-systems 400000000 cad"],
  ])("%s", (text, claim) => expect(priced(claimsOf(text))).toEqual([claim]));
});

// A deal's price told in the sentence after the buying: the signer of contracts "for" goods buys them, with or
// without an article before the contracts, and "contracts signed in May for 30 guns" are a buying too; a language
// tag such as "[EN]" may open the line of the price. The price is money the buyer pays the seller, from the day of
// the deal. A dollar sum beside a body of the United States government stays in US dollars.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string) =>
  processDocument({ path: "priced.txt", bytes: Buffer.from(`Report\n\nBy staff\n\n${text}\n`), meta: { id: "priced", outlet: "Probe Wire", published: "2024-03-07" } as never }).claims;

describe("a deal priced after the buying is money the buyer pays", () => {
  it.each([
    ["Defence Minister Ana Ruiz signed contracts in Lima on Monday for 40 tanks and 20 howitzers from Spain. The tank contract is worth about 900 million dollars and the howitzer contract about 300 million dollars.", ["PER>ESP 900000000", "PER>ESP 300000000"]],
    ["Chile took delivery of its first 12 jets from Italy on Tuesday under the contracts signed in May for 24 jets. [EN] The jet contract is worth about 1.2 billion dollars.", ["CHL>ITA 1200000000"]],
    ["Peru signed deals in Madrid last week for 30 armoured vehicles from Spain. [EN] The vehicle deal is worth some 250 million euros.", ["PER>ESP 250000000"]],
  ])("%s", (text, flows) => {
    const money = claimsOf(text).filter((c) => c.item === "money");
    expect(money.map((c) => `${c.supplier}>${c.recipient} ${c.quantity?.value}`).sort()).toEqual([...flows].sort());
    expect(money.every((c) => c.period?.start && c.period.end === null)).toBe(true);
  });
});

describe("a bare dollar sum beside a United States body stays in US dollars", () => {
  it.each([
    "Taiwan's jets are late. The US State Department approved the sale of 40 jets to Taiwan in 2021, for about 5 billion dollars.",
    "Taiwan's tanks are late. The US Defense Department cleared the sale of 30 tanks to Taiwan in 2020 for 2 billion dollars.",
    "Taiwan's guns are late. The US State Department approved the sale of 12 howitzers to Taiwan in 2022, worth some 800 million dollars.",
  ])("%s", (text) => {
    const priced = claimsOf(text).filter((c) => c.quantity && c.quantity.value !== null && c.quantity.value > 1e6);
    expect(priced.length).toBeGreaterThan(0);
    expect(priced.every((c) => c.quantity!.unit === "usd")).toBe(true);
  });
});

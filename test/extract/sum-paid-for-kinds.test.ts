// A sentence of paying that names the goods only as what its sum pays for, written for the test: "Lima is to pay
// $1.5 billion for the trainers" tells the money the buyer pays (SCHEMA.md: money paid for goods); the goods, told
// with their count in the sentence before, or named only as the qualifier of the deal's noun ("its largest arms
// purchase"), make no second claim of goods there. Goods with a figure of their own in a sentence of paying stay.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string): Claim[] =>
  processDocument({ path: "sum-paid-for.txt", bytes: Buffer.from(`Arms trade notes\n\n${text}\n`), meta: { id: "sum-paid-for", outlet: "Probe Wire", published: "2025-03-04" } as never }).claims.filter((c) => c.kind === "transfer");
const paySentence = (text: string) => text.slice(text.lastIndexOf(". ") + 2);
const goodsOfPayment = (text: string) => claimsOf(text).filter((c) => c.item !== "money" && c.evidence.text === paySentence(text)).map((c) => `${c.supplier}>${c.recipient} ${c.item}`);
const sums = (text: string) => claimsOf(text).filter((c) => c.item === "money").map((c) => `${c.supplier}>${c.recipient} ${c.quantity?.value} ${c.quantity?.unit}`);

describe("goods named only as what a sum pays for make no claim of their own", () => {
  it.each([
    ["Peru agreed in March to acquire 24 Korean FA-50 trainers. Lima is to pay roughly 1.5 billion dollars for the aircraft, a sum the maker declined to discuss.", "PER>KOR 1500000000 usd"],
    ["Romania ordered 54 Abrams tanks from the United States last autumn. Bucharest will pay some 2.5 billion dollars under the contract, its biggest arms purchase since joining NATO.", "ROU>USA 2500000000 usd"],
    ["Morocco agreed last year to buy 36 Caesar howitzers from France. Rabat will pay around 200 million euros for the guns, people briefed on the talks said.", "MAR>FRA 200000000 eur"],
  ])("%s", (text, sum) => {
    expect(sums(text)).toContain(sum);
    expect(goodsOfPayment(text)).toEqual([]);
  });
});

describe("goods counted in a sentence of paying keep their claim", () => {
  it.each([
    ["Officials say Warsaw will pay about 3 billion dollars to South Korea for 180 tanks.", "KOR>POL armoured-vehicles"],
  ])("%s", (text, goods) => expect(claimsOf(text).map((c) => `${c.supplier}>${c.recipient} ${c.item}`)).toContain(goods));
});

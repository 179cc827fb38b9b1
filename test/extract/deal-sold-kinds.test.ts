// A deal told in one sentence and priced in the next, where that sentence tells a sale or the buyer signing for
// the goods, written for the test: the price is money the buyer pays the seller (SCHEMA.md: money paid for goods
// is money), as where it tells a buying. A contract only named as signed ("under a contract signed in May") tells
// no one's signing for goods: its price stays a value of the goods.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string): Claim[] =>
  processDocument({ path: "deal-sold.txt", bytes: Buffer.from(`Arms trade notes\n\n${text}\n`), meta: { id: "deal-sold", outlet: "Probe Wire", published: "2025-03-04" } as never }).claims.filter((c) => c.kind === "transfer");
const priced = (cs: Claim[]) => cs.filter((c) => c.quantity && ["usd", "eur", "gbp"].includes(c.quantity.unit)).map((c) => `${c.supplier}>${c.recipient} ${c.item} ${c.quantity?.value} ${c.quantity?.unit}`);

describe("the price of goods sold is money the buyer pays", () => {
  it.each([
    ["Italy will sell Egypt six frigates under a deal reached in Rome on Friday. The deal is valued at €4 billion, officials said.", "EGY>ITA money 4000000000 eur"],
    ["Spain sold Chile ten transport helicopters under a contract signed last spring. That contract was worth about €600 million, the buyer said.", "CHL>ESP money 600000000 eur"],
    ["France signed an accord on Tuesday to sell 18 fighters to Greece, officials in Athens said. The agreement is worth €2.5 billion, according to Paris.", "GRC>FRA money 2500000000 eur"],
  ])("%s", (text, claim) => expect(priced(claimsOf(text))).toContain(claim));
});

describe("the buyer signing for goods pays the deal's price", () => {
  it.each([
    ["Peru signed a contract in June for 24 light tanks from South Korea, with deliveries due from 2027. The contract is worth $900 million, the ministry said.", "PER>KOR money 900000000 usd"],
    ["Chile on Friday signed an agreement with Sweden for the delivery of eight Gripen fighters. The deal is worth about $1.1 billion, officials said.", "CHL>SWE money 1100000000 usd"],
    ["Romania signed the third contract for 54 tanks from the United States last week, with the first due in 2026. The deal is worth $2.5 billion, the ministry said.", "ROU>USA money 2500000000 usd"],
  ])("%s", (text, claim) => expect(priced(claimsOf(text))).toContain(claim));
});

describe("a contract only named as signed keeps the price as a value of the goods", () => {
  it.each([
    ["Under a contract signed in Lima in May, Peru will get 24 light tanks from South Korea. The deal is worth $900 million, the firm said.", "KOR>PER armoured-vehicles 900000000 usd"],
    ["Norway ordered 40 howitzers for Estonia under a contract signed last year. That contract is worth €300 million, the agency said.", "NOR>EST artillery-systems 300000000 eur"],
  ])("%s", (text, claim) => expect(priced(claimsOf(text))).toContain(claim));
});

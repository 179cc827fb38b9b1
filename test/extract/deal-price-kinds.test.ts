// A deal told in one sentence and priced in the next, written for the test: "The contract is worth $X" names the
// deal again only to give its price, so it tells the transfer before again, measured by the sum (a count and a
// sum are two amounts, two claims). It takes nothing where the sentence before told no deal, or names a state
// of its own. Where the deal buys the goods, its price is money the buyer pays (SCHEMA.md: money paid for goods).
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string): Claim[] =>
  processDocument({ path: "deal-price.txt", bytes: Buffer.from(`Arms trade notes\n\n${text}\n`), meta: { id: "deal-price", outlet: "Probe Wire", published: "2025-03-04" } as never }).claims.filter((c) => c.kind === "transfer");
const priced = (cs: Claim[]) => cs.filter((c) => c.quantity && ["usd", "eur", "gbp"].includes(c.quantity.unit)).map((c) => `${c.supplier}>${c.recipient} ${c.item} ${c.quantity?.value} ${c.quantity?.unit}`);

describe("a deal priced in the sentence after it", () => {
  it.each([
    ["Chile ordered 30 howitzers from South Korea last year. That contract is worth $400 million, the ministry said.", "CHL>KOR money 400000000 usd"],
    ["Peru has ordered 12 helicopters from France under a deal signed in May. The deal was valued at about €900 million, according to the buyer.", "PER>FRA money 900000000 eur"],
    ["Britain signed an agreement to supply 500 anti-tank missiles to Estonia. The agreement is worth £80 million, officials in London said.", "GBR>EST missiles-other 80000000 gbp"],
  ])("%s", (text, claim) => expect(priced(claimsOf(text))).toContain(claim));
});

describe("the price of goods bought is money the buyer pays", () => {
  it.each([
    ["Greece signed a contract for the purchase of 20 jets from France on Monday. The contract is worth €3 billion, the ministry said.", "GRC>FRA money 3000000000 eur"],
    ["Egypt bought four frigates from Italy last year. That deal was valued at $1.2 billion, officials said.", "EGY>ITA money 1200000000 usd"],
    ["Chile agreed to buy 10 helicopters from Spain. The agreement is worth about €500 million, according to Madrid.", "CHL>ESP money 500000000 eur"],
  ])("%s", (text, claim) => expect(priced(claimsOf(text))).toContain(claim));
});

describe("a price with no deal told just before, or with a state of its own, is no further claim", () => {
  it.each([
    ["Chile received 30 howitzers from South Korea last year. The contract is worth $400 million, the ministry said."],
    ["Peru has bought 12 helicopters from France. The deal with Brazil was valued at about €900 million."],
    ["Britain ordered 500 anti-tank missiles for Estonia in May. The weather was mild all week. Crowds filled the old town square. The contract is worth £80 million, a council said."],
  ])("%s", (text) => expect(priced(claimsOf(text))).toEqual([]));
});

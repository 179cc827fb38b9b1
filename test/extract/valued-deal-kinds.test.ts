// A deal told in one sentence and priced in the next by someone who values it, written for the test: "Officials put
// the price at $X", "The minister valued the contract at €X" name the deal again only to give its price, so they tell
// the transfer before again, measured by the sum. The price, cost, bill or value so put on a deal is what the buyer
// pays (SCHEMA.md: money paid for goods is money), dated from the deal. Nothing is read where the sentence before told
// no deal, where the valued sum names a state of its own, or where a package (maybe aid) is valued.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string): Claim[] =>
  processDocument({ path: "valued-deal.txt", bytes: Buffer.from(`Arms trade notes\n\n${text}\n`), meta: { id: "valued-deal", outlet: "Probe Wire", published: "2025-03-04" } as never }).claims.filter((c) => c.kind === "transfer");
const priced = (cs: Claim[]) => cs.filter((c) => c.quantity && ["usd", "eur", "gbp"].includes(c.quantity.unit)).map((c) => `${c.supplier}>${c.recipient} ${c.item} ${c.quantity?.value} ${c.quantity?.unit}`);

describe("a price put on a deal told just before is money the buyer pays", () => {
  it.each([
    ["Kenya signed for 40 armoured vehicles from Turkey last week. Officials in Nairobi put the price at about $300 million, payable over five years.", "KEN>TUR money 300000000 usd"],
    ["Peru will buy 12 helicopters from Italy, the president said after signing the contract. He put the cost at 900 million euros, the biggest purchase in years.", "PER>ITA money 900000000 eur"],
    ["Ghana ordered six patrol boats from France in May. The finance minister has put the bill of the order at roughly €250 million.", "GHA>FRA money 250000000 eur"],
  ])("%s", (text, claim) => expect(priced(claimsOf(text))).toContain(claim));
});

describe("a deal valued by whoever values it is money the buyer pays", () => {
  it.each([
    ["Chile signed for 10 frigates from Spain in May. Chilean officials valued the contract at about 400 million dollars.", "CHL>ESP money 400000000 usd"],
    ["Norway signed for 20 tanks from Germany on Monday. Oslo valued the deal at some €1 billion, the ministry added.", "NOR>DEU money 1000000000 eur"],
    ["Egypt bought four frigates from Italy last year. Cairo has put the value of the contract at $1.2 billion.", "EGY>ITA money 1200000000 usd"],
  ])("%s", (text, claim) => expect(priced(claimsOf(text))).toContain(claim));
});

describe("a valued sum with no deal told just before is no further claim", () => {
  it.each([
    "Germany sent a new batch of arms to Ukraine. Officials put the price at 500 million euros.",
    "Poland received 20 tanks from South Korea. Analysts put the cost of the war at $2 billion a month.",
    "Chile signed for 10 frigates from Spain in May. Lima put the price of its own order from France at $300 million.",
    "Japan will hand over 20 trucks to Ukraine, the minister said. He put the value of the package at about 100 million dollars.",
    "The State Department approved the sale of 12 drones to Qatar on Monday. The department valued the sale at some 2 billion dollars.",
  ])("%s", (text) => expect(priced(claimsOf(text)).filter((c) => c.includes(" money "))).toEqual([]));
});

describe("the price put on a deal dates from the deal", () => {
  const started = (text: string) => claimsOf(text).filter((c) => c.item === "money").map((c) => c.period?.start ?? null);
  it.each([
    "Kenya signed for 40 armoured vehicles from Turkey in January. Officials in Nairobi put the price at about $300 million.",
    "Chile signed for 10 frigates from Spain in January. Chilean officials valued the contract at about 400 million dollars.",
    "Egypt bought four frigates from Italy in January. Cairo has put the cost of the order at $1.2 billion.",
  ])("%s", (text) => expect(started(text)).toEqual(["2025-01"]));
});

// The price put on a deal only measures that deal: a deal still ahead keeps its delivery `possible`, and the valuing
// verb ("put", "valued") adds no estimate of its own.
describe("a price put on a deal keeps the deal's certainty", () => {
  const weighed = (cs: Claim[]) => cs.filter((c) => c.item === "money").map((c) => `${c.supplier}>${c.recipient} ${c.certainty}`);
  it.each([
    ["Kenya signed for 40 armoured vehicles from Turkey last week. Officials in Nairobi put the price at about $300 million, payable over five years.", "KEN>TUR possible"],
    ["Norway signed for 20 tanks from Germany on Monday. Oslo valued the deal at some €1 billion, the ministry added.", "NOR>DEU possible"],
    ["Chile signed for 10 frigates from Spain in May. Chilean officials valued the contract at about 400 million dollars.", "CHL>ESP possible"],
  ])("%s", (text, claim) => expect(weighed(claimsOf(text))).toEqual([claim]));
});

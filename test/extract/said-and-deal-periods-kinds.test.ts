// Two kinds of periods (SCHEMA.md, "Periods"), each shown by phrasings of our own: the money paid under a deal told right
// before ("The deal is worth ...") starts on the day the deal was struck, not with the deliveries the sentence plans; and a
// date before a verb of saying dates the saying where the said clause gives its own date, which dates the claim.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

function claimsOf(page: string, published: string) {
  return processDocument({ path: "said-and-deal.txt", bytes: new TextEncoder().encode(page), meta: { id: "said-and-deal", outlet: "Test Wire", published } }).claims;
}

describe("the money of a deal told right before starts on the day the deal was struck", () => {
  it.each([
    ["Spain signed a contract on 3 March for 12 frigates from Italy, with deliveries planned between 2028 and 2031. The deal is worth about 4 billion euros.", "ESP", "2025-03-03"],
    ["Chile will buy 30 howitzers from Brazil under a contract signed in Santiago on Monday, the ministry said. The deal is valued at up to 900 million dollars, with first deliveries planned for 2029.", "CHL", "2025-05-05"],
    ["Greece signed a contract on 14 April for 20 fighter jets from France, with deliveries planned between 2027 and 2030. Greece will pay about 2 billion euros under the contract, the largest such purchase in a decade.", "GRC", "2025-04-14"],
  ])("%s", (page, payer, start) => {
    const money = claimsOf(page, "2025-05-10").find((c) => c.item === "money");
    expect(money?.supplier).toBe(payer);
    expect(money?.period?.start).toBe(start);
  });
});

describe("a date before a verb of saying gives way to the said clause's own date", () => {
  it.each([
    ["At the ministry last month, spokesman Anna Berg said Poland had shipped 300 tanks to Ukraine in March alone.", "2024-03"],
    ["A year earlier, on 2 May 2024, the envoy had said that Turkey delivered 40 drones to Kenya in February 2024.", "2024-02"],
    ["In Vienna last week, the monitor's chief told reporters that Serbia sent 5,000 rockets to Sudan in January.", "2024-01"],
  ])("%s", (page, start) => {
    expect(claimsOf(page, "2024-06-20")[0]?.period?.start).toBe(start);
  });
});

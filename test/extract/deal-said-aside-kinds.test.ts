// A deal told before and priced again after a speaker's words, with a date before its noun or a clause on it after
// ("The minister said the deal he signed in May was worth"): still that deal, priced (claims/deal-worth.ts).
import { describe, expect, it } from "vitest";
import { claimsOf } from "./paraphrase-aid-table.js";

const sums = (text: string) => claimsOf(text).filter((c) => c.quantity?.unit && ["usd", "eur", "gbp"].includes(c.quantity.unit)).map((c) => `${c.supplier}>${c.recipient} ${c.item} ${c.quantity?.value}`);

describe("a deal priced after a speaker's words, a date or a clause on it", () => {
  it.each([
    ["Chile bought 30 howitzers from South Korea. The minister said the deal he signed in May was worth about $400 million.", "CHL>KOR money 400000000"],
    ["Peru purchased 12 helicopters from Italy. That deal, signed in March 2021, had been worth 300 million euros.", "PER>ITA money 300000000"],
    ["Kenya bought six patrol boats from Turkey. The March 2023 deal was valued at $90 million.", "KEN>TUR money 90000000"],
    ["Ghana signed a contract with Brazil for 8 trainer jets. Officials said that the contract was worth £70 million.", "GHA>BRA money 70000000"],
  ])("%s", (text, claim) => expect(sums(text)).toContain(claim));

  it("leaves a deal priced by a speaker with no deal told before alone", () => {
    expect(sums("The minister said the deal was worth about $400 million.")).toEqual([]);
  });
});

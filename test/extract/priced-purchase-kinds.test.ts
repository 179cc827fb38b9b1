// A price told as an aside after goods a buyer signs for or buys, with no deal named ("signed for 30 howitzers
// from Seoul, reported at about USD 900m") is money the buyer pays the seller (SCHEMA.md, money paid for goods),
// besides the goods counted; a bare "worth" after the goods, and a buying for another, keep the goods' value.
import { describe, expect, it } from "vitest";
import { claimsOf } from "./paraphrase-aid-table.js";

const claims = (text: string) => claimsOf(text).map((c) => `${c.supplier}>${c.recipient} ${c.item} ${c.quantity?.value ?? "-"} ${c.quantity?.unit ?? "-"}`);

describe("a price told after the goods a buyer signs for", () => {
  it.each([
    ["Chile signs for a batch of 30 K9 howitzers from South Korea, reported at about USD 900m.", "CHL>KOR money 900000000 usd", "KOR>CHL artillery-systems 900000000 usd", "KOR>CHL artillery-systems 30 systems"],
    ["Peru signed in May for twelve Gripen jets from Sweden, at a price the minister put at around 800 million dollars.", "PER>SWE money 800000000 usd", "SWE>PER aircraft 800000000 usd", "SWE>PER aircraft 12 aircraft"],
    ["Kenya bought six helicopters from Italy, at a price of 150 million euros.", "KEN>ITA money 150000000 eur", "ITA>KEN aircraft 150000000 eur", "ITA>KEN aircraft 6 aircraft"],
  ])("%s", (text, money, goodsValue, goodsCount) => {
    const got = claims(text);
    expect(got).toContain(money);
    expect(got).not.toContain(goodsValue);
    expect(got).toContain(goodsCount);
  });

  it("keeps a bare worth after the goods, and a buying for another, as the goods' value", () => {
    expect(claims("India purchased crude oil from Iraq worth $2.5 billion.")).toContain("IRQ>IND oil-fuel 2500000000 usd");
    expect(claims("Canada will buy a NASAMS system for Ukraine, at a cost put at about $400 million.").join(" ")).not.toMatch(/money/);
  });
});

// The price of a deal a buyer makes to get goods from a seller ("agreed to buy jets from France, a deal worth
// EUR 2 billion") is money the buyer pays the seller (SCHEMA.md, money paid for goods), besides the goods counted.
import { describe, expect, it } from "vitest";
import { claimsOf } from "./paraphrase-aid-table.js";

const claims = (text: string) => claimsOf(text).map((c) => `${c.supplier}>${c.recipient} ${c.item} ${c.quantity?.value ?? "-"} ${c.quantity?.unit ?? "-"}`);

describe("the price of a deal to get goods", () => {
  it.each([
    ["Greece agreed last spring to buy 20 F-35 jets from the United States, a deal worth about $8.6 billion.", "GRC>USA money 8600000000 usd", "USA>GRC aircraft 8600000000 usd"],
    ["Egypt will receive 24 Rafale jets from France under a deal signed on Monday, worth as much as 4 billion euros.", "EGY>FRA money 4000000000 eur", "FRA>EGY aircraft 4000000000 eur"],
    ["Hungary has ordered 44 Leopard tanks from Germany, in an agreement valued at 1.7 billion euros.", "HUN>DEU money 1700000000 eur", "DEU>HUN armoured-vehicles 1700000000 eur"],
  ])("%s", (text, money, goods) => {
    const got = claims(text);
    expect(got).toContain(money);
    expect(got).not.toContain(goods);
  });

  it("keeps the worth of a sale a seller is cleared to make, of goods given, and of a deal for goods named after it", () => {
    expect(claims("Washington cleared the sale of 40 Patriot missiles to Warsaw, a deal worth about $900 million.")).not.toContain("POL>USA money 900000000 usd");
    expect(claims("Germany will send Ukraine 30 howitzers under a contract worth 400 million euros.")).not.toContain("UKR>DEU money 400000000 eur");
    expect(claims("Spain signed a deal for 18 Eurofighter jets worth about $5 billion.").join(" ")).not.toMatch(/money/);
  });
});

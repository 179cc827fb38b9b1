// A deal told just before and priced on its own ("The contract is worth $2 billion") is money the receiver pays the
// giver where the receiver signed or ordered that deal, though no word of buying stands there.
import { describe, expect, it } from "vitest";
import { claimsOf } from "./paraphrase-aid-table.js";

const claims = (text: string) => claimsOf(text).map((c) => `${c.supplier}>${c.recipient} ${c.item} ${c.quantity?.value ?? "-"} ${c.quantity?.unit ?? "-"}`);

describe("the price of a deal its receiver signed or ordered", () => {
  it.each([
    ["Peru ordered 24 Gripen jets from Sweden in March. The contract was said to be worth about 3 billion euros.", "PER>SWE money 3000000000 eur", "SWE>PER aircraft 3000000000 eur"],
    ["Chile's defence minister Ana Ruiz signed contracts in Santiago on Monday for 30 tanks made in Spain. The deal is worth about $1.2 billion, the ministry said.", "CHL>ESP money 1200000000 usd", "ESP>CHL armoured-vehicles 1200000000 usd"],
    ["In May, Kenya has ordered 40 armoured vehicles from Turkey. That order is valued at $300 million.", "KEN>TUR money 300000000 usd", "TUR>KEN armoured-vehicles 300000000 usd"],
  ])("%s", (text, money, goods) => {
    const got = claims(text);
    expect(got).toContain(money);
    expect(got).not.toContain(goods);
  });

  it("keeps the value of goods where the giver alone acts on the deal", () => {
    const got = claims("Spain will send Ukraine 30 howitzers under a contract Madrid signed with its own industry. The contract is worth 400 million euros.");
    expect(got).not.toContain("UKR>ESP money 400000000 eur");
    const forAnother = claims("Spain said the first of 20 guns ordered for Peru under a contract signed in May would ship soon. That contract is worth $300 million.");
    expect(forAnother).not.toContain("PER>ESP money 300000000 usd");
  });
});

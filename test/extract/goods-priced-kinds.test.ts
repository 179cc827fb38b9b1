// Goods or a package told just before, named again only for their worth or cost ("The tanks are worth $60 million",
// "Officials put their value at"): the transfer told before, measured by the sum (claims/goods-priced.ts).
import { describe, expect, it } from "vitest";
import { claimsOf } from "./paraphrase-aid-table.js";

const sums = (text: string) => claimsOf(text).filter((c) => c.quantity?.unit && ["usd", "eur", "gbp"].includes(c.quantity.unit)).map((c) => `${c.supplier}>${c.recipient} ${c.item} ${c.quantity?.value}`);

describe("goods told before, priced again", () => {
  it.each([
    ["Norway will give Estonia 20 tanks. The tanks are worth $60 million.", "NOR>EST armoured-vehicles 60000000"],
    ["Spain will donate 40 armoured vehicles to Latvia. The vehicles will cost Madrid about €30 million, the minister said.", "ESP>LVA armoured-vehicles 30000000"],
    ["Oslo is to hand Vilnius 12 howitzers. Officials put their value at $45 million.", "NOR>LTU artillery-systems 45000000"],
    ["Chile signed for 10 helicopters from France. Chilean officials valued the package at about $200 million.", "CHL>FRA money 200000000"],
  ])("%s", (text, claim) => expect(sums(text)).toContain(claim));

  it("leaves other goods priced alone", () => {
    expect(sums("Norway will give Estonia 20 tanks. The jets are worth $60 million.")).toEqual([]);
  });
});

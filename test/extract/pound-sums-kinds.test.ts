// A sum of millions glued by hyphens to "pound" ("a 300-million-pound deal") is money in pounds sterling, as
// "a 300-million-dollar deal" is in dollars: a weight of millions of pounds is no thing of the trade, while a
// weight of a few hundred ("a 500-pound bomb") stays a weight.
import { describe, expect, it } from "vitest";
import { claimsOf } from "./paraphrase-aid-table.js";

const sums = (text: string) => claimsOf(text).map((c) => `${c.supplier}>${c.recipient} ${c.item} ${c.quantity?.value ?? "-"} ${c.quantity?.unit ?? "-"}`);

describe("a sum of millions of pounds before its noun", () => {
  it.each([
    ["London agreed a 300-million-pound deal for drones to be sent to Ukraine.", "GBR>UKR drones 300000000 gbp"],
    ["Britain will fund a 250-million-pound deal for drones for Kyiv, the defence ministry said.", "GBR>UKR drones 250000000 gbp"],
    ["The UK signed a 120-million-pound deal to deliver reconnaissance drones to Ukraine this spring.", "GBR>UKR drones 120000000 gbp"],
  ])("%s", (text, claim) => expect(sums(text)).toContain(claim));

  it("keeps a weight a weight", () => {
    expect(sums("Washington sent Kyiv a 2,000-pound bomb.").join(" ")).not.toMatch(/gbp/);
  });
});

// A currency named in the singular between a sum and a noun ("a 500 million dollar package", "a 40 million euro
// tranche") is the sum's money: the noun after it is what the money buys, not a counted thing.
import { describe, expect, it } from "vitest";
import { claimsOf } from "./paraphrase-aid-table.js";

const sums = (text: string) => claimsOf(text).map((c) => `${c.supplier}>${c.recipient} ${c.quantity?.value} ${c.quantity?.unit}`);

describe("a currency word before the noun it pays for", () => {
  it.each([
    ["Denmark announced a 500 million dollar military aid package for Ukraine on Monday.", "DNK>UKR 500000000 usd"],
    ["Norway unveiled a 40 million euro military aid package for Ukraine.", "NOR>UKR 40000000 eur"],
    ["Canada will send Ukraine a 2 billion dollar arms package next year.", "CAN>UKR 2000000000 usd"],
  ])("%s", (text, claim) => expect(sums(text)).toContain(claim));

  it("keeps a plural currency and a symbol as they were", () => {
    expect(sums("Denmark announced a military aid package of 500 million dollars for Ukraine.")).toContain("DNK>UKR 500000000 usd");
    expect(sums("Denmark announced a $500 million military aid package for Ukraine.")).toContain("DNK>UKR 500000000 usd");
  });
});

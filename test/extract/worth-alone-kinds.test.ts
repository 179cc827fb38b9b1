// A sum of worth that names no goods after it ("had supplied $12 million worth.") values goods, not money paid
// (SCHEMA.md: money is what is paid for goods): the goods of the transfer told before, else weapons.
import { describe, expect, it } from "vitest";
import { claimsOf } from "./paraphrase-aid-table.js";

const sums = (text: string) => claimsOf(text).filter((c) => c.quantity?.unit && ["usd", "eur", "gbp", "cad", "aud"].includes(c.quantity.unit)).map((c) => `${c.supplier}>${c.recipient} ${c.item} ${c.quantity?.value}`);

describe("a sum of worth with no goods after it", () => {
  it.each([
    ["Poland said Czech firms had supplied Ukraine with $40 million worth of shells. The same report said Slovak firms had supplied $12 million worth.", "SVK>UKR artillery-ammunition 12000000"],
    ["Kenya received $30 million worth from Ethiopia, the ministry said.", "ETH>KEN weapons-unspecified 30000000"],
    ["Officials said Serbia had shipped Cyprus weapons. Belgrade sent €5 million worth in March.", "SRB>CYP weapons-unspecified 5000000"],
  ])("%s", (text, claim) => expect(sums(text)).toContain(claim));

  it("leaves a sum paid for work as money", () => {
    expect(sums("Japan paid Australia $20 million for the work.")).toContain("JPN>AUS money 20000000");
  });
});

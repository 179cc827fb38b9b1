// A sum whose clause names no goods, joined after a sum of goods in the same sentence, is a sum of the same goods,
// each shown by phrasings of our own ("€2 billion in weapons so far, and €500 million more next year"); a sum
// joined after one of goods but told as paid stays money.
import { describe, expect, it } from "vitest";
import { claimsOf } from "./paraphrase-aid-table.js";

const sums = (text: string) => claimsOf(text).filter((c) => c.quantity?.unit && ["usd", "eur", "gbp", "cad", "aud"].includes(c.quantity.unit)).map((c) => `${c.supplier}>${c.recipient} ${c.item} ${c.quantity?.value}`);

describe("a joined sum with no goods of its own", () => {
  it.each([
    ["Since 2022 Germany has given €2 billion in weapons to Ukraine, and Berlin will provide €500 million every year from now on.", "DEU>UKR weapons-unspecified 500000000"],
    ["The junta in Myanmar bought $300 million of weapons from China since the coup, and $120 million from Belarus, the report found.", "BLR>MMR weapons-unspecified 120000000"],
    ["Canada has pledged C$4 billion in military assistance to Kyiv, while Ottawa intends to give another $800 million this year.", "CAN>UKR weapons-unspecified 800000000"],
  ])("%s", (text, claim) => expect(sums(text)).toContain(claim));

  it("a joined sum told as paid stays money", () => {
    expect(sums("North Korea sent $200 million of arms to Russia, and Moscow paid $50 million in cash for them.")).not.toContain("RUS>PRK weapons-unspecified 50000000");
  });
});

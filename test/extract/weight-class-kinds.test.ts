// A figure in pounds after a count of things and "of" ("900 bombs of 1,000 pounds") is the weight of each thing: no
// amount moved and no sum of money. The count before it is the claim's amount. A sum of millions after "of" is
// money still. Texts of our own.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

function amounts(text: string): string[] {
  const doc = processDocument({ path: "weight.txt", bytes: new TextEncoder().encode(text), meta: { id: "weight", published: "2024-05-20", outlet: "Test Wire" } });
  return doc.claims.map((c) => `${c.supplier}>${c.recipient}:${c.item}:${c.quantity ? `${c.quantity.value} ${c.quantity.unit}` : "-"}`);
}

describe("a weight class after a count is no amount", () => {
  it.each([
    ["The Pentagon said on Monday that Washington has held back 900 bombs of 1,000 pounds that were bound for Israel.", "USA>ISR:ammunition:900 items"],
    ["France will send Ukraine 300 glide bombs of 500 pounds each, the French defence ministry said.", "FRA>UKR:ammunition:300 items"],
    ["Germany sent Ukraine 40 bombs of about 250 pounds in March, Berlin said.", "DEU>UKR:ammunition:40 items"],
  ])("%s", (text, want) => {
    expect(amounts(text)).toEqual([want]);
  });

  it("a sum of millions after a count and 'of' is money still", () => {
    expect(amounts("Britain will give Ukraine two tranches of 500 million pounds for drones, London said.")).toContain("GBR>UKR:drones:500000000 gbp");
  });
});

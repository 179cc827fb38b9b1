// A deal priced in a sentence of its own that also calls the sum an arms export ("..., the largest arms export on
// record"): the sum is still the price the buyer pays the seller, not a second lot of goods (claims/deal-worth.ts).
// Texts of our own, run through the whole pipeline.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

/** "supplier recipient item unit" for each transfer claim of `text`. */
function transfers(text: string): string[] {
  const doc = processDocument({ path: "deal-worth-export.txt", bytes: new TextEncoder().encode(text), meta: { id: "deal-worth-export", published: "2024-06-01", outlet: "Test Wire" } });
  return doc.claims.filter((c) => c.kind === "transfer").map((c) => [c.supplier ?? "-", c.recipient ?? "-", c.item, c.quantity?.unit ?? "-"].join(" "));
}

describe("a deal's price named an arms export is still money the buyer pays", () => {
  it.each([
    ["In March 2023 Peru ordered 24 jets from Sweden.\n\nThe contract was said to be worth about 3 billion euros, the largest Swedish arms export ever.\n", "PER SWE money eur"],
    ["Chile bought 40 tanks from Germany last year under a deal signed in Berlin.\n\nThe deal is worth 900 million euros, a record German arms export to the region.\n", "CHL DEU money eur"],
    ["Kenya ordered 12 helicopters from Italy in May.\n\nThe order is valued at 400 million euros, Italy's biggest arms export this year.\n", "KEN ITA money eur"],
  ])("%s", (text, want) => {
    const got = transfers(text);
    expect(got).toContain(want);
    expect(got.filter((c) => c.endsWith(" eur") && !c.includes(" money "))).toEqual([]);
  });
});

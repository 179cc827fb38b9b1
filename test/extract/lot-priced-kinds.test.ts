// Goods or a package valued in a sentence of their own, right after a buying was told: the sum is money the buyer
// pays the seller, not the goods' worth (claims/deal-worth.ts, valuedLotDrafts). Texts of our own, run through the
// whole pipeline.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

/** "supplier recipient item unit" for each transfer claim of `text`. */
function transfers(text: string): string[] {
  const doc = processDocument({ path: "lot-priced.txt", bytes: new TextEncoder().encode(text), meta: { id: "lot-priced", published: "2024-06-01", outlet: "Test Wire" } });
  return doc.claims.filter((c) => c.kind === "transfer").map((c) => [c.supplier ?? "-", c.recipient ?? "-", c.item, c.quantity?.unit ?? "-"].join(" "));
}

describe("a lot valued after a buying is money the buyer pays", () => {
  it.each([
    ["The minister signed an agreement in Lima on Monday for Peru to buy 16 helicopters from Italy.\n\nThe package is worth about 500 million dollars and includes spare parts and training.\n", "PER ITA money usd"],
    ["Chile bought 30 howitzers from South Korea in March.\n\nThe howitzers are valued at 400 million dollars, officials said.\n", "CHL KOR money usd"],
    ["Kenya purchased eight patrol boats from France last year.\n\nThe boats were worth about 90 million euros.\n", "KEN FRA money eur"],
  ])("%s", (text, want) => {
    expect(transfers(text)).toContain(want);
  });
});

describe("a lot valued after a gift stays the goods' worth", () => {
  it.each([
    ["Norway will send Estonia 12 tanks next month.\n\nThe tanks are valued at 60 million dollars.\n", "NOR EST armoured-vehicles usd"],
    ["Spain gave Ukraine a package of shells in May.\n\nThe package is worth 40 million euros.\n", "ESP UKR artillery-ammunition eur"],
  ])("%s", (text, want) => {
    expect(transfers(text)).toContain(want);
  });
});

describe("the price of a lot bought dates from the buying", () => {
  it.each([
    ["Peru agreed on 3 March 2024 to buy 16 helicopters from Italy.\n\nThe package is worth about 500 million dollars.\n", "2024-03-03"],
    ["Chile bought 30 howitzers from South Korea on 12 February 2024.\n\nThe howitzers are valued at 400 million dollars.\n", "2024-02-12"],
    ["Kenya purchased eight patrol boats from France on 5 January 2024.\n\nThe boats were worth about 90 million euros.\n", "2024-01-05"],
  ])("%s", (text, start) => {
    const doc = processDocument({ path: "lot-priced.txt", bytes: new TextEncoder().encode(text), meta: { id: "lot-priced", published: "2024-06-01", outlet: "Test Wire" } });
    expect(doc.claims.find((c) => c.kind === "transfer" && c.item === "money")?.period?.start).toBe(start);
  });
});

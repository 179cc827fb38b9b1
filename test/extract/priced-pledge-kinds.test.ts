// A sentence that only prices a transfer told just before ("The jets are valued at ...", "The sale is worth ...")
// tells no deed of its own: the sum is as certain as the transfer it prices, so a pledge or a sale still ahead,
// priced, stays `possible`; so does a sum someone puts on the goods ("The minister valued the tanks at ..."). A contract
// or deal priced is a deal struck, a fact of its own.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string) =>
  processDocument({ path: "priced.txt", bytes: Buffer.from(`Report\n\nBy staff\n\n${text}\n`), meta: { id: "priced", outlet: "Probe Wire", published: "2024-03-07" } as never }).claims;
const sumsOf = (text: string, supplier: string, unit: string) => claimsOf(text).filter((c) => c.supplier === supplier && c.quantity?.unit === unit);

describe("a sum that prices a pledge or a sale told before is as certain as it", () => {
  it.each([
    ["Norway will hand Estonia 14 of its older howitzers, the defence minister said on Monday. The howitzers are valued at 80 million euros, he added.", "NOR", "eur"],
    ["Portugal will give Moldova 30 armoured vehicles from its reserve, the government announced. The package is valued at 45 million euros.", "PRT", "eur"],
    ["Ghana should get four patrol boats from Washington, the sales agency said on Friday. The sale is worth about 90 million dollars.", "USA", "usd"],
    // Someone values the goods told before in a sentence of their own.
    ["Spain will give Moldova 16 tanks, the government announced on Friday. The minister valued the tanks at 70 million euros.", "ESP", "eur"],
    ["Greece will send Cyprus 6 used jets, officials said on Monday. The ministry has priced the jets at 90 million euros.", "GRC", "eur"],
    ["Italy will hand Albania 12 howitzers from its reserve, the government said. Officials put the cost of the howitzers at 40 million euros.", "ITA", "eur"],
  ])("%s", (text, supplier, unit) => {
    const sums = sumsOf(text, supplier, unit);
    expect(sums.length).toBeGreaterThan(0);
    expect(sums.map((c) => c.certainty)).toEqual(sums.map(() => "possible"));
  });

  it.each([
    ["Norway has handed Estonia 14 of its older howitzers, the defence minister said on Monday. The howitzers are valued at 80 million euros, he added.", "NOR", "eur"],
    ["Greece has sent Cyprus 6 used jets, the defence ministry said on Monday. The ministry has priced the jets at 90 million euros.", "GRC", "eur"],
    ["Under a contract signed in Oslo on Friday, Kenya will receive 20 armoured trucks from Norway. The contract is worth about 60 million euros, the maker said.", "NOR", "eur"],
  ])("stays asserted: %s", (text, supplier, unit) => {
    const sums = sumsOf(text, supplier, unit);
    expect(sums.length).toBeGreaterThan(0);
    expect(sums.map((c) => c.certainty)).toEqual(sums.map(() => "asserted"));
  });
});

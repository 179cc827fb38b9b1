// Several states speak a sentence whose subject is only "they" (or "we") and say they pay for goods, often made by a
// third state, for a receiver: each speaker's state gives the goods, in the claim of its own source, and the maker
// gives nothing (SCHEMA.md: several givers; a state that buys abroad and hands over is the supplier).
// Texts of our own, run through the whole pipeline.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

/** "supplier recipient item source-country" for each transfer claim of `text`. */
function transfers(text: string): string[] {
  const doc = processDocument({ path: "payers.txt", bytes: new TextEncoder().encode(text), meta: { id: "payers", published: "2025-05-01", outlet: "Test Wire" } });
  return doc.claims.filter((c) => c.kind === "transfer").map((c) => [c.supplier ?? "-", c.recipient ?? "-", c.item, c.source?.country ?? "-"].join(" "));
}

describe("speakers who say they pay for goods for another each give them, in their own claim", () => {
  it.each([
    ["Finland, Estonia and Latvia said they would jointly finance a batch of American missiles for Ukraine.\n", ["FIN UKR missiles-other FIN", "EST UKR missiles-other EST", "LVA UKR missiles-other LVA"], "USA "],
    ["Portugal, Spain and Italy said on Tuesday that they would pay for a shipment of German howitzers for Moldova.\n", ["PRT MDA artillery-systems PRT", "ESP MDA artillery-systems ESP", "ITA MDA artillery-systems ITA"], "DEU "],
    ["Latvia and Lithuania said they will buy French drones for Ukraine.\n", ["LVA UKR drones LVA", "LTU UKR drones LTU"], "FRA "],
  ])("%s", (text, want, maker) => {
    const got = transfers(text);
    expect([...got].sort()).toEqual([...want].sort());
    expect(got.filter((c) => c.startsWith(maker))).toEqual([]);
  });
});

// A page whose report names its receiver in the headline or the first sentence needs to name it after a word of
// giving only once for a further giver's lot, told with no receiver, to go to it (claims/receiver-in-focus.ts).
// Texts of our own, run through the whole pipeline.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

/** "supplier recipient item" for each transfer claim of `text`. */
function transfers(text: string): string[] {
  const doc = processDocument({ path: "lead-receiver.txt", bytes: new TextEncoder().encode(text), meta: { id: "lead-receiver", published: "2024-06-01", outlet: "Test Wire" } });
  return doc.claims.filter((c) => c.kind === "transfer").map((c) => [c.supplier ?? "-", c.recipient ?? "-", c.item].join(" "));
}

describe("a receiver the report leads with, named once after a word of giving, takes a further giver's lot", () => {
  it.each([
    ["Moldova looks to its partners\n\nMoldova's army is short of almost everything this spring.\n\nSeveral capitals have promised armoured trucks to Moldova.\n\nBrazil's newest package is worth $200 million.\n", "BRA MDA weapons-unspecified"],
    ["Kazakhstan looks for help\n\nKazakhstan's defence ministry has asked allies for help with its air defences.\n\nPartners have pledged rifles to Kazakhstan for the border guard.\n\nWarsaw's latest package is worth about $90 million.\n", "POL KAZ weapons-unspecified"],
    ["Armenia's long wait\n\nArmenia is still waiting for most of what it ordered.\n\nA shipment of rifles for Armenia is due in July, officials say.\n\nParis cleared a further tranche worth 40 million euros on Monday.\n", "FRA ARM weapons-unspecified"],
  ])("%s", (text, want) => {
    expect(transfers(text)).toContain(want);
  });
});

describe("a receiver named once, but not where the report leads, takes nothing", () => {
  it.each([
    ["Budget week in the capital\n\nThe finance minister presented the budget on Tuesday.\n\nSeveral capitals have promised armoured trucks to Moldova.\n\nBrazil's newest package is worth $200 million.\n", "BRA MDA weapons-unspecified"],
  ])("%s", (text, unwanted) => {
    expect(transfers(text)).not.toContain(unwanted);
  });
});

// Goods bought for another by a buyer the clause leaves unnamed: the one after "for" receives them, the giver is the
// buyer the report follows, and the maker of the goods gives nothing to it. Texts of our own.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

function flows(text: string): string[] {
  const doc = processDocument({ path: "paid.txt", bytes: new TextEncoder().encode(text), meta: { id: "paid", published: "2024-05-01", outlet: "Test Wire" } });
  return doc.claims.filter((c) => c.kind === "transfer").map((c) => `${c.supplier} ${c.recipient} ${c.item}`);
}

const lead = "Aid news\n\nOSLO, May 1 (Test Wire) - Norway has approved a new military aid package for Ukraine worth 3 billion crowns, Defence Minister Bjorn Arild Gram said on Tuesday.\n\n";

describe("the one goods are bought for receives them from the buyer the report follows", () => {
  it.each([
    ["The package contains funds to purchase 20 Ukrainian-built howitzers for Ukraine's forces, Gram told reporters.", "NOR UKR artillery-systems", "UKR NOR artillery-systems"],
    ["Also in it is money to buy 30 Ukrainian-made mortars for Ukraine's troops, according to Gram.", "NOR UKR artillery-systems", "UKR NOR artillery-systems"],
    ["A further sum will go to acquire 40 Ukrainian-produced drones for Ukraine's brigades, according to Gram.", "NOR UKR drones", "UKR NOR drones"],
  ])("%s", (text, want, wrong) => {
    const got = flows(lead + text);
    expect(got).toContain(want);
    expect(got).not.toContain(wrong);
  });
});

describe("a body the goods are for, named before the one who speaks, is no speaker but their receiver", () => {
  it.each([
    ["Also in it are 12 armoured personnel carriers drawn from Norwegian army stocks and money to buy 30 Ukrainian-made mortars for Ukraine's army, Gram said.", "NOR UKR armoured-vehicles", "UKR NOR armoured-vehicles"],
    ["The package also holds money to buy 30 Ukrainian-made mortars for Ukraine's army, Gram told reporters.", "NOR UKR artillery-systems", "UKR NOR artillery-systems"],
    ["It also sets aside funds to purchase 40 Ukrainian-built drones for Ukraine's army, Gram added.", "NOR UKR drones", "UKR NOR drones"],
  ])("%s", (text, want, wrong) => {
    const got = flows(lead + text);
    expect(got).toContain(want);
    expect(got).not.toContain(wrong);
  });
});

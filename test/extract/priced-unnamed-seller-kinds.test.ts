// A buyer that signs for goods whose giver was told before, with the price as an aside after them ("Peru signed in
// May for 24 used jets, at a price the minister put at $300 million"), pays that sum to the giver as money, though
// the sentence of the price leaves the giver out.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string) =>
  processDocument({ path: "unnamed.txt", bytes: Buffer.from(`Report\n\nBy staff\n\n${text}\n`), meta: { id: "unnamed", outlet: "Probe Wire", published: "2024-03-07" } as never }).claims;

describe("a price told after goods signed for, the giver told before", () => {
  it.each([
    ["Romania is buying Norway's older jets. Romania signed in May for 32 used F-16 fighters, at a price the defence minister put at around 400 million dollars.", "ROU>NOR 400000000"],
    ["Colombia is buying Sweden's spare Gripens. Colombia signed last week for 16 second-hand Gripen jets, at a price officials put at about 3 billion euros.", "COL>SWE 3000000000"],
    ["Peru is buying Italy's retired frigates. Peru signed in June for two used frigates, at a price the navy put at 200 million euros.", "PER>ITA 200000000"],
  ])("%s", (text, flow) => {
    const money = claimsOf(text).filter((c) => c.item === "money");
    expect(money.map((c) => `${c.supplier}>${c.recipient} ${c.quantity?.value}`)).toEqual([flow]);
  });
});

// A clause that names no party carries a flow from before: the latest flow the segment told with its goods (or a
// thing of their family), not merely the flow told last, where a flow of other goods ran the other way in between.
// Texts of our own, run through the whole pipeline.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

/** "supplier recipient item" for each transfer claim of `text`. */
function transfers(text: string): string[] {
  const doc = processDocument({ path: "carried.txt", bytes: new TextEncoder().encode(text), meta: { id: "carried", published: "2024-06-01", outlet: "Test Wire" } });
  return doc.claims.filter((c) => c.kind === "transfer").map((c) => [c.supplier ?? "-", c.recipient ?? "-", c.item].join(" "));
}

describe("a figure of goods told before takes the flow those goods were told with", () => {
  it.each([
    ["Belarus has delivered howitzers to Serbia. In return Serbia sends Belarus machine tools. Some 40 of the howitzers were moved by rail in May.", "BLR SRB artillery-systems", "SRB BLR artillery-systems"],
    ["Chile shipped tanks to Peru last year. Peru, for its part, sends Chile oil. At least 60 of the tanks have since been handed over.", "CHL PER armoured-vehicles", "PER CHL armoured-vehicles"],
    ["Iran has supplied drones to Russia. Moscow in turn has been sending fighter jets to Tehran. About 300 of the drones were shipped across the sea in the autumn.", "IRN RUS drones", "RUS IRN drones"],
  ])("%s", (text, want, wrong) => {
    const got = transfers(text);
    expect(got).toContain(want);
    expect(got).not.toContain(wrong);
  });
});

// A state's body (its army, its navy) that receives goods is the receiver even where a phrase of time that counts
// up to now ("so far", "thus far", "to date") stands between it and its verb (continuations.json bodySubjectGap).
// Texts of our own, run through the whole pipeline.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

/** "supplier recipient item value" for each transfer claim of `text`. */
function transfers(text: string): string[] {
  const doc = processDocument({ path: "gap.txt", bytes: new TextEncoder().encode(text), meta: { id: "gap", published: "2025-05-01", outlet: "Test Wire" } });
  return doc.claims.filter((c) => c.kind === "transfer").map((c) => [c.supplier ?? "-", c.recipient ?? "-", c.item, c.quantity?.value ?? "-"].join(" "));
}

describe("a body that has so far received goods paid for by a state receives them from that state", () => {
  it.each([
    ["Ukraine's army has so far received 18 howitzers paid for by Denmark.\n", "DNK UKR artillery-systems 18"],
    ["Moldova's army has thus far received six howitzers paid for by Romania.\n", "ROU MDA artillery-systems 6"],
    ["Ukraine's air force has to date received 12 drones funded by Sweden.\n", "SWE UKR drones 12"],
  ])("%s", (text, want) => {
    expect(transfers(text)).toContain(want);
  });
});

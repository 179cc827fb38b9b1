// A verb of tracing names where goods came from after its "to": "investigators traced the rifles used by Sudanese
// troops to Chad" tells Chad gave them to the holder, not that anything went to Chad. An armed group after "to" is
// where the goods were found ("traced foreign-made rifles to the rebels"), no giver.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string) =>
  processDocument({ path: "trace.txt", bytes: Buffer.from(`Report\n\nBy staff\n\n${text}\n`), meta: { id: "trace", outlet: "Probe Wire", published: "2025-09-15" } as never }).claims;

describe("what goods are traced to gives them", () => {
  it.each([
    ["Conflict researchers traced the rifles used by Sudanese troops to Chad.", "TCD", "SDN"],
    ["Analysts traced the guided bombs used by Ethiopia to Turkish stocks.", "TUR", "ETH"],
    ["The drones fired by Russian units were traced back to Iran by investigators.", "IRN", "RUS"],
  ])("%s", (text, giver, receiver) => {
    const moved = claimsOf(text).filter((c) => c.kind === "transfer");
    expect(moved.length).toBeGreaterThan(0);
    expect(moved.map((c) => [c.supplier, c.recipient])).toEqual(moved.map(() => [giver, receiver]));
  });

  it("an armed group the goods are traced to gives nothing", () => {
    expect(claimsOf("Researchers traced foreign-made rifles to the Houthis.").filter((c) => c.supplier === "YEM-HOUTHIS")).toEqual([]);
  });
});

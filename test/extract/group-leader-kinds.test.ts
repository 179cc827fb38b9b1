// The commander an armed group is known by names the group, as a leader names a state: goods sent to
// "Haftar's forces" or "Hemedti" go to the Libyan National Army or the Rapid Support Forces, not to the state
// they are based in.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string) =>
  processDocument({ path: "leader.txt", bytes: Buffer.from(`Report\n\nBy staff\n\n${text}\n`), meta: { id: "leader", outlet: "Probe Wire", published: "2024-11-05" } as never }).claims;

describe("a group's commander names the group", () => {
  it.each([
    ["Egypt sent a dozen armoured cars to Haftar's fighters in Benghazi last winter, the monitors wrote.", "EGY", "LBY-LNA"],
    ["Investigators say Chad delivered rifles to Hemedti's men in Darfur.", "TCD", "SDN-RSF"],
    ["The Emirates shipped drones to Khalifa Hafter in 2020, according to the panel.", "ARE", "LBY-LNA"],
  ])("%s", (text, supplier, recipient) => {
    const claims = claimsOf(text).filter((c) => c.kind === "transfer");
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims) {
      expect(c.recipient).toBe(recipient);
      if (supplier) expect(c.supplier).toBe(supplier);
    }
  });
});

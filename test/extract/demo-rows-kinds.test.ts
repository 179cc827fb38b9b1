// Wrong rows an analyst found in the demo ledger, each as a kind with sentences of our own:
// 1. a comparison after the claim ("twice the figure X gave in October") dated the new figure to the earlier count's month;
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const read = (text: string, published = "2024-11-20") =>
  processDocument({ path: "t.txt", bytes: new TextEncoder().encode(text), meta: { id: "t", outlet: "Probe Wire", published } });

describe("a comparison with an earlier count after the claim does not date it", () => {
  it.each([
    ["Iran has shipped some 900 drones to Russia, officials in Kyiv said, more than twice the figure London gave in March.", "drones"],
    ["Belarus has sent about 60 tanks to Russia, according to the monitors, double the number the agency counted in May.", "armoured-vehicles"],
    ["Russia has delivered 40 air-defence radars to North Korea, a lawmaker said, up from the count officials gave in June.", "air-defence-systems"],
  ])("%s", (sentence, item) => {
    const claims = read(sentence).claims.filter((c) => c.kind === "transfer" && c.item === item);
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims) expect(c.period).toBeNull();
  });
});

// A plain verb of making ("make", "build") with a works as its subject tells the works' output: "the plant could
// make 2,000 drones", "Finnish plants make about 4,000 rounds of mortar ammunition a week".
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string) =>
  processDocument({ path: "works.txt", bytes: Buffer.from(`Report\n\nBy staff\n\n${text}\n`), meta: { id: "works", outlet: "Probe Wire", published: "2024-03-07" } as never }).claims;

describe("a works that makes or builds things tells its output", () => {
  it.each([
    ["Finnish plants make only about 4,000 rounds of 120-millimetre mortar ammunition a week, the ministry said.", "FIN", "artillery-ammunition", 4000],
    ["The Times reported in May that the Hungarian plant aims to build 300 armoured vehicles by the end of 2027.", "HUN", "armoured-vehicles", 300],
    ["Officials in Ankara said the new Turkish factory near Konya could make 2,000 drones by 2026.", "TUR", "drones", 2000],
  ])("%s", (text, state, item, value) => {
    const made = claimsOf(text).filter((c) => c.kind === "production");
    expect(made.map((c) => [c.supplier, c.item, c.quantity?.value])).toContainEqual([state, item, value]);
  });
});

// A state that receives goods named by a model of one maker (model-makers.json) receives them from that maker,
// where the report told no earlier flow of such goods into it; where it did, the earlier giver keeps them.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string) =>
  processDocument({ path: "received.txt", bytes: Buffer.from(`Report\n\nBy staff\n\n${text}\n`), meta: { id: "received", outlet: "Probe Wire", published: "2024-03-07" } as never }).claims;
const flows = (text: string) => claimsOf(text).filter((c) => c.kind === "transfer").map((c) => `${c.supplier}>${c.recipient}:${c.item}`);

describe("a model's maker gives what a state receives", () => {
  it.each([
    ["Morocco received the last four Apache helicopters of its order in January, the army said.", "USA>MAR:aircraft"],
    ["Colombia is to receive two Scorpene submarines before 2030, officials in Bogota said.", "FRA>COL:naval"],
    ["Kenya has received six Bayraktar TB2 drones since the start of the year, a defence source said.", "TUR>KEN:drones"],
  ])("%s", (text, flow) => {
    expect(flows(text)).toContain(flow);
  });

  it("not where the report told an earlier flow of such goods into the same state", () => {
    const text = "Australia agreed last year to give Ukraine 49 of its retired Abrams tanks.\n\nUkraine received the first Abrams tanks in June, officials in Kyiv said.";
    expect(flows(text).every((f) => f.startsWith("AUS>"))).toBe(true);
  });
});

describe("received goods with no count or rank of their own name no giver", () => {
  it.each([
    "Ukraine received Abrams tanks in the autumn, officials in Kyiv said.",
    "Georgia has received Bayraktar TB2 drones, the ministry said.",
    "Lithuania received Leopard tanks last year, a defence source said.",
  ])("%s", (text) => expect(claimsOf(text).filter((c) => c.kind === "transfer")).toEqual([]));
});

// A party named only by a description is the state the page has in focus ("the military government") or, for
// "the army", the state whose army the page named last; after "to" or "from" it is the other end of the transfer, never the state named before it
// in its own sentence.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string) =>
  processDocument({ path: "regime.txt", bytes: Buffer.from(`Report\n\nBy staff\n\n${text}\n`), meta: { id: "regime", outlet: "Probe Wire", published: "2024-03-07" } as never }).claims;

const pairs = (text: string) => claimsOf(text).filter((c) => c.kind === "transfer").map((c) => `${c.supplier}>${c.recipient}`);

describe("the army names the state whose army was named, the military government the state in focus", () => {
  it.each([
    ["Chad's army has been fighting in the north for months. The army has taken delivery of Turkish drones since last spring.", "TUR>TCD"],
    ["The Malian army broke with France two years ago. Since then the army has received Russian helicopters and armoured trucks.", "RUS>MLI"],
    ["Niger's rulers expelled the French envoy in 2023. Moscow has since shipped air-defence radars to the military government.", "RUS>NER"],
  ])("%s", (text, pair) => {
    expect(pairs(text)).toContain(pair);
  });
});

describe("after 'to' or 'from' a description is the other end of the transfer", () => {
  it.each([
    ["Myanmar's generals seized power in 2021. Beijing has sold rifles and armoured cars to the junta ever since.", "CHN>MMR"],
    ["Eritrea lives under sanctions. Tehran delivered attack drones to the regime last year, diplomats say.", "IRN>ERI"],
    ["Belarus hosts Russian troops. Moscow shipped new air-defence launchers to the country in the autumn.", "RUS>BLR"],
  ])("%s", (text, pair) => {
    expect(pairs(text)).toContain(pair);
  });
});

// Arrivals still to come, written for the test: goods named as the subject of "are expected to arrive in X", "will
// arrive in X", or the object of a verb of expecting before "to arrive", are a planned lot: the state after "in"
// (or the one that expects) receives, the goods' origin or the flow the report follows gives. Phrasings of our own.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string): Claim[] =>
  processDocument({ path: "future-arrival.txt", bytes: Buffer.from(`${text}\n`), meta: { id: "future-arrival", outlet: "Probe Wire", published: "2024-05-02" } as never }).claims;
/** The flows told by the sentence that holds `words`. */
const flowsIn = (text: string, words: string) =>
  claimsOf(text)
    .filter((c) => c.kind === "transfer" && c.evidence.text.includes(words))
    .map((c) => [c.supplier, c.recipient, c.item, c.certainty]);

describe("goods whose arrival is still to come are a planned lot", () => {
  it.each([
    ["Spain has sent Peru two patrol boats. Twelve Spanish tanks are expected to arrive in Peru in 2026, officials said.", "expected to arrive", ["ESP", "PER", "armoured-vehicles", "possible"]],
    ["The United States approved a sale of radar parts to Greece on Monday. Athens expects the last of its F-35 fighters to arrive by the end of next year, the ministry said.", "to arrive", ["USA", "GRC", "aircraft", "possible"]],
    ["Sweden gave Latvia ten boats in 2022. Riga expects the Swedish howitzers to arrive by the autumn, the ministry said.", "to arrive", ["SWE", "LVA", "artillery-systems", "possible"]],
  ] as const)("%s", (text, words, flow) => {
    expect(flowsIn(text, words)).toContainEqual(flow);
  });
});

describe("what arrives is no goods, or arrives in a strike, tells no lot", () => {
  it.each([
    ["The storm is expected to arrive in Peru on Monday.", "storm"],
    ["Russia keeps arming Syria. Iranian drones will arrive soon, a Syrian officer claimed after the strike that killed four.", "Iranian drones"],
  ] as const)("%s", (text, words) => {
    expect(flowsIn(text, words)).toEqual([]);
  });
});

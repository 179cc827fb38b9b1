// A sentence that opens with a bare further lot goes on with the flow told before, written for the test: the lot
// moves by "are to be" or "is due to be" with a verb of giving ("a further two are to be delivered", "another five are to be shipped"), or by a verb
// of going ("the remaining six will follow", "another 300 had gone over"). Phrasings of our own.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string): Claim[] =>
  processDocument({ path: "opening-lot.txt", bytes: Buffer.from(`${text}\n`), meta: { id: "opening-lot", outlet: "Probe Wire", published: "2025-01-15" } as never }).claims;
/** The flows, with their figure, told by the sentence that holds `words`. */
const lotsIn = (text: string, words: string) =>
  claimsOf(text)
    .filter((c) => c.kind === "transfer" && c.evidence.text.includes(words))
    .map((c) => [c.supplier, c.recipient, c.item, c.quantity?.value ?? null]);

describe("a bare further lot takes the flow told before", () => {
  it.each([
    ["Germany delivered three air-defence systems to Ukraine in 2024. A further two are to be delivered next year.", "further two", ["DEU", "UKR", "air-defence-systems", 2]],
    ["Canada handed 16 armoured vehicles to Latvia in March. Another five are to be shipped in the autumn.", "Another five", ["CAN", "LVA", "armoured-vehicles", 5]],
    ["Spain has shipped 12 howitzers to Peru. The remaining six will follow in 2026.", "remaining six", ["ESP", "PER", "artillery-systems", 6]],
    ["Chad sent 500 soldiers to Libya in January. Another 300 had gone over by March.", "Another 300", ["TCD", "LBY", "troops", 300]],
  ] as const)("%s", (text, words, lot) => {
    expect(lotsIn(text, words)).toContainEqual(lot);
  });
});

describe("a sentence that opens with a figure of something else is no further lot", () => {
  it("a figure followed by a verb of going that is no lot of goods stays unread", () => {
    expect(lotsIn("Chad sent 500 soldiers to Libya in January. Two years had gone by before the next rotation.", "Two years")).toEqual([]);
  });
});

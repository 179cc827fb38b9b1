// Troops that simply are somewhere, written for the test: a place inside a state after "are (now) in" names that
// state as it does after "stationed in", where troops are what is there. Phrasings of our own.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string): Claim[] =>
  processDocument({ path: "presence.txt", bytes: Buffer.from(`${text}\n`), meta: { id: "presence", outlet: "Probe Wire", published: "2024-05-02" } as never }).claims;
const flows = (text: string) =>
  claimsOf(text)
    .filter((c) => c.kind === "transfer")
    .map((c) => [c.supplier, c.recipient, c.item]);

describe("troops that are in a place inside a state are in that state", () => {
  it.each([
    ["At least 4,000 Egyptian troops are in Belgorod, the monitor said.", ["EGY", "RUS", "troops"]],
    ["Some 2,500 Cuban soldiers were now in Kursk by the end of the month.", ["CUB", "RUS", "troops"]],
    ["Around 700 Laotian servicemen are already in Tatarstan, an official claimed.", ["LAO", "RUS", "troops"]],
  ] as const)("%s", (text, flow) => {
    expect(flows(text)).toContainEqual(flow);
  });
});

describe("a place after 'are in' with no troops before it names no state", () => {
  it.each([
    ["The talks were in Kursk last week, and Egypt sent a delegation.", ["EGY", "RUS"]],
    ["The offices of the Cuban firm are in Kazan, the registry shows.", ["CUB", "RUS"]],
  ] as const)("%s", (text, [s, r]) => {
    expect(flows(text).filter(([a, b]) => a === s && b === r)).toEqual([]);
  });
});

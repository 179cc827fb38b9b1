// Troops that sail to a state, or a bare count of troops told before that sails: written for the test, phrasings of our own.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string): Claim[] =>
  processDocument({ path: "troop-voyage.txt", bytes: Buffer.from(`${text}\n`), meta: { id: "troop-voyage", outlet: "Probe Wire", published: "2024-11-02" } as never }).claims;
const counted = (text: string) =>
  claimsOf(text)
    .filter((c) => c.kind === "transfer" && c.item === "troops")
    .map((c) => [c.supplier, c.recipient, c.quantity?.value ?? c.quantity?.min ?? null]);

describe("troops who sail to a state were sent there", () => {
  it.each([
    ["North Korea has sent soldiers to Russia, Seoul says.\n\nSeoul's spy agency says about 2,000 North Korean marines sailed to Vladivostok in late October.", ["PRK", "RUS", 2000]],
    ["North Korea has sent soldiers to Russia, Seoul says.\n\nThe agency said the first 2,400 sailed to Vladivostok on Russian ships.", ["PRK", "RUS", 2400]],
    ["North Korea is sending soldiers to Russia, the agency says.\n\nAnother 700 sailed from the North last week, it said.", ["PRK", "RUS", 700]],
    ["Pyongyang has dispatched troops to Russia, officials believe.\n\nRoughly 1,100 more sailed for Vladivostok on Friday, the officials said.", ["PRK", "RUS", 1100]],
  ] as const)("%s", (text, flow) => {
    expect(counted(text)).toContainEqual(flow);
  });
});

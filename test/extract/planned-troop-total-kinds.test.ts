// A whole told to come for the troops sent before ("the deployment is expected to reach 12,000", "put the planned
// deployment at 12,000") counts them as a plan: written for the test, phrasings of our own.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string): Claim[] =>
  processDocument({ path: "planned-troop-total.txt", bytes: Buffer.from(`${text}\n`), meta: { id: "planned-troop-total", outlet: "Probe Wire", published: "2024-11-02" } as never }).claims;
const planned = (text: string) =>
  claimsOf(text)
    .filter((c) => c.kind === "transfer" && c.item === "troops")
    .map((c) => [c.supplier, c.recipient, c.quantity?.value ?? c.quantity?.min ?? null, c.certainty]);

describe("a whole told to come for the troops sent before is a planned count", () => {
  it.each([
    ["Seoul said on Monday that about 2,000 North Korean soldiers had been sent to Russia.\n\nThe agency still expects the full deployment to reach around 11,000.", ["PRK", "RUS", 11000, "possible"]],
    ["Seoul said on Monday that about 2,000 North Korean soldiers had been sent to Russia.\n\nThe agency said the total is expected to hit 9,000 by January.", ["PRK", "RUS", 9000, "possible"]],
    ["Officials said Cuba had sent 400 soldiers to Venezuela.\n\nThey think the contingent could climb to 1,600 before spring.", ["CUB", "VEN", 1600, "possible"]],
    ["Seoul said on Monday that about 2,000 North Korean soldiers had been sent to Russia.\n\nSeoul's spy agency first put the planned deployment at roughly 11,000 in October.", ["PRK", "RUS", 11000, "possible"]],
    ["Officials said Cuba had sent 400 soldiers to Venezuela.\n\nDiplomats put the planned deployment at about 1,500.", ["CUB", "VEN", 1500, "possible"]],
  ] as const)("%s", (text, claim) => {
    expect(planned(text)).toContainEqual(claim);
  });
});

describe("a whole put on goods does not count people", () => {
  it.each([
    ["Officials said Iran had sent 40 drones to Russia.\n\nThe agency expects the full deployment to reach 300.", ["IRN", "RUS", 300]],
  ] as const)("%s", (text, [s, r, n]) => {
    expect(claimsOf(text).filter((c) => c.supplier === s && c.recipient === r && c.quantity?.value === n)).toEqual([]);
  });
});

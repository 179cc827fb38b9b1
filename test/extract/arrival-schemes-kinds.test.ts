// Goods that reach a state by a scheme another state runs for it, written for the test: a state's adjective before
// a scheme noun ("the Estonian initiative", "the Dutch scheme"), led by "from", "through" or "under", names the
// giver, for arms that are fired too. Phrasings of our own.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string): Claim[] =>
  processDocument({ path: "schemes.txt", bytes: Buffer.from(`${text}\n`), meta: { id: "schemes", outlet: "Probe Wire", published: "2024-05-02" } as never }).claims;
const flows = (text: string) =>
  claimsOf(text)
    .filter((c) => c.kind === "transfer")
    .map((c) => [c.supplier, c.recipient, c.item]);

describe("goods that reach a state by another state's scheme are that state's gift", () => {
  it.each([
    ["Some 40,000 artillery rounds reached Moldova through the Estonian scheme in March.", ["EST", "MDA", "artillery-ammunition"]],
    ["More than 12,000 mortar bombs from the Dutch initiative reached Georgia in April, the ministry said.", ["NLD", "GEO", "artillery-ammunition"]],
    ["The first 8,000 mortar shells from the Polish programme reached Armenia last month.", ["POL", "ARM", "artillery-ammunition"]],
    ["Thousands of howitzer shells reached Ukraine under the Danish plan this year.", ["DNK", "UKR", "artillery-ammunition"]],
  ] as const)("%s", (text, flow) => {
    expect(flows(text)).toContainEqual(flow);
  });
  it("fired arms of a state's make that reach a state with no scheme tell nothing", () => {
    expect(flows("Iranian rockets reached Israel on Sunday night.")).toEqual([]);
  });
});

// A figure that a clause after it tells as what a state may take or is allowed under a rule ("the 500,000 barrels a
// year it may legally import") is a limit, not a second delivery; the figure of what moved stays. Phrasings of our own.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string): Claim[] =>
  processDocument({ path: "limit-after.txt", bytes: Buffer.from(`${text}\n`), meta: { id: "limit-after", outlet: "Probe Wire", published: "2024-11-20" } as never }).claims;
const figures = (text: string) =>
  claimsOf(text)
    .filter((c) => c.kind === "transfer")
    .map((c) => c.quantity?.value ?? c.quantity?.min ?? null);

describe("a figure a state is allowed under a rule is no delivery", () => {
  it.each([
    ["Satellite images suggest Russia delivered over 900,000 barrels of refined oil to North Korea this year, far beyond the 500,000 barrels a year it is allowed to receive under UN rules.", 900000],
    ["Russia has supplied North Korea with roughly 1.2 million barrels of oil since March, well over the 500,000 barrels it is entitled to under the sanctions regime.", 1200000],
    ["Officials believe Russia sent North Korea about 700,000 barrels of petroleum, more than the 500,000 barrels that Pyongyang is permitted to buy annually.", 700000],
  ] as const)("%s", (text, moved) => {
    const found = figures(text);
    expect(found).toContain(moved);
    expect(found).not.toContain(500000);
  });
});

describe("a figure set against a limit, or an earlier delivery, stays a claim", () => {
  it.each([
    ["Russia sent North Korea 700,000 barrels of fuel this year, twice the 350,000 barrels it delivered last year, officials said.", 350000],
    ["Russia sent North Korea 900,000 barrels of oil this year, more than it is allowed under UN rules, officials said.", 900000],
    ["Russia shipped 900,000 barrels of oil to North Korea in breach of the limit it is allowed under the UN cap.", 900000],
  ] as const)("%s", (text, moved) => {
    expect(figures(text)).toContain(moved);
  });
});

// A figure that modifies a noun of a limit ("the 500,000-barrel annual cap", "a 40-jet yearly quota") names the rule,
// not what moved; a figure that counts the lots goods went in ("in three waves", "across all 12 packages") tells how
// often, not how much. The figure of what moved stays. Phrasings of our own.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string): Claim[] =>
  processDocument({ path: "limit-heads.txt", bytes: Buffer.from(`${text}\n`), meta: { id: "limit-heads", outlet: "Probe Wire", published: "2025-03-14" } as never }).claims;
const figures = (text: string) =>
  claimsOf(text)
    .filter((c) => c.kind === "transfer")
    .map((c) => c.quantity?.value ?? c.quantity?.min ?? null);

describe("a figure that modifies a noun of a limit is no delivery", () => {
  it.each([
    ["Russia shipped some 800,000 barrels of diesel to North Korea last year, well above the 500,000-barrel yearly cap agreed at the UN.", 800000, 500000],
    ["Iran shipped 400 drones to Venezuela in 2024, twice the 200-drone yearly ceiling set in the contract.", 400, 200],
    ["Turkey delivered 60 armoured vehicles to Somalia this year, more than the 40-vehicle export ceiling its parliament had approved.", 60, 40],
  ] as const)("%s", (text, moved, limit) => {
    const found = figures(text);
    expect(found).toContain(moved);
    expect(found).not.toContain(limit);
  });
});

describe("a count of the lots goods went in is no quantity", () => {
  it.each([
    ["Poland has given Ukraine weapons worth PLN 15bn in all 45 packages so far.", 45],
    ["Sweden's aid to Ukraine, EUR 3.1bn across 19 packages so far, includes armoured vehicles, the government said.", 19],
    ["Denmark's support for Ukraine now totals DKK 60bn across 26 packages, the ministry said.", 26],
  ] as const)("%s", (text, lots) => {
    const claims = claimsOf(text).filter((c) => c.kind === "transfer");
    expect(claims.length).toBeGreaterThan(0);
    expect(claims.map((c) => c.quantity?.value ?? null)).not.toContain(lots);
  });
});

// Money set aside for aid in a year not yet over when the page was published ("has earmarked ... for 2025", "plans
// some ... of aid this year"): spending still ahead, `possible`. A sum set aside with no year, or for a year already
// over, keeps its certainty.
// Phrasings of our own.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string): Claim[] =>
  processDocument({ path: "money-allotted.txt", bytes: Buffer.from(`${text}\n`), meta: { id: "money-allotted", outlet: "Probe Wire", published: "2025-06-01" } as never }).claims;
const weighed = (text: string) => claimsOf(text).filter((c) => c.kind === "transfer").map((c) => [c.supplier, c.recipient, c.certainty]);

describe("money set aside for a year still running or ahead is possible", () => {
  it.each([
    ["Spain has earmarked 900 million euros for military aid to Ukraine in 2026.", ["ESP", "UKR", "possible"]],
    ["Rome plans some 3 billion euros of military support for Ukraine in 2025.", ["ITA", "UKR", "possible"]],
    ["Oslo has set aside 5 billion kroner for weapons for Kyiv this year.", ["NOR", "UKR", "possible"]],
    ["Vienna allocated 40 million euros for military aid to Ukraine next year.", ["AUT", "UKR", "possible"]],
  ] as const)("%s", (text, flow) => {
    expect(weighed(text)).toContainEqual(flow);
  });
});

describe("money set aside with no year, or for a year gone by, keeps its certainty", () => {
  it.each([
    ["Spain has earmarked a further 900 million euros for drones for Ukraine.", ["ESP", "UKR", "asserted"]],
    ["Spain earmarked 900 million euros for military aid to Ukraine in 2023.", ["ESP", "UKR", "asserted"]],
  ] as const)("%s", (text, flow) => {
    expect(weighed(text)).toContainEqual(flow);
  });
});

// Sentences, written for the test, where a count stands before "second-hand" goods: the time word "second", glued by
// a hyphen to "hand", is part of a compound modifier, not a measure of time, so the count is the goods' own. Three
// phrasings of our own, with the count in figures and in words; a plain time after a count stays no count.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string): Claim[] =>
  processDocument({ path: "kinds.txt", bytes: Buffer.from(text), meta: { id: "kinds", outlet: "Probe Wire", published: "2025-03-01" } as never }).claims;

describe("a count before second-hand goods counts the goods", () => {
  it.each([
    ["Argentina signed last April for twenty-four second-hand F-16s from Denmark, the defence ministry said.\n", "DNK", "ARG", 24],
    ["Peru bought twelve second-hand Leopard tanks from Spain last year.\n", "ESP", "PER", 12],
    ["Chile bought 12 second-hand frigates from Britain in 2023.\n", "GBR", "CHL", 12],
  ])("%s", (text, supplier, recipient, count) => {
    const claims = claimsOf(text);
    expect(claims.map((c) => [c.supplier, c.recipient, c.quantity?.value ?? null])).toContainEqual([supplier, recipient, count]);
  });

  it("a count of seconds is still no count of goods", () => {
    const claims = claimsOf("Within 30 seconds the battery fired, and Russia sent shells to Syria, the ministry said.\n");
    expect(claims.every((c) => c.quantity?.value !== 30)).toBe(true);
  });
});

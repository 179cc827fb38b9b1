// Small readings once missed or misread: a package's rank is no count; 'arm' with a state or group as
// object gives it weapons; a people's collective name as subject stands for its state.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string): Claim[] =>
  processDocument({ path: "recall-more-kinds.txt", bytes: Buffer.from(`${text}\n`), meta: { id: "recall-more-kinds", outlet: "Probe Wire", published: "2024-05-02" } as never }).claims;

const transfers = (text: string) => claimsOf(text).filter((c) => c.kind === "transfer");

describe("an ordinal before a package is its rank, never a count", () => {
  it.each([
    ["Norway has unveiled its 17th aid package for Ukraine, worth $90 million.", 17],
    ["Sweden sent the 23rd tranche of weapons to Ukraine in May.", 23],
    ["Canada's thirty-first military aid package for Ukraine was signed on Monday.", 31],
  ])("%s", (text, rank) => {
    const t = transfers(text);
    expect(t.length).toBeGreaterThan(0);
    expect(t.some((c) => c.quantity?.value === rank)).toBe(false);
  });
});

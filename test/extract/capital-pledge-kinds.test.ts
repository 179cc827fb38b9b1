// A capital in the possessive before a pledge ("Oslo's pledge of 12 boats") or an answer ("Quito's answer was that
// ...") stands for its government: the claim is that government's, where nobody else in the sentence says it.
// A state by its name ("Chile's pledge") stays the outlet's telling.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string) =>
  processDocument({ path: "capital.txt", bytes: Buffer.from(`Report\n\nBy staff\n\n${text}\n`), meta: { id: "capital", outlet: "Probe Wire", published: "2024-03-07" } as never }).claims;

describe("a capital's pledge or answer is its government's", () => {
  it.each([
    ["Oslo's pledge of 12 patrol boats to Latvia dates from last autumn.", "NOR"],
    ["Ottawa's promise of 40 howitzers to Ukraine still stands, two years on.", "CAN"],
    ["In May, Warsaw's offer of 30 tanks to Ukraine took the allies by surprise.", "POL"],
    ["Tehran's answer was that it had never sent drones to Russia.", "IRN"],
  ])("%s", (text, country) => {
    const claims = claimsOf(text);
    expect(claims.length).toBeGreaterThan(0);
    expect(claims.map((c) => c.source.country)).toEqual(claims.map(() => country));
    // (The capital stays the giver: it is no speaker set apart from the claim's parties.)
    expect(claims.map((c) => c.supplier)).toEqual(claims.map(() => country));
  });
});

// (A state by its name before its own pledge speaks for its government where it is the first state named,
// sources-state-pledge-kinds.test.ts; after another state it is that state's subject matter, in the outlet's voice.)
describe("a state by its name after another state keeps the outlet's voice", () => {
  it.each([["Latvia still awaits Norway's pledge of 12 patrol boats from last autumn."]])("%s", (text) => {
    const claims = claimsOf(text);
    expect(claims.length).toBeGreaterThan(0);
    expect(claims.every((c) => !c.source.country)).toBe(true);
  });
});

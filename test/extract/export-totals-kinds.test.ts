// Sentences, written for the test, that give a state's exports as one total ("its arms exports reached ..."):
// sales to all its buyers, no flow to the state the sentences before deal with. Three phrasings of our own;
// exports with a receiver named in the clause still carry their claim.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string): Claim[] =>
  processDocument({ path: "kinds.txt", bytes: Buffer.from(text), meta: { id: "kinds", outlet: "Probe Wire", published: "2024-06-01" } as never }).claims;
const lead = "Brazil will buy 12 helicopters from Italy, the defence ministry said.\n\n";
const from = (claims: Claim[], start: string) => claims.filter((c) => c.evidence.text.startsWith(start));

describe("a state's exports told as one total carry no claim", () => {
  it.each([
    "Brazil's own arms exports reached $1.2 billion last year, with rifles and patrol boats among the biggest items.",
    "Its defence exports hit a record 900 million euros in 2023, the ministry said.",
    "Brazilian weapons exports climbed to $800 million in 2022.",
  ])("%s", (sentence) => {
    const claims = claimsOf(`${lead}${sentence}\n`);
    expect(from(claims, sentence.slice(0, 20))).toEqual([]);
    expect(claims.some((c) => c.supplier === "ITA" && c.recipient === "BRA" && c.item === "aircraft")).toBe(true);
  });
  it.each([
    "Italian arms exports to Brazil reached $300 million last year.",
    "Italy's exports of patrol boats to Brazil doubled to $90 million in 2023.",
  ])("exports to a named receiver still flow: %s", (sentence) => {
    const claims = from(claimsOf(`${lead}${sentence}\n`), sentence.slice(0, 20));
    expect(claims.map((c) => `${c.supplier} ${c.recipient}`)).toContain("ITA BRA");
  });
});

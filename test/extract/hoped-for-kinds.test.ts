// Kinds of certainty for a count a giver hopes for: "hopes for 40,000 more by May" tells a wish, not a deed, so that
// claim is `possible` (SCHEMA.md, "Certainty": an intention or an expected delivery), as "hopes to send" is, while the
// count told as done before it stays `asserted`. Phrasings of our own.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

function claimsOf(page: string) {
  const doc = processDocument({ path: "hoped-for.txt", bytes: new TextEncoder().encode(page), meta: { id: "hoped-for", outlet: "Test Wire", published: "2024-06-14" } });
  return doc.claims.map((c) => ({ supplier: c.supplier, recipient: c.recipient, value: c.quantity?.value ?? null, certainty: c.certainty }));
}

describe("a count hoped for is not yet given", () => {
  it.each([
    ["Lithuania has sent 20,000 shells to Ukraine this year and hopes for 40,000 more by May.", "LTU", 20000, 40000],
    ["Estonia's shell drive has delivered 80,000 rounds to Kyiv since spring and hopes for about 150,000 by the end of the year.", "EST", 80000, 150000],
    ["Latvia shipped 12,000 shells to Ukraine in March. Riga hopes for a total of 30,000 by autumn.", "LVA", 12000, 30000],
  ])("%s", (page, supplier, done, hoped) => {
    const claims = claimsOf(page);
    expect(claims).toContainEqual({ supplier, recipient: "UKR", value: done, certainty: "asserted" });
    expect(claims).toContainEqual({ supplier, recipient: "UKR", value: hoped, certainty: "possible" });
  });
});

// Kinds of certainty for the cargo a count of containers is said to be "enough for" (SCHEMA.md: "6,700 containers
// that could hold 3 million shells" is one `containers` claim and `believed` `rounds` claims), each shown by
// phrasings of our own: the rounds the containers are enough for are an estimate, while the containers sent stay as
// their source states them.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

function claimsOf(page: string) {
  const doc = processDocument({ path: "certainty-enough.txt", bytes: new TextEncoder().encode(page), meta: { id: "certainty-enough", outlet: "Test Wire", published: "2024-06-14" } });
  return doc.claims.map((c) => ({ amount: c.quantity?.value ?? c.quantity?.min ?? null, certainty: c.certainty }));
}

describe("the rounds that containers are enough for are an estimate", () => {
  it.each([
    ["Seoul's defence minister said about 5,000 containers had been sent from North Korea to Russia, enough for two million shells.", 5000, 2000000],
    ["The defence minister said 4,000 containers went from North Korea to Russia this year, enough, he said, for roughly 1.5 million artillery rounds.", 4000, 1500000],
    ["Seoul's spy agency said 3,000 containers were shipped from North Korea to Russia, enough for some 900,000 shells.", 3000, 900000],
  ])("%s", (page, containers, rounds) => {
    const claims = claimsOf(page);
    expect(claims).toContainEqual({ amount: rounds, certainty: "believed" });
    expect(claims).toContainEqual({ amount: containers, certainty: "asserted" });
  });
});

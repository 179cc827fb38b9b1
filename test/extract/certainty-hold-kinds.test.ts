// Kinds of certainty for what a count of containers could hold, told in phrasings of our own: a capacity whose modal
// is parted from its verb by a saying ("could, the ministry said, hold"), a reckoning that "would exceed" a figure,
// and "enough for" before a figure written with a tilde are estimates (`believed`), not plans.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

function claimsOf(page: string) {
  const doc = processDocument({ path: "certainty-hold.txt", bytes: new TextEncoder().encode(page), meta: { id: "certainty-hold", outlet: "Test Wire", published: "2024-06-14" } });
  return doc.claims.map((c) => ({ amount: c.quantity?.value ?? c.quantity?.min ?? c.quantity?.max ?? null, certainty: c.certainty }));
}

describe("what containers could hold is an estimate", () => {
  it.each([
    ["Seoul counted 5,000 containers sent from North Korea to Russia. Those containers could, the ministry said, hold about two million artillery shells.", 2000000],
    ["North Korea shipped 4,000 containers to Russia last year. The boxes could, officials in Seoul added, carry some 1.5 million shells.", 1500000],
    ["Pyongyang sent 3,000 containers to Russia. Packed with shells, they could, according to the agency, hold roughly 900,000 rounds.", 900000],
  ])("%s", (page, rounds) => {
    expect(claimsOf(page)).toContainEqual({ amount: rounds, certainty: "believed" });
  });

  it.each([
    ["North Korea sent 5,000 containers to Russia. If each of them held shells, the ministry said, the total would exceed two million shells.", 2000000],
    ["Pyongyang shipped 4,000 containers to Russia. Were all of them loaded with rounds, the agency said, the sum would surpass 1.5 million shells.", 1500000],
    ["North Korea sent 3,000 containers of arms to Russia; if every one carried artillery rounds, Seoul said, the count would exceed 900,000 shells.", 900000],
  ])("%s", (page, rounds) => {
    expect(claimsOf(page)).toContainEqual({ amount: rounds, certainty: "believed" });
  });

  it.each([
    ["Seoul said about 5,000 containers had gone from North Korea to Russia, enough for ~2 million shells.", 2000000],
    ["The ministry said 4,000 containers were shipped from North Korea to Russia, enough for ~1.5 million artillery rounds.", 1500000],
    ["Seoul's spy agency said 3,000 containers were sent from North Korea to Russia, enough for ~900,000 shells.", 900000],
  ])("%s", (page, rounds) => {
    expect(claimsOf(page)).toContainEqual({ amount: rounds, certainty: "believed" });
  });
});

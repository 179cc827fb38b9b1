// States that jointly announce a contribution of a sum ("A, B and C announced a contribution of N through the same
// fund"): each gives the whole sum, as aid told by its value, to the receiver in focus, from the day they announce
// it, in the claim of its own source; the giver of the sentence before gives nothing here. Phrasings of our own.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

function claimsOf(page: string) {
  const doc = processDocument({ path: "joint.txt", bytes: new TextEncoder().encode(page), meta: { id: "joint", outlet: "Test Wire", published: "2024-06-14" } });
  return doc.claims.map((c) => ({ flow: `${c.supplier}>${c.recipient} ${c.item}`, value: c.quantity?.value ?? null, country: c.source.country, start: c.period?.start ?? null }));
}

describe("states that jointly announce a contribution each give it", () => {
  it.each([
    ["Belgium pledged 300 million euros of drones for Ukraine on 3 May 2024.\nOn 6 May Poland, Lithuania and Latvia jointly announced a contribution of 200 million euros to the same fund.\n", ["POL", "LTU", "LVA"], "UKR", 200000000, "2024-05-06"],
    ["Canada said on 2 April 2024 it would buy 80 million dollars of rockets for Moldova.\nOn 9 April Austria and Ireland announced a contribution of 40 million euros through the same scheme.\n", ["AUT", "IRL"], "MDA", 40000000, "2024-04-09"],
    ["Japan committed 100 million dollars of vehicles to Georgia on 1 March 2024.\nChile, Peru and Mexico announced a joint contribution of 15 million dollars to the same programme.\n", ["CHL", "PER", "MEX"], "GEO", 15000000, null],
  ])("%s", (page, givers, receiver, value, start) => {
    const claims = claimsOf(page);
    for (const g of givers) {
      const own = claims.filter((c) => c.flow === `${g}>${receiver} weapons-unspecified`);
      expect(own.length).toBe(1);
      expect(own[0].country).toBe(g);
      expect(own[0].value).toBe(value);
      if (start) expect(own[0].start).toBe(start);
    }
    expect(claims.filter((c) => c.value === value && !givers.some((g) => c.flow.startsWith(`${g}>`)))).toEqual([]);
  });
});

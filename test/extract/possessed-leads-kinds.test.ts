// A lead that names, before its colon, a body's finding in the possessive or the body passing it on through others,
// perhaps with an aside in brackets ("NAVCOM's weekend haul: ...", "The agency's new count (given on 3 May): ...",
// "HUR via lawmakers (early June): ..."): the body says what follows the colon, not the page. Phrasings of our own.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string) =>
  processDocument({ path: "leads.txt", bytes: Buffer.from(`Notes\n\nBy staff\n\n${text}\n`), meta: { id: "leads", outlet: "Probe Wire", published: "2025-06-20" } as never }).claims;

describe("the body that owns a lead's finding before its colon is the source", () => {
  it.each([
    ["CENTCOM's latest interdiction: a dozen anti-ship cruise missiles, crated for the voyage, taken off a dhow from Iran bound for the Houthis.", "IRN", "YEM-HOUTHIS", "USA"],
    ["The HUR's newest tally (shared with journalists on 4 May): some 7,000 containers of munitions from North Korea to Russia.", "PRK", "RUS", "UKR"],
    ["- NIS via lawmakers (mid-March): about 11,000 North Korean troops have gone to Russia so far.", "PRK", "RUS", "KOR"],
  ])("%s", (text, supplier, recipient, country) => {
    const claims = claimsOf(text).filter((c) => c.supplier === supplier && c.recipient === recipient);
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims) {
      expect(c.source.country).toBe(country);
      expect(c.source.org).not.toBe("Probe Wire");
    }
  });

  it.each([
    ["- HUR via lawmakers (late May): about 6,000 containers of shells from North Korea to Russia.", "PRK", "Defence Intelligence of Ukraine"],
    ["NIS via opposition lawmakers (early April): some 3,000 more North Korean troops went to Russia in March.", "PRK", "National Intelligence Service"],
    ["CENTCOM via lawmakers (Tuesday): 15 anti-ship cruise missiles seized from an Iranian dhow bound for the Houthis.", "IRN", "United States Armed Forces"],
  ])("those the body passes its finding on through are no people of the body: %s", (text, supplier, org) => {
    const claims = claimsOf(text).filter((c) => c.supplier === supplier);
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims) expect(c.source).toMatchObject({ speaker: null, org });
  });

  it("a state's possessive before the colon is a topic, no speaker", () => {
    const claims = claimsOf("Poland's spring deliveries (as listed): 40 tanks to Ukraine.").filter((c) => c.recipient === "UKR");
    for (const c of claims) expect(c.source.country).toBeNull();
  });
});

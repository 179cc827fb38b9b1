// States that jointly announce a package, a tranche or a sum of aid ("A, B and C announced a package for D"): each
// gives it to the one it is for, with the whole sum (SCHEMA.md: several givers, one claim per supplier), in the claim
// of its own source. Phrasings of our own.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

function claimsOf(page: string) {
  const doc = processDocument({ path: "joint.txt", bytes: new TextEncoder().encode(page), meta: { id: "joint", outlet: "Test Wire", published: "2024-06-14" } });
  return doc.claims.map((c) => ({ flow: `${c.supplier}>${c.recipient} ${c.item}`, value: c.quantity?.value ?? null, country: c.source.country }));
}

describe("states that jointly announce a package each give it", () => {
  it.each([
    ["Denmark and Norway unveiled a 500 million dollar military aid package to Ukraine.", ["DNK", "NOR"], "UKR", 500000000],
    ["Spain, Italy and Greece jointly announced a new aid package for Georgia worth 80 million euros.", ["ESP", "ITA", "GRC"], "GEO", 80000000],
    ["On Tuesday Finland and Estonia announced a tranche of security assistance for Moldova.", ["FIN", "EST"], "MDA", null],
  ])("%s", (sentence, givers, receiver, value) => {
    const claims = claimsOf(`${sentence}\n`);
    for (const g of givers) {
      const own = claims.filter((c) => c.flow.startsWith(`${g}>${receiver} `));
      expect(own.length).toBeGreaterThan(0);
      expect(own[0].country).toBe(g);
      if (value !== null) expect(own[0].value).toBe(value);
    }
  });

  it("one state announcing a package still gives it alone", () => {
    expect(claimsOf("Denmark announced a 500 million dollar military aid package for Ukraine.\n").map((c) => c.flow)).toEqual(["DNK>UKR weapons-unspecified"]);
  });
});

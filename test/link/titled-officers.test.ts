// One report names the officer ("spokesman Omid Farahani"), another only the office ("Iran's foreign ministry
// spokesman"): one person on one occasion, so one statement even where neither gives a figure (a denial). The body
// itself ("the foreign ministry said") on that occasion, neither giving a figure, is its officer's saying retold too
// (official-and-body-kinds.test.ts); on another day it is not.
// All reports below are our own.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { linkClaims } from "../../src/link/link-claims.js";
import { meta, toClaim, type SchemaClaim } from "./helpers.js";

let n = 0;
const claim = (doc: string, evidence: string, more: Partial<SchemaClaim>): Claim =>
  toClaim({ doc, kind: "transfer", supplier: "IRN", recipient: "RUS", item: "ballistic-missiles", quantity: null, period: null, certainty: "denied", source: { speaker: null, org: null, country: null }, evidence, stated: "2025-02-10", ...more }, n++);

const docs = new Map([
  ["a", meta({ id: "a", outlet: "Lakeshore Courier", published: "2025-02-11" })],
  ["b", meta({ id: "b", outlet: "Upland Gazette", published: "2025-02-11" })],
]);

const cases: { named: string; titled: string; speaker: Claim["source"]; office: Claim["source"]; more?: Partial<SchemaClaim> }[] = [
  {
    named: "Foreign ministry spokesman Omid Farahani denied that Iran had sent missiles to Russia.",
    titled: "Iran's foreign ministry spokesman denied on Monday that any missiles had gone to Russia.",
    speaker: { speaker: "Omid Farahani", org: "Iranian Ministry of Foreign Affairs", country: "IRN" },
    office: { speaker: null, org: "Iranian foreign ministry spokesman", country: "IRN" },
  },
  {
    named: "Defence Minister Lars Vinter said Norway would not hand over its old tanks to Ukraine.",
    titled: "Norway's defence minister ruled out on Monday handing the old tanks to Kyiv.",
    speaker: { speaker: "Lars Vinter", org: "Norwegian Ministry of Defence", country: "NOR" },
    office: { speaker: null, org: "Norwegian defence minister", country: "NOR" },
    more: { supplier: "NOR", recipient: "UKR", item: "armoured-vehicles" },
  },
  {
    named: "Ilze Kalna, who speaks for the Latvian foreign ministry, said Riga had sent no air defence systems to Georgia.",
    titled: "The Latvian foreign ministry's spokeswoman said on Monday that no air defence systems had gone to Georgia.",
    speaker: { speaker: "Ilze Kalna", org: "Latvian Ministry of Foreign Affairs", country: "LVA" },
    office: { speaker: null, org: "Latvian foreign ministry spokeswoman", country: "LVA" },
    more: { supplier: "LVA", recipient: "GEO", item: "air-defence-systems" },
  },
];

describe("an officer named by office and by name, with no figure, is one statement", () => {
  it.each(cases)("$titled", ({ named, titled, speaker, office, more }) => {
    const a = claim("a", named, { source: speaker, ...more });
    const b = claim("b", titled, { source: office, ...more });
    const links = linkClaims([a, b], docs);
    expect(links.get(b.id)).toBe(links.get(a.id));
  });

  it("keeps apart the body itself and the officer on another day", () => {
    const a = claim("a", cases[0].named, { source: cases[0].speaker });
    const body = claim("b", "Iran's foreign ministry denied any missiles had gone to Russia.", { source: { speaker: null, org: "Iranian Ministry of Foreign Affairs", country: "IRN" }, stated: "2025-02-20" });
    const later = claim("b", "Iran's foreign ministry spokesman again denied it on the 20th.", { source: cases[0].office, stated: "2025-02-20" });
    const links = linkClaims([a, body, later], docs);
    expect(links.get(body.id)).not.toBe(links.get(a.id));
    expect(links.get(later.id)).not.toBe(links.get(a.id));
  });
});

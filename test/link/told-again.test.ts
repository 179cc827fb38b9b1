// A report may tell one figureless saying twice (the lead, then a paragraph further down with the setting). Both
// sentences carry one statement, so another report retelling it joins both, whichever sentence it echoes more closely.
// All reports below are our own.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { areSiblings } from "../../src/link/linker.js";
import { linkClaims, linkDoc } from "../../src/link/link-claims.js";
import { meta, toClaim, type SchemaClaim } from "./helpers.js";

const docs = new Map([
  ["a", meta({ id: "a", outlet: "Lakeshore Courier", published: "2025-03-04" })],
  ["b", meta({ id: "b", outlet: "Upland Gazette", published: "2025-03-05" })],
]);
const envoy: Claim["source"] = { speaker: "Marta Lindqvist", org: "Swedish Ministry for Foreign Affairs", country: "SWE" };

let n = 0;
const claim = (doc: string, evidence: string, more: Partial<SchemaClaim> = {}): Claim => {
  const c = toClaim({ doc, kind: "transfer", supplier: "IRN", recipient: "RUS", item: "drones", quantity: null, period: null, certainty: "asserted", source: envoy, evidence, ...more }, n++);
  // Sentences of one report lie apart in its text.
  const start = 1000 * n;
  return { ...c, evidence: { ...c.evidence, start, end: start + evidence.length } };
};

const phrasings: [string, string, string][] = [
  [
    "Iran has handed attack drones to Russia, Foreign Minister Marta Lindqvist said on Tuesday.",
    "Speaking to reporters in Stockholm, Lindqvist said Moscow had taken delivery of Iranian drones over the winter.",
    "Lindqvist told journalists in Stockholm that Moscow had taken delivery of Iranian drones.",
  ],
  [
    "Tehran is now supplying Moscow with drones, Sweden's foreign minister Marta Lindqvist said.",
    "Lindqvist, at a press conference with her Finnish counterpart, said the drones reach Russian units by way of the Caspian.",
    "Sweden's Lindqvist says Tehran is now supplying Moscow with drones.",
  ],
  [
    "Marta Lindqvist accused Iran on Tuesday of shipping unmanned aircraft to the Russian army.",
    "In the same remarks, Lindqvist said Iranian drones were already in Russian hands.",
    "Iranian drones are already in Russian hands, Marta Lindqvist said on Tuesday.",
  ],
];

describe("one figureless saying told twice in a report is one statement", () => {
  it.each(phrasings)("%s", (lead, later, elsewhere) => {
    const first = claim("a", lead, { stated: "2025-03-04" });
    const second = claim("a", later);
    const other = claim("b", elsewhere, { stated: "2025-03-04" });
    const links = linkClaims([first, second, other], docs);
    expect(links.get(first.id)).toBe(links.get(second.id));
    expect(links.get(other.id)).toBe(links.get(first.id));
  });

  it("keeps two sayings apart where the certainty, the thing or the source differs", () => {
    const d = linkDoc(docs.get("a")!, []);
    const base = claim("a", "Iran has handed attack drones to Russia, Lindqvist said.");
    const at = (c: Claim) => ({ claim: c, doc: d });
    expect(areSiblings(at(base), at(claim("a", "Iran may yet send drones, Lindqvist said.", { certainty: "possible" })))).toBe(false);
    expect(areSiblings(at(base), at(claim("a", "Iran has also sent shells, Lindqvist said.", { item: "artillery-ammunition" })))).toBe(false);
    expect(areSiblings(at(base), at(claim("a", "Iran has sent drones, officials said.", { source: { speaker: null, org: "officials", country: null } })))).toBe(false);
    expect(areSiblings(at(base), at(claim("a", "Iran sent drones in 2023, Lindqvist said.", { period: { start: "2023", end: "2023" } })))).toBe(true);
  });
});

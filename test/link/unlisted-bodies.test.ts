// A body the gazetteer does not know may be named in full by one report and shortened by another: a run of its words
// ("Merkur" for "Münchner Merkur") or its initials ("MSMT"). Two reports crediting it so retell one origin. Known
// bodies and outlets keep their own keys. All names and reports below are our own.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { sameUnlistedBody } from "../../src/link/canonical-source.js";
import { linkClaims } from "../../src/link/link-claims.js";
import { meta, toClaim } from "./helpers.js";

type Source = Claim["source"];
const docs = new Map([
  ["a", meta({ id: "a", outlet: "Lakeshore Courier", published: "2024-07-15" })],
  ["b", meta({ id: "b", outlet: "Upland Gazette", published: "2024-07-16" })],
]);
const body = (org: string, country: string | null = null): Source => ({ speaker: null, org, country });

let n = 0;
const said = (doc: string, source: Source, evidence: string): Claim =>
  toClaim({ doc, kind: "transfer", supplier: "DEU", recipient: "UKR", item: "armoured-vehicles", quantity: null, period: null, certainty: "reported", source, evidence, stated: "2024-07-15" }, n++);

const linked = (a: Claim, b: Claim) => {
  const links = linkClaims([a, b], docs);
  return links.get(a.id) === links.get(b.id);
};

describe("a body the gazetteer does not know, shortened, is one origin", () => {
  it.each<[Source, Source]>([
    [body("Oberland Kurier"), body("Kurier")],
    [body("Baltic Defence Review"), body("the Defence Review")],
    [body("Nordic Arms Observatory", "NOR"), body("Arms Observatory")],
  ])("a run of words: %o and %o", (full, short) => {
    expect(linked(said("a", full, "A quiet shipment of armoured vehicles left for Ukraine, the paper reported."), said("b", short, "Germany sent armoured vehicles to Ukraine in secret, it was reported."))).toBe(true);
  });

  it.each<[Source, Source]>([
    [body("Coastal Sanctions Watch Group"), body("CSWG")],
    [body("Danube Arms Monitoring Office"), body("DAMO")],
    [body("Institute for Convoy Tracking"), body("ICT")],
  ])("initials: %o and %o", (full, short) => {
    expect(sameUnlistedBody(full, short)).toBe(true);
    expect(linked(said("a", full, "Armoured vehicles crossed into Ukraine, the monitors found."), said("b", short, "The monitors say Germany delivered armoured vehicles."))).toBe(true);
  });

  it("keeps known outlets, other states' bodies, state words and mere media words apart", () => {
    expect(sameUnlistedBody(body("The Independent"), body("The Kyiv Independent"))).toBe(false);
    expect(sameUnlistedBody(body("Arms Observatory", "NOR"), body("Nordic Arms Observatory", "SWE"))).toBe(false);
    expect(sameUnlistedBody(body("Ukrainian media"), body("Ukrainian"))).toBe(false);
    expect(sameUnlistedBody(body("Baltic Defence Review"), body("the Defence"))).toBe(false);
    expect(sameUnlistedBody(body("Oberland Kurier"), body("Talbot Kurier"))).toBe(false);
  });
});

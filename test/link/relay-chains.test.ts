// One report credits the origin and names the outlet that passed it on ("..., Yonhap reported, citing the spy
// agency"); another credits only that outlet ("..., according to Yonhap"). With one figure on one occasion they are
// one statement: the second outlet relays the relay. An outlet the first never names is another telling.
// All reports below are our own.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { linkClaims } from "../../src/link/link-claims.js";
import { meta, toClaim, type SchemaClaim } from "./helpers.js";

let n = 0;
const claim = (doc: string, evidence: string, more: Partial<SchemaClaim>): Claim =>
  toClaim({ doc, kind: "transfer", supplier: "PRK", recipient: "RUS", item: "troops", quantity: null, period: null, certainty: "asserted", source: { speaker: null, org: null, country: null }, evidence, ...more }, n++);

const docs = new Map([
  ["a", meta({ id: "a", outlet: "Lakeshore Courier", published: "2025-02-11" })],
  ["b", meta({ id: "b", outlet: "Upland Gazette", published: "2025-02-12" })],
]);

const cases: { first: string; relayed: string; source: Claim["source"]; relay: string; item: Claim["item"]; unit: string; value: number }[] = [
  {
    first: "About 1,500 North Korean engineers have reached Kursk, Yonhap reported, citing the National Intelligence Service.",
    relayed: "Some 1,500 North Korean engineers are now in Kursk, according to Yonhap.",
    source: { speaker: null, org: "National Intelligence Service", country: "KOR" },
    relay: "Yonhap",
    item: "troops",
    unit: "troops",
    value: 1500,
  },
  {
    first: "The defence ministry told Reuters that North Korea had sent 40 howitzers to Russia.",
    relayed: "Reuters reported that 40 North Korean howitzers had gone to Russia.",
    source: { speaker: null, org: "Ministry of National Defense", country: "KOR" },
    relay: "Reuters",
    item: "artillery-systems",
    unit: "systems",
    value: 40,
  },
  {
    first: "North Korea has shipped 600 missiles to Russia, Kyodo News said, quoting people close to the Japanese government.",
    relayed: "Kyodo News says 600 North Korean missiles have been shipped to Russia.",
    source: { speaker: null, org: "people close to the Japanese government", country: "JPN" },
    relay: "Kyodo News",
    item: "ballistic-missiles",
    unit: "missiles",
    value: 600,
  },
];

describe("a claim credited to the outlet another report names as relaying the origin is one statement", () => {
  it.each(cases)("$relayed", ({ first, relayed, source, relay, item, unit, value }) => {
    const quantity = { value, min: null, max: null, unit, approx: false } as Claim["quantity"];
    const a = claim("a", first, { source, relays: [relay], item, quantity, stated: "2025-02-11" });
    const b = claim("b", relayed, { source: { speaker: null, org: relay, country: null }, item, quantity });
    const links = linkClaims([a, b], docs);
    expect(links.get(b.id)).toBe(links.get(a.id));
  });

  it("keeps apart an outlet the first report does not name, and another figure", () => {
    const quantity = (value: number) => ({ value, min: null, max: null, unit: "troops", approx: false }) as Claim["quantity"];
    const a = claim("a", "About 1,500 engineers, Yonhap reported, citing the spy agency.", { source: { speaker: null, org: "National Intelligence Service", country: "KOR" }, relays: ["Yonhap"], quantity: quantity(1500), stated: "2025-02-11" });
    const other = claim("b", "Some 1,500 engineers, according to Interfax.", { source: { speaker: null, org: "Interfax", country: null }, quantity: quantity(1500) });
    const more = claim("b", "Some 3,000 engineers, according to Yonhap.", { source: { speaker: null, org: "Yonhap", country: null }, quantity: quantity(3000) });
    const links = linkClaims([a, other, more], docs);
    expect(links.get(other.id)).not.toBe(links.get(a.id));
    expect(links.get(more.id)).not.toBe(links.get(a.id));
  });
});

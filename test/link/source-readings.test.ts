// One origin, read two ways. A report may name a known person bare ("Budanov said"), with no body or state beside the
// name: the gazetteer knows whom they speak for, so a report crediting that body or state with the same figure retells
// them. And one sentence may be read twice, once by the name it gives and once as a bare title ("spokesman"): one
// telling, so the statement holds both readings. All reports below are our own.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { linkClaims } from "../../src/link/link-claims.js";
import { meta, toClaim, type SchemaClaim } from "./helpers.js";

type Source = Claim["source"];
const docs = new Map([
  ["a", meta({ id: "a", outlet: "Lakeshore Courier", published: "2024-11-05" })],
  ["b", meta({ id: "b", outlet: "Upland Gazette", published: "2024-11-06" })],
]);

let n = 0;
const claim = (doc: string, source: Source, evidence: string, more: Partial<SchemaClaim> = {}): Claim =>
  toClaim({ doc, kind: "transfer", supplier: "PRK", recipient: "RUS", item: "troops", quantity: null, period: null, certainty: "asserted", source, evidence, ...more }, n++);

const bare = (speaker: string): Source => ({ speaker, org: null, country: null });
const figure = (value: number, unit: "troops" | "containers" | "rounds") => ({ value, min: null, max: null, unit, approx: false });

describe("a known person named bare is one origin with the body and state they speak for", () => {
  it.each<[string, Source, SchemaClaim["item"], ReturnType<typeof figure>, string, string]>([
    ["Budanov", { speaker: null, org: "Main Intelligence Directorate", country: "UKR" }, "troops", figure(11000, "troops"),
      "Budanov said 11,000 North Korean soldiers had reached the front.", "Ukraine's Main Intelligence Directorate counts 11,000 North Korean soldiers in Russia."],
    ["Shin", { speaker: null, org: "South Korean Ministry of National Defense", country: "KOR" }, "ammunition", figure(6700, "containers"),
      "Shin told the assembly that 6,700 containers of munitions had gone north.", "Seoul's defence ministry put the shipments at 6,700 containers."],
    ["Umerov", { speaker: null, org: "Ukrainian government", country: "UKR" }, "artillery-ammunition", figure(1_500_000, "rounds"),
      "Umerov reckons Pyongyang has sent 1.5 million shells.", "Kyiv says the North has shipped 1.5 million artillery rounds to Moscow."],
  ])("%s", (speaker, body, item, quantity, told, retold) => {
    const a = claim("a", bare(speaker), told, { item, quantity });
    const b = claim("b", body, retold, { item, quantity });
    const links = linkClaims([a, b], docs);
    expect(links.get(a.id)).toBe(links.get(b.id));
  });

  it("keeps a bare name of another state's official apart from the body", () => {
    const a = claim("a", bare("Kirby"), "Kirby said 11,000 North Korean soldiers are in Russia.", { quantity: figure(11000, "troops") });
    const b = claim("b", { speaker: null, org: "Main Intelligence Directorate", country: "UKR" }, "Ukraine's military intelligence counts 11,000 North Korean soldiers.", { quantity: figure(11000, "troops") });
    const links = linkClaims([a, b], docs);
    expect(links.get(a.id)).not.toBe(links.get(b.id));
  });
});

describe("one sentence read once by name and once as a bare title is one telling", () => {
  const at = (c: Claim, start: number): Claim => ({ ...c, evidence: { ...c.evidence, start, end: start + c.evidence.text.length } });
  it.each<[string, string, Source, string]>([
    ["Leila Farahani", "The foreign ministry's spokeswoman, Leila Farahani, called the reports of missile shipments baseless.", { speaker: null, org: "spokeswoman", country: null },
      "Leila Farahani denied that any missiles had left for Russia."],
    ["Reza Moradi", "In Tehran the ministry's spokesman, Reza Moradi, said no missiles had been sent.", { speaker: null, org: "spokesman", country: null },
      "Moradi insisted that Iran had sent no missiles to Russia."],
    ["Omid Karimi", "Speaking for the ministry, deputy spokesperson Omid Karimi rejected the accusation outright.", { speaker: null, org: "deputy spokesperson", country: null },
      "Iran's Omid Karimi rejected the accusation of arms deliveries."],
  ])("%s: %s", (speaker, line, title, elsewhere) => {
    const named: Source = { speaker, org: "Iranian Ministry of Foreign Affairs", country: "IRN" };
    const more = { supplier: "IRN", recipient: "RUS", item: "ballistic-missiles" as const, certainty: "denied" as const };
    const byName = at(claim("a", named, line, more), 100);
    const byTitle = at(claim("a", title, line, more), 100);
    const other = claim("b", named, elsewhere, more);
    const links = linkClaims([byName, byTitle, other], docs);
    expect(links.get(byTitle.id)).toBe(links.get(byName.id));
    expect(links.get(other.id)).toBe(links.get(byName.id));
  });

  it("keeps one sentence's two named origins apart", () => {
    const line = "Washington and Seoul both say North Korean troops are fighting in Kursk.";
    const us = at(claim("a", { speaker: null, org: "American government", country: "USA" }, line), 50);
    const kor = at(claim("a", { speaker: null, org: "South Korean government", country: "KOR" }, line), 50);
    const links = linkClaims([us, kor], docs);
    expect(links.get(us.id)).not.toBe(links.get(kor.id));
  });
});

// A document that tells one figure twice, under two sources of one origin, tells one statement: a headline in
// the outlet's own voice over the sentence that credits the figure, "..., says Seoul" over "the defence minister
// said", one sentence credited to a state and to its agency at once. Otherwise the statement splits wherever a
// document's own retelling meets the other reports (a person's reports on one side, the state's on the other).
// All reports below are our own.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import type { DocumentMeta } from "../../src/core/document.js";
import { areSiblings } from "../../src/link/linker.js";
import { linkClaims, linkDoc } from "../../src/link/link-claims.js";
import { meta, toClaim, type SchemaClaim } from "./helpers.js";

type Source = Claim["source"];
const own = (outlet: string): Source => ({ speaker: null, org: outlet, country: null });
const minister: Source = { speaker: "Kim Ha-neul", org: "South Korean Ministry of National Defense", country: "KOR" };
const seoul: Source = { speaker: null, org: "South Korean government", country: "KOR" };
const washington: Source = { speaker: null, org: "American government", country: "USA" };
const usIntelligence: Source = { speaker: null, org: "US intelligence community", country: "USA" };
const containers = (value: number | null, min: number | null = null) => ({ value, min, max: null, unit: "containers" as const, approx: false });

let n = 0;
const said = (doc: string, source: Source, evidence: string, more: Partial<SchemaClaim> = {}): Claim =>
  toClaim({ doc, kind: "transfer", supplier: "PRK", recipient: "RUS", item: "ammunition", quantity: containers(8200), period: null, certainty: "asserted", source, evidence, ...more }, n++);

/** The claims grouped by statement, each group as its claim ids, in any order of the documents. */
function groups(claims: readonly Claim[], docs: readonly DocumentMeta[]): string[][] {
  const metas = new Map(docs.map((d) => [d.id, d]));
  const picture = (order: readonly Claim[]) => {
    const links = linkClaims(order, metas);
    const by = new Map<string, string[]>();
    for (const c of claims) by.set(links.get(c.id)!, [...(by.get(links.get(c.id)!) ?? []), c.id]);
    return [...by.values()].map((g) => g.sort()).sort((a, b) => (a[0] < b[0] ? -1 : 1));
  };
  const forward = picture(claims);
  expect(picture([...claims].reverse())).toEqual(forward);
  return forward;
}
const together = (g: string[][], ids: readonly string[]) => g.some((x) => ids.every((id) => x.includes(id)));

describe("a document's own retelling of a figure is the statement it retells", () => {
  it("joins a headline in the outlet's voice to the minister the body credits, and the minister's other reports", () => {
    const docs = [meta({ id: "m1", outlet: "Tidewater Gazette", published: "2025-02-10" }), meta({ id: "m2", outlet: "Granite Ledger", published: "2025-02-11" })];
    const headline = said("m1", own("Tidewater Gazette"), "Some 8,200 containers of cargo crossed from the North into Russia this winter", { item: "goods-unspecified" });
    const body = said("m1", minister, "Defence Minister Kim Ha-neul said on Monday that about 8,200 containers of munitions had reached Russia.");
    const elsewhere = said("m2", minister, "Kim Ha-neul told lawmakers the North had shipped 8,200 containers of munitions.", { item: "artillery-ammunition" });
    expect(groups([headline, body, elsewhere], docs)).toEqual([[headline.id, body.id, elsewhere.id].sort()]);
  });

  it("joins \"says Seoul\" over the minister's words, so the state's reports and the minister's are one statement", () => {
    const docs = [
      meta({ id: "s1", outlet: "Morning Lantern", published: "2025-04-04" }),
      meta({ id: "s2", outlet: "Eastbank Times", published: "2025-04-05" }),
      meta({ id: "s3", outlet: "Pier Street Daily", published: "2025-04-05" }),
    ];
    const minister1 = said("s1", minister, "The North has moved roughly 11,500 containers of arms to Russia, Minister Kim Ha-neul said on Friday.", { quantity: containers(11500), stated: "2025-04-04", item: "weapons-unspecified" });
    const headline = said("s2", seoul, "Pyongyang has sent Moscow 11,500 containers, says Seoul", { quantity: containers(11500), item: "goods-unspecified" });
    const body = said("s2", minister, "South Korea's defence minister, Kim Ha-neul, said on Friday that some 11,500 containers of weapons had gone to Russia.", { quantity: containers(11500), stated: "2025-04-04", item: "weapons-unspecified" });
    const state = said("s3", seoul, "South Korea says the North has shipped 11,500 containers of ammunition to Russia.", { quantity: containers(11500) });
    const g = groups([minister1, headline, body, state], docs);
    expect(g).toHaveLength(1);
    expect(together(g, [minister1.id, headline.id, body.id, state.id])).toBe(true);
  });

  it("joins one sentence credited to a state and to its intelligence agency, and another report crediting the agency", () => {
    const docs = [meta({ id: "u1", outlet: "Capitol Beacon", published: "2025-06-02" }), meta({ id: "u2", outlet: "Riverside Wire", published: "2025-06-03" })];
    const rounds = { value: null, min: 1_500_000, max: null, unit: "rounds" as const, approx: false };
    const line = "Russia has bought well over 1.5 million shells from North Korea, according to findings Washington's spy agencies released.";
    const state = said("u1", washington, line, { quantity: rounds, item: "artillery-ammunition" });
    const agency = said("u1", usIntelligence, line, { quantity: rounds, item: "artillery-ammunition" });
    const retold = said("u2", usIntelligence, "American intelligence puts the shells North Korea has sold to Russia at more than 1.5 million.", { quantity: rounds, item: "artillery-ammunition" });
    expect(groups([state, agency, retold], docs)).toEqual([[state.id, agency.id, retold.id].sort()]);
  });
});

describe("one source's figure told again in another sentence of the report is one statement", () => {
  const kirbyLike: Source = { speaker: "Dana Whitfield", org: "US National Security Council", country: "USA" };
  const barrels = { value: null, min: 240_000, max: null, unit: "barrels" as const, approx: false };
  const at = (c: Claim, start: number): Claim => ({ ...c, evidence: { ...c.evidence, start, end: start + c.evidence.text.length } });
  it.each([
    ["Over 240,000 barrels of fuel went to Pyongyang in April, says Whitfield", "Russia shipped more than 240,000 barrels of refined fuel to North Korea in April, spokesman Dana Whitfield said on Tuesday."],
    ["Whitfield: Moscow sent North Korea 240,000-plus barrels in April", "More than 240,000 barrels of petroleum reached North Korea from Russia in April alone, Dana Whitfield told reporters."],
    ["North Korea got over 240,000 barrels of Russian oil in April, US says", "In April, Whitfield said, Russian tankers delivered in excess of 240,000 barrels to the North."],
  ])("joins a headline and the body's sentence: %s", (title, line) => {
    const docs = [meta({ id: "w1", outlet: "Quayside Journal", published: "2025-05-07" }), meta({ id: "w2", outlet: "Northgate Review", published: "2025-05-06" })];
    const april = { start: "2025-04", end: "2025-04" };
    const base = { supplier: "RUS", recipient: "PRK", item: "oil-fuel" as const, quantity: barrels, period: april };
    const headline = at(said("w1", kirbyLike, title, { ...base, stated: "2025-05-07" }), 0);
    const body = at(said("w1", kirbyLike, line, { ...base, stated: "2025-05-06" }), 200);
    const other = said("w2", kirbyLike, line, { ...base, stated: "2025-05-06" });
    expect(groups([headline, body, other], docs)).toEqual([[headline.id, body.id, other.id].sort()]);
  });
});

describe("a headline that names no window retells the body's running total", () => {
  const doc = linkDoc(meta({ id: "h1", outlet: "Fenland Courier", published: "2025-09-03" }), []);
  const lc = (c: Claim) => ({ claim: c, doc });
  const since = { start: "2024-11", end: "2025-09-03" };
  it.each([
    ["About 14,000 containers have crossed the border", "Minister Kim Ha-neul said 14,000 containers had crossed the border since last November.", 14000],
    ["North sent Russia 2.4 million shells, ministry believes", "Since November the North has sent some 2.4 million shells, Kim Ha-neul told lawmakers.", 2_400_000],
    ["Kim: 31,500 containers so far", "Kim Ha-neul put the count since November at 31,500 containers.", 31500],
  ])("joins %s", (title, line, value) => {
    const unit = value > 100_000 ? ("rounds" as const) : ("containers" as const);
    const q = { value, min: null, max: null, unit, approx: false };
    const headline = said("h1", own("Fenland Courier"), title, { quantity: q, stated: "2025-09-03" });
    const body = { ...said("h1", minister, line, { quantity: q, period: since, stated: "2025-09-03" }), evidence: { start: 80, end: 80 + line.length, text: line } };
    expect(areSiblings(lc(headline), lc(body))).toBe(true);
  });

  it("keeps one figure counted over two windows that closed before it was told two statements", () => {
    const q = { value: 1200, min: null, max: null, unit: "containers" as const, approx: false };
    const june = said("h1", own("Fenland Courier"), "In June 1,200 containers left the port.", { quantity: q, period: { start: "2025-06", end: "2025-06" }, stated: "2025-09-03" });
    const july = said("h1", minister, "Kim Ha-neul said 1,200 more containers went in July.", { quantity: q, period: { start: "2025-07", end: "2025-07" }, stated: "2025-09-03" });
    expect(areSiblings(lc(june), lc(july))).toBe(false);
  });
});

describe("two outlets that give a figure uncredited, each naming one body elsewhere, relay that body", () => {
  const panel: Source = { speaker: null, org: "Joint Sanctions Review Panel", country: null };
  const rounds = (max: number) => ({ value: null, min: null, max, unit: "rounds" as const, approx: true });
  const docs = [meta({ id: "r1", outlet: "Copperfield Times", published: "2025-08-11" }), meta({ id: "r2", outlet: "Westmarch Daily", published: "2025-08-12" })];
  /** Each report credits the panel with another figure, and gives this one in the words `one` and `two`. */
  const pair = (one: [Source, string], two: [Source, string], figure = 7_500_000) => {
    const q = { item: "artillery-ammunition" as const, quantity: rounds(7_500_000) };
    return [
      said("r1", panel, "The panel counted 31 voyages by Russian-flagged ships.", { item: "ammunition", quantity: { value: 31, min: null, max: null, unit: "items", approx: false } }),
      said("r1", one[0], one[1], q),
      said("r2", panel, "Its report, the panel said, covers the whole of last year.", { item: "weapons-unspecified", quantity: null }),
      said("r2", two[0], two[1], { ...q, quantity: rounds(figure) }),
    ];
  };
  it.each([
    ["both in their own voice", [own("Copperfield Times"), "Up to about 7.5 million shells went to Russia last year."], [own("Westmarch Daily"), "Russia took delivery of as many as 7.5 million rounds last year."]],
    ["\"the report\" and an outlet's own voice", [{ speaker: null, org: "report", country: null }, "The report says up to some 7.5 million rounds were carried."], [own("Westmarch Daily"), "According to the report, up to roughly 7.5 million shells were shipped."]],
    ["two placeholders", [{ speaker: null, org: "the report", country: null }, "Up to 7.5 million rounds moved by sea, the report says."], [{ speaker: null, org: "media", country: null }, "As many as 7.5 million shells went by ship, it found."]],
  ] as [string, [Source, string], [Source, string]][])("joins %s", (_, one, two) => {
    const claims = pair(one, two);
    expect(together(groups(claims, docs), [claims[1].id, claims[3].id])).toBe(true);
  });

  it("keeps them apart where the figures differ, or the reports name no body in common", () => {
    const close = pair([own("Copperfield Times"), "Up to about 7.5 million shells went."], [own("Westmarch Daily"), "Up to about 7.8 million shells went."], 7_800_000);
    expect(together(groups(close, docs), [close[1].id, close[3].id])).toBe(false);
    const other = pair([own("Copperfield Times"), "Up to about 7.5 million shells went."], [own("Westmarch Daily"), "Up to about 7.5 million shells went."]);
    other[2] = { ...other[2], source: { speaker: null, org: "Harbour Watch Institute", country: null } };
    expect(together(groups(other, docs), [other[1].id, other[3].id])).toBe(false);
  });
});

describe("what a document tells twice of different origins, or of a figure too common, stays apart", () => {
  const docs = [meta({ id: "k1", outlet: "Lakeshore Herald", published: "2025-03-03" })];
  const doc = linkDoc(docs[0], []);
  const lc = (c: Claim) => ({ claim: c, doc });

  it("keeps two states that give one figure two statements", () => {
    const troops = { value: 12000, min: null, max: null, unit: "troops" as const, approx: false };
    const a = said("k1", washington, "Washington said 12,000 soldiers had gone to Russia.", { item: "troops", quantity: troops });
    const b = said("k1", seoul, "Seoul, too, put the number of soldiers at 12,000.", { item: "troops", quantity: troops });
    expect(areSiblings(lc(a), lc(b))).toBe(false);
  });

  it("keeps two people of one state who give one figure two statements", () => {
    const a = said("k1", minister, "Kim Ha-neul said 9,000 containers had left.", { quantity: containers(9000) });
    const b = said("k1", { speaker: "Park Jin-seo", org: "National Intelligence Service", country: "KOR" }, "Park Jin-seo said 9,000 containers had left.", { quantity: containers(9000) });
    expect(areSiblings(lc(a), lc(b))).toBe(false);
  });

  it("keeps a headline's small count apart from the body's credited count of another system", () => {
    const systems = { value: 2, min: null, max: null, unit: "systems" as const, approx: false };
    const a = said("k1", own("Lakeshore Herald"), "Two more launchers head east", { supplier: "DEU", recipient: "UKR", item: "air-defence-systems", quantity: systems });
    const b = said("k1", { speaker: null, org: "German government", country: "DEU" }, "Berlin said two radar-guided systems would follow.", { supplier: "DEU", recipient: "UKR", item: "air-defence-systems", quantity: systems });
    expect(areSiblings(lc(a), lc(b))).toBe(false);
  });

  it("keeps a \"Read also\" report on the same page apart from the page's own report", () => {
    const a = said("k1", own("Lakeshore Herald"), "Some 9,400 containers have gone north, the paper has learned.", { quantity: containers(9400) });
    const b = { ...said("k1", minister, "Read also: the minister says 9,400 containers have gone.", { quantity: containers(9400) }), segment: 1 };
    expect(areSiblings(lc(a), lc(b))).toBe(false);
    expect(areSiblings(lc(a), lc({ ...b, segment: 0 }))).toBe(true);
  });

  it.each([
    [{ speaker: null, org: "US media", country: null }, "US media say about 3 million shells have gone to Russia."],
    [{ speaker: null, org: "a report", country: null }, "About 3 million shells have gone to Russia, a report says."],
    [{ speaker: null, org: "Western press", country: null }, "The Western press puts the shells sent at about 3 million."],
  ] as [Source, string][])("keeps the outlet's own figure apart from the same figure it credits to the press or a placeholder: %j", (source, line) => {
    const q = { value: 3_000_000, min: null, max: null, unit: "rounds" as const, approx: true };
    const a = said("k1", own("Lakeshore Herald"), "Some 3 million shells have reached Russia, the paper estimates.", { item: "artillery-ammunition", quantity: q });
    const b = said("k1", source, line, { item: "artillery-ammunition", quantity: q });
    expect(areSiblings(lc(a), lc(b))).toBe(false);
  });

  it("keeps a figure planned apart from the same figure delivered", () => {
    const tanks = { value: 44, min: null, max: null, unit: "vehicles" as const, approx: false };
    const a = said("k1", own("Lakeshore Herald"), "Forty-four tanks arrived at the port on Sunday.", { supplier: "USA", recipient: "TWN", item: "armoured-vehicles", quantity: tanks });
    const b = said("k1", { speaker: null, org: "Taiwanese government", country: "TWN" }, "The ministry expects to receive 44 tanks this year.", { supplier: "USA", recipient: "TWN", item: "armoured-vehicles", quantity: tanks, certainty: "possible" });
    expect(areSiblings(lc(a), lc(b))).toBe(false);
    expect(areSiblings(lc(a), lc({ ...b, certainty: "asserted" }))).toBe(true);
  });

  it("keeps one sentence's same count of two things of one kind two statements", () => {
    const vehicles = { value: 40, min: null, max: null, unit: "vehicles" as const, approx: false };
    const line = "Forty tracked carriers and forty wheeled carriers were sent, the minister said.";
    const a = said("k1", minister, line, { item: "armoured-vehicles", quantity: vehicles });
    const b = said("k1", minister, line, { item: "armoured-vehicles", quantity: vehicles });
    expect(areSiblings(lc(a), lc(b))).toBe(false);
  });
});

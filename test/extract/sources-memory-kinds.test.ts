// attribute-sentences and claims/denials: kinds of "who says it" where the page's memory or the sentence's own
// speaker decides. Each block is one shape, told three ways (own phrasings: other states, items, speakers).
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

function claimsOf(text: string) {
  const doc = processDocument({ path: "kinds.txt", bytes: Buffer.from(`Arms\n\nBy staff\n\n${text}\n`), meta: { id: "kinds", url: "https://probe.example/kinds", outlet: "Probe Wire", published: "2024-05-10" } as never });
  return doc.claims;
}

/** Every claim's source as "speaker | org | country" ("-" for null), with its item and certainty. */
function sourcesOf(text: string): string[] {
  return claimsOf(text).map((c) => [c.item, c.certainty, c.source.speaker ?? "-", c.source.org ?? "-", c.source.country ?? "-"].join(" | "));
}

describe("a body named as a name in a sentence that says nothing speaks for a later bare 'the ministry'", () => {
  it.each([
    ["The Chilean Defence Ministry published its yearly figures on Monday. Chile sent 40 howitzers to Peru, the ministry said.", /\| CHL$/],
    ["The Peruvian Ministry of Defence released a statement on Tuesday. According to the ministry, Peru delivered 12 patrol boats to Ecuador.", /\| PER$/],
    ["The Ministry of Defence of Norway held a briefing in Oslo. Norway has shipped 300 rifles to Estonia, the ministry added.", /\| NOR$/],
  ])("%s", (text, source) => {
    const found = sourcesOf(text);
    expect(found.length).toBeGreaterThan(0);
    for (const s of found) expect(s).toMatch(source);
  });
});

describe("another's saying ends where the sentence's own speaker comes in after a comma", () => {
  it.each([
    ["Defence Minister Ana Ruiz spoke in Lima. Asked about a Bolivian press report that Chile sent tanks to Peru, Ruiz said Chile has never sent tanks to Peru.", /^armoured-vehicles \| denied \| (?:Ana )?Ruiz \|/],
    ["Asked about a Brazilian media report that engines were being shipped from Chile to Peru, Vargas said Chile has never sold weapons to Peru.", /^weapons-unspecified \| denied \| Vargas \|/],
    ["Asked about an Argentine newspaper report that Chile had sold drones to Peru, the spokesman Tomas Lira said Chile has never sold drones to Peru.", /^drones \| denied \| Tomas Lira \|/],
  ])("%s", (text, denial) => {
    const found = sourcesOf(text);
    expect(found.some((s) => denial.test(s)), found.join("\n")).toBe(true);
    for (const s of found.filter((f) => / \| denied \| /.test(f))) expect(s).toMatch(denial);
  });
});

describe("a body of trade figures known by its name speaks for its state", () => {
  it.each([
    ["Chile bought 300 tonnes of crude oil from Russia in May, according to data from the General Administration of Customs.", /\| CHN$/],
    ["Russia sold 40,000 tonnes of fuel to Peru last year, the Federal Customs Service said.", /\| RUS$/],
    ["Peru imported 20 drones from China in March, the General Administration of Customs reported on Friday.", /\| CHN$/],
  ])("%s", (text, source) => {
    const found = sourcesOf(text);
    expect(found.length).toBeGreaterThan(0);
    for (const s of found) expect(s).toMatch(source);
  });
});

describe("a speaker who guesses is a speaker", () => {
  it.each([
    ["Ruiz said on Monday that Chile sent 40 howitzers to Peru. Ruiz has supposed also, that Chile can give Peru 20 tanks.", "Ruiz"],
    ["Marta Quispe speculated that Bolivia could send Paraguay 12 helicopters.", "Quispe"],
    ["Lars Ekdahl surmised that Sweden would sell Estonia 30 armoured vehicles.", "Ekdahl"],
  ])("%s", (text, speaker) => {
    const found = claimsOf(text);
    expect(found.length).toBeGreaterThan(0);
    for (const c of found) expect(c.source.speaker ?? "").toContain(speaker);
  });
});

describe("a bare 'report' after 'a' and a few words names a thing, not whose saying it is", () => {
  it.each([
    ["Asked about a foreign media report that Chile had sent rifles to Peru, Vargas said Chile has never sold rifles to Peru.", "Vargas"],
    ["Questioned over a recent Kyodo report that Sweden sent 90 tanks to Estonia, Ekdahl said Sweden has never sent tanks to Estonia.", "Ekdahl"],
    ["Pressed on a Western media report that Norway shipped 30 drones to Latvia, Berg said Norway has never sent drones to Latvia.", "Berg"],
  ])("%s", (text, speaker) => {
    const denied = claimsOf(text).filter((c) => c.certainty === "denied");
    expect(denied.length).toBeGreaterThan(0);
    for (const c of denied) expect(c.source.speaker ?? "").toContain(speaker);
  });
});

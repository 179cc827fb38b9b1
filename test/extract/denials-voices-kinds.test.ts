// Sentences, written for the test, where a party denies in its own words what the page told before: a negating
// pronoun as the object ("obtained none from ..."), a denial of "the findings", arming "either side", and goods
// "between them". Three phrasings of our own per rule (weigh-certainty.ts, claims/denials.ts, find-candidates.ts).
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string): Claim[] =>
  processDocument({ path: "voices.txt", bytes: Buffer.from(text), meta: { id: "voices", outlet: "Probe Wire", published: "2024-05-02" } as never }).claims;
const line = (c: Claim) => `${c.supplier} ${c.recipient} ${c.item} ${c.certainty} ${c.source.country ?? c.source.org}`;
const of = (claims: Claim[], start: string) => claims.filter((c) => c.evidence.text.startsWith(start)).map(line);
const read = (lead: string, denial: string) => of(claimsOf(`${lead}\n\n${denial}\n`), denial.slice(0, 20));

describe("a negating pronoun as the whole object of a transfer verb denies the transfer", () => {
  it.each([
    ["A UN panel said Iran supplies rockets to the Houthis.", "A Houthi spokesman said the fighters build their own rockets and have obtained none from Tehran.", "IRN YEM-HOUTHIS artillery-ammunition denied YEM-HOUTHIS"],
    ["Observers say Minsk sent drones to Moscow.", "Belarus's defence ministry said the army builds its drones at home and has given not one to Russia.", "BLR RUS drones denied BLR"],
    ["Kyiv says Sudan sold rifles to Ukraine.", "Khartoum said the rifles were made for its own army and it had sold none to Ukraine.", "SDN UKR weapons-unspecified denied SDN"],
  ])("%s / %s", (lead, denial, held) => {
    expect(read(lead, denial)).toContain(held);
  });
  it("is no denial where the pronoun is not the whole object", () => {
    expect(read("Kyiv says Sudan sold rifles to Ukraine.", "Sudan has received nothing but praise for the rifles it sent to Ukraine.").filter((c) => c.includes("denied"))).toEqual([]);
  });
});

describe("a denial of 'the findings' or 'the conclusions' points back to the transfers told last", () => {
  it.each([
    ["A UN panel said Iran supplies drones to the Houthis.", "Iran's foreign ministry rejected the findings.", "IRN YEM-HOUTHIS drones denied IRN"],
    ["Investigators say Belarus sent tanks to Russia.", "The Belarusian defence ministry dismissed the conclusions as baseless.", "BLR RUS armoured-vehicles denied BLR"],
    ["A think tank says North Korea shipped shells to Russia.", "Pyongyang rejected the latest findings on Friday.", "PRK RUS artillery-ammunition denied PRK"],
  ])("%s / %s", (lead, denial, held) => {
    expect(read(lead, denial)).toContain(held);
  });
});

describe("arming 'either side' gives to every side of the page's war", () => {
  it.each([
    ["The war between the Sudanese army and the RSF has killed thousands.", "Cairo has repeatedly denied arming either side in the conflict.", ["EGY SDN-RSF weapons-unspecified denied EGY", "EGY SDN weapons-unspecified denied EGY"]],
    ["Fighting between Armenia and Azerbaijan flared again in the spring.", "Tehran denies arming any of the warring parties, its envoy said.", ["IRN ARM weapons-unspecified denied IRN", "IRN AZE weapons-unspecified denied IRN"]],
    ["Moscow and Kyiv traded strikes overnight.", "The Chinese foreign ministry has denied arming either side.", ["CHN RUS weapons-unspecified denied CHN", "CHN UKR weapons-unspecified denied CHN"]],
  ])("%s / %s", (lead, denial, held) => {
    expect(read(lead, denial)).toEqual(expect.arrayContaining(held));
  });
});

describe("goods 'between them' move between the pair named before, the way the page told them", () => {
  it.each([
    ["Seoul says Belarus shipped shells to Iran.", "Belarus and Iran have both denied any arms trade between them.", ["BLR IRN weapons-unspecified denied BLR", "BLR IRN weapons-unspecified denied IRN"]],
    ["Analysts say Vietnam bought rifles from Russia.", "Hanoi and Moscow each deny any weapons deals between the two countries.", ["RUS VNM weapons-unspecified denied VNM", "RUS VNM weapons-unspecified denied RUS"]],
    ["Israel says Tehran sold drones to Caracas.", "Venezuela and Iran both reject any ammunition trade between each other.", ["IRN VEN ammunition denied VEN", "IRN VEN ammunition denied IRN"]],
  ])("%s / %s", (lead, denial, held) => {
    expect(read(lead, denial)).toEqual(expect.arrayContaining(held));
  });
  it("leaves a pair the page told nothing of alone", () => {
    expect(read("Seoul says Belarus shipped shells to Iran.", "Chile and Peru have both denied any arms trade between them.")).toEqual([]);
  });
});

describe("what a relative clause says the goods can do names no goods of the transfer", () => {
  const items = (text: string) => claimsOf(`${text}\n`).map((c) => c.item);
  it.each([
    ["Moscow transferred Iskander launchers to Minsk, which are capable of carrying nuclear warheads.", "raw-materials"],
    ["Paris will deliver six Caesar howitzers to Armenia, which are able to fire guided shells.", "artillery-ammunition"],
    ["Seoul sold 48 FA-50 jets to Poland that can carry air-to-air missiles.", "missiles-other"],
  ])("%s", (text, notItem) => {
    expect(items(text).length).toBeGreaterThan(0);
    expect(items(text)).not.toContain(notItem);
  });
  it("keeps the content of a cargo that could hold it", () => {
    expect(items("Pyongyang sent Moscow 1,000 containers that could hold shells.")).toContain("artillery-ammunition");
  });
});

describe("a body the goods go to, before ', officials said', is no speaker", () => {
  it.each([
    ["Spain will deliver four tanks to the Chilean Army, officials said.", "ESP CHL armoured-vehicles"],
    ["Sweden will sell eight jets to the Colombian Air Force, defence officials said.", "SWE COL aircraft"],
    ["Germany is sending 12 howitzers to the Lithuanian Army, officials said.", "DEU LTU artillery-systems"],
  ])("%s", (text, core) => {
    const claims = claimsOf(`${text}\n`).filter((c) => `${c.supplier} ${c.recipient} ${c.item}` === core);
    expect(claims.length).toBeGreaterThan(0);
    expect(claims.filter((c) => c.source.country === core.split(" ")[1])).toEqual([]);
  });
});

// attribute-sentences: kinds of "who says it" (brief "sources"), each shown by phrasings of our own
// (other states, items, numbers, word orders).
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

/** Every claim's source as "speaker | org | country" ("-" for null). */
function sourcesOf(text: string): string[] {
  const doc = processDocument({ path: "who.txt", bytes: Buffer.from(`${text}\n`), meta: { id: "who", url: "https://probe.example/who", outlet: "Probe Wire", published: "2024-05-10" } as never });
  return doc.claims.map((c) => [c.source.speaker ?? "-", c.source.org ?? "-", c.source.country ?? "-"].join(" | "));
}

/** The states of every claim's source. */
const countries = (text: string) => sourcesOf(text).map((s) => s.split(" | ")[2]);

describe("reporting verbs of the family of 'said' name the speaker before them", () => {
  it.each([
    ["Spain has given Ukraine 600 shells, Spanish officials briefed reporters on Monday.", "ESP"],
    ["Greek officials affirmed that Greece would hand Cyprus 14 armoured vehicles in June.", "GRC"],
    ["The Kenyan army calculated that Kenya had received 40 armoured vehicles from Turkey since 2021.", "KEN"],
    ["Estonian intelligence signalled that Belarus had sent Russia 90 tanks in March.", "EST"],
  ])("%s", (text, state) => {
    const found = countries(text);
    expect(found.length).toBeGreaterThan(0);
    for (const c of found) expect(c).toBe(state);
  });
});

describe("an outlet that frames what another speaker says passes it on: the one it quotes is the source", () => {
  it.each([
    ["Pakistan sold 20 drones to Ghana, the Ghanaian army said, Reuters reported.", "GHA"],
    ["Norway will deliver 12 boats to Latvia, the Norwegian defence ministry said, the BBC reported.", "NOR"],
    ["“Estonian intelligence believes Belarus sent Russia 200 trucks of shells,” Politico wrote.", "EST"],
  ])("%s", (text, state) => {
    const found = countries(text);
    expect(found.length).toBeGreaterThan(0);
    for (const c of found) expect(c).toBe(state);
  });
});

describe("'the ministry said', 'the army said' with no body named before: the body the same sentence opens with", () => {
  it.each([
    ["The Indian Ministry of Defence has signed a deal to buy 26 Rafale jets from France, the ministry said in a statement.", "IND"],
    ["The Chilean army received 30 howitzers from Spain last month, the army said on Friday.", "CHL"],
    ["The Peruvian navy will get two frigates from South Korea, the navy said in a statement.", "PER"],
    ["The Kenyan Ministry of Defence bought 12 helicopters from Italy in March, the ministry told reporters.", "KEN"],
  ])("%s", (text, state) => {
    const found = countries(text);
    expect(found.length).toBeGreaterThan(0);
    for (const c of found) expect(c).toBe(state);
  });
});

describe("unnamed administration or government officials serve the government that spoke just before, though the sentence does not name it", () => {
  /** The sources of the claims of one item. */
  const of = (text: string, item: string) => processDocument({ path: "who.txt", bytes: Buffer.from(`${text}\n`), meta: { id: "who", outlet: "Probe Wire", published: "2024-05-10" } as never }).claims.filter((c) => c.item === item).map((c) => c.source.country);
  it.each([
    ["Chilean Defence Minister Ana Ruiz said Peru had bought 30 howitzers from Spain.\nPeru also bought 12 armoured vehicles from Spain, a senior government official said.", "armoured-vehicles", "CHL"],
    ["Norwegian Foreign Minister Lars Dahl said Sweden had sold 40 drones to Latvia.\nLatvia will also get 6 helicopters from Sweden, administration officials told reporters.", "aircraft", "NOR"],
    ["Greek Prime Minister Nikos Andreou told lawmakers that France had sold 18 Rafale jets to Cyprus.\nFrance will also send Cyprus 200 missiles, a government spokesman said.", "missiles-other", "GRC"],
  ])("%s", (text, item, state) => expect(of(text, item)).toEqual([state]));
});

describe("a group's home state named by its government or army beside the group is a speaker, not the group's place", () => {
  const of = (text: string, item: string) => processDocument({ path: "who.txt", bytes: Buffer.from(`${text}\n`), meta: { id: "who", outlet: "Probe Wire", published: "2024-05-10" } as never }).claims.filter((c) => c.item === item).map((c) => c.source.country);
  it.each([
    ["Soldiers loyal to Lebanon’s government said they had seized 40 rockets that Iran had sent to Hezbollah.", "artillery-ammunition", "LBN"],
    ["Units allied to Sudan’s army claimed they had captured 30 drones that the UAE sent to the RSF.", "drones", "SDN"],
    ["Guards answering to Yemen’s government reported seizing 200 Iranian drones headed for the Houthis.", "drones", "YEM"],
  ])("%s", (text, item, state) => expect(of(text, item)).toEqual([state]));
});

describe("'the ministry' points back to a body whose name has a word of that stem, not to one that merely contains it ('Administration')", () => {
  it.each([
    "The Kremlin praised the talks on Monday.\nChile has sold 30 howitzers to Peru, the ministry said.",
    "The Kremlin hosted Chilean envoys.\nThe Chilean Ministry of Defence met them later.\nChile will sell 20 tanks to Peru, the ministry said.",
    "Kremlin aides met the delegation on Friday.\nThe ministry said on Saturday that Chile had sent Peru 12 helicopters.",
  ])("%s", (text) => {
    const found = countries(text);
    expect(found.length).toBeGreaterThan(0);
    expect(found).not.toContain("RUS");
  });
});

describe("a person introduced with a state's title in a sentence that claims nothing keeps that state when the surname speaks later", () => {
  it.each([
    ["Chilean Defence Minister Ana Ruiz and her Peruvian counterpart Jorge Salas met in Lima.\nSalas said Peru had bought 30 howitzers from Chile.", "Jorge Salas", "PER"],
    ["Estonian Prime Minister Kaja Tamm welcomed Latvian Foreign Minister Ilze Berzina to Tallinn.\nBerzina said Latvia had sold Estonia 20 armoured vehicles.", "Ilze Berzina", "LVA"],
    ["Togolese army chief Koffi Adjo arrived in Accra on Monday.\nAdjo told reporters that Togo would buy 12 helicopters from Ghana.", "Koffi Adjo", "TGO"],
  ])("%s", (text, speaker, state) => {
    const found = sourcesOf(text);
    expect(found.length).toBeGreaterThan(0);
    for (const s of found) expect(s).toMatch(new RegExp(`^${speaker} \\| .* \\| ${state}$`));
  });
});

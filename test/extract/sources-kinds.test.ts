// attribute-sentences: kinds of "who says it" that a claim used to lose to the outlet's voice or to the
// wrong speaker. Each block is one shape, told three ways (own phrasings: other states, items, numbers).
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

/** Every claim's source as "speaker | org | country" ("-" for null). */
function sourcesOf(text: string): string[] {
  const doc = processDocument({ path: "kinds.txt", bytes: Buffer.from(text), meta: { id: "kinds", url: "https://probe.example/kinds", outlet: "Probe Wire", published: "2024-05-10" } as never });
  return doc.claims.map((c) => [c.source.speaker ?? "-", c.source.org ?? "-", c.source.country ?? "-"].join(" | "));
}

function expectAll(text: string, source: string): void {
  const found = sourcesOf(text);
  expect(found.length).toBeGreaterThan(0);
  for (const s of found) expect(s).toBe(source);
}

describe("'as per X' and 'based on X's analysis' name the source like 'according to X'", () => {
  it.each([
    ["As per the Chilean navy, Chile shipped 40 howitzers to Peru in March.", " | Chilean navy | CHL"],
    ["Based on the Kestrel Institute's analysis of radar data, Chile shipped 40 howitzers to Peru in March.", "- | Kestrel Institute | -"],
    ["Based on estimates by the Norwegian army, Sweden delivered 12 patrol boats to Estonia last year.", "- | Norwegian army | NOR"],
  ])("%s", (text, source) => expectAll(text, source.startsWith(" ") ? `-${source}` : source));

  it.each([
    "As per customs data, Chile shipped 40,000 barrels of oil to Peru in March.",
    "As per the latest tallies, Bolivia sent 300 tonnes of wheat to Paraguay in June.",
    "As per figures seen by this outlet, Ghana bought 20 armoured vehicles from Turkey.",
  ])("the phrase ends at its comma: the state after it is a party, no source (%s)", (text) => {
    for (const s of sourcesOf(text)) expect(s).not.toMatch(/government/);
  });
});

describe("a body that has no confirmation, has seen no evidence or cannot confirm says so itself", () => {
  it.each([
    ["The Pentagon still has no confirmation that Chile sent howitzers to Peru.", "USA"],
    ["The Chilean navy has seen no evidence that Peru received 40 howitzers from Chile.", "CHL"],
    ["The State Department could not confirm that Chile had sent howitzers to Peru.", "USA"],
    ["The Brazilian army was unable to confirm that Uruguay had received 30 trucks from Brazil.", "BRA"],
  ])("%s", (text, country) => {
    const found = sourcesOf(text);
    expect(found.length).toBeGreaterThan(0);
    for (const s of found) expect(s.split(" | ")[2]).toBe(country);
  });
});

describe("'could not confirm whether' after the claim's clause doubts something else: it names no source of the claim", () => {
  it.each([
    "Chile delivered 40 howitzers to Peru in May, but officials could not confirm whether more were coming.",
    "Sweden shipped 12 patrol boats to Estonia last year, but the navy had no information whether they were armed.",
    "Ghana bought 20 armoured vehicles from Turkey in June, but officials were unable to confirm if they had arrived.",
  ])("%s", (text) => {
    const found = sourcesOf(text);
    expect(found.length).toBeGreaterThan(0);
    for (const s of found) expect(s).toBe("- | Probe Wire | -");
  });
});

describe("a body no gazetteer knows is named by its shape ('... Institute', '... Foundation', '... Group')", () => {
  it.each([
    ["The Kestrel Institute said Chile had shipped 40 howitzers to Peru.", "- | Kestrel Institute | -"],
    ["Chile sold 12 helicopters to Peru, the Harwood Foundation said in a report.", "- | Harwood Foundation | -"],
    ["According to the Vantor Research Group, Ghana bought 20 armoured vehicles from Turkey.", "- | Vantor Research Group | -"],
  ])("%s", (text, source) => expectAll(text, source));
});

describe("a speaker set off from its verb by a relative clause, or titled by a role noun, still speaks", () => {
  it.each([
    ["Lawmaker Ola Brenner, who sits on the defence committee, told reporters that Chile had shipped 40 howitzers to Peru.", "Ola Brenner"],
    ["Anita Rask, who chairs the export board, said Sweden delivered 12 patrol boats to Estonia.", "Anita Rask"],
    ["Chile shipped 40 howitzers to Peru, Legislator Tomas Irarrazaval said on Monday.", "Tomas Irarrazaval"],
  ])("%s", (text, speaker) => {
    const found = sourcesOf(text);
    expect(found.length).toBeGreaterThan(0);
    for (const s of found) expect(s.split(" | ")[0]).toBe(speaker);
  });

  it.each([
    ["Ecuador, which has long kept quiet about the deal, said on Monday that Peru had received 40 howitzers from Ecuador.", "ECU"],
    ["The Chilean navy, which runs the northern ports, said Chile had shipped 40 howitzers to Peru.", "CHL"],
    ["Norway, which chairs the donor group this year, said Ukraine had received 14 air defence systems from Norway.", "NOR"],
  ])("a state or body before the clause (%s)", (text, country) => {
    const found = sourcesOf(text);
    expect(found.length).toBeGreaterThan(0);
    for (const s of found) expect(s.split(" | ")[2]).toBe(country);
  });
});

describe("the contents of a package go with whoever announced it, even in a report that credits another outlet", () => {
  it.each([
    "Germany quietly sent Ukraine 30 tanks in June, according to Der Kurier.\n\nOn 8 July, Berlin announced a further aid package for Kyiv. The centrepiece of this package was an IRIS-T air defence system.\n",
    "Norway secretly delivered 12 howitzers to Ukraine in May, according to Aftenvakt.\n\nIn June, Norway announced another package for Ukraine. The package includes four NASAMS air defence systems.\n",
    "Sweden shipped 20 armoured vehicles to Ukraine over the summer, according to Nordposten.\n\nLast week Sweden unveiled a new aid package for Ukraine. The main item of this package was an air defence system.\n",
  ])("%s", (text) => {
    const doc = processDocument({ path: "p.txt", bytes: Buffer.from(text), meta: { id: "p", url: "https://probe.example/p", outlet: "Probe Wire", published: "2024-07-20" } as never });
    const defence = doc.claims.filter((c) => c.item === "air-defence-systems");
    expect(defence.length).toBeGreaterThan(0);
    for (const c of defence) expect(c.source.country).toBe(c.supplier);
  });
});

describe("a 'Source: X, citing Y' line right after the lead sets the lead's source too", () => {
  it.each([
    ["Chile has shipped 40 howitzers to Peru since January.\n\nSource: Reuters, citing the Kestrel Institute\n\nDetails: The guns left from Valparaiso.\n", "Kestrel Institute"],
    ["Bolivia has received 300 tonnes of wheat from Paraguay since March.\n\nSource: AFP, citing the Harwood Foundation\n\nDetails: The grain moved by river.\n", "Harwood Foundation"],
    ["Ghana has bought 20 armoured vehicles from Turkey this year.\n\nSource: Reuters, citing the Vantor Research Group\n\nDetails: The vehicles arrived by sea.\n", "Vantor Research Group"],
  ])("%s", (text, org) => {
    const found = sourcesOf(text);
    expect(found.length).toBeGreaterThan(0);
    for (const s of found) expect(s.split(" | ")[1]).toBe(org);
  });
});

describe("'the report', 'the study', 'the monitors' point back to the body that issued the work", () => {
  it.each([
    ["The Kestrel Institute published its annual survey of the arms trade on Monday.\n\nThe report said Chile had shipped 40 howitzers to Peru in 2023.\n", "Kestrel Institute"],
    ["The Harwood Foundation released new findings on Tuesday.\n\nSweden delivered 12 patrol boats to Estonia last year, the study said.\n", "Harwood Foundation"],
    ["The Vantor Research Group issued its report on the region in May.\n\nGhana bought 20 armoured vehicles from Turkey in 2023, the monitors said.\n", "Vantor Research Group"],
  ])("%s", (text, org) => {
    const found = sourcesOf(text);
    expect(found.length).toBeGreaterThan(0);
    for (const s of found) expect(s.split(" | ")[1]).toBe(org);
  });
});

describe("a pronoun after the sentence's own speaker is that speaker, not the last sentence's", () => {
  it.each([
    ["Based on the Kestrel Institute's analysis of radar data, Chile shipped 40 howitzers to Peru.\n\nPeruvian Defence Minister Ana Quispe told the BBC that she believed Chile had shipped 40 howitzers to Peru.\n", "Ana Quispe"],
    ["According to the Harwood Foundation, Sweden delivered 12 patrol boats to Estonia.\n\nEstonian Defence Minister Karl Tamm told reporters that he believed Sweden delivered 12 patrol boats to Estonia.\n", "Karl Tamm"],
    ["According to the Vantor Research Group, Ghana bought 20 armoured vehicles from Turkey.\n\nGhanaian officials and Defence Minister Kofi Mensah told the press that they believed Ghana bought 20 armoured vehicles from Turkey.\n", "Kofi Mensah"],
  ])("%s", (text, speaker) => {
    const doc = processDocument({ path: "q.txt", bytes: Buffer.from(text), meta: { id: "q", url: "https://probe.example/q", outlet: "Probe Wire", published: "2024-05-10" } as never });
    const second = doc.attributions.find((a) => doc.sentences[a.sentence].span.start > text.indexOf("\n\n"));
    expect(second?.sources.map((s) => s.speaker ?? s.org)).toEqual([speaker]);
  });
});

describe("a dash closes a 'citing' phrase: the one who denies after it is no cited source", () => {
  it.each([
    ["The Kestrel Institute said Chile had shipped 40 howitzers to Peru, citing port records — something Santiago denies.", "Kestrel Institute"],
    ["The Harwood Foundation said Sweden delivered 12 patrol boats to Estonia, citing witnesses — a claim Stockholm disputes.", "Harwood Foundation"],
    ["The Vantor Research Group said Ghana bought 20 armoured vehicles from Turkey, citing photographs — something Ankara rejects.", "Vantor Research Group"],
  ])("%s", (text, org) => {
    const found = sourcesOf(text);
    expect(found.length).toBeGreaterThan(0);
    expect(found.some((s) => s.split(" | ")[1] === org)).toBe(true);
    for (const s of found) expect(s).not.toMatch(/government/);
  });
});

// Two speaker shapes the source slot missed: one outlet quoting a named person "as promising", "as confirming"
// (any participle of speaking in speech.json quotedAsVerbs, not only "as saying"): the person quoted is the source,
// the outlet relays; and a state's role set off by commas before its holder ("Chile's army chief, General Ana Ruiz,
// said"; "the Peruvian defence minister, Mr Salas, told"): the holder speaks for that state. And a transcript's label
// that is a surname in capitals ("RUIZ:", "MR DAHL:") is the one person the page names with that word
// (attribution/turns.ts).
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";
import { roleApposedBefore } from "../../src/extract/attribute-sentences.js";

const claimsOf = (text: string, outlet = "Probe Wire") =>
  processDocument({ path: "quoted.txt", bytes: Buffer.from(text), meta: { id: "quoted", outlet, published: "2024-03-07" } as never }).claims;
const lead = (sentence: string) => `Report\n\nBy staff\n\n${sentence}\n`;

describe("the person an outlet quotes 'as promising' or 'as confirming' is the source", () => {
  for (const [text, speaker] of [
    ["Peruvian television quoted Defence Minister Jorge Salas as confirming that Brazil had delivered six patrol boats to Peru.", "Jorge Salas"],
    ["Chilean state radio quoted Ana Ruiz as promising that Spain would send 40 more military instructors to Chile next year.", "Ana Ruiz"],
    ["Lars Dahl met the press in Oslo. A local daily later quoted Dahl as acknowledging that Norway had sent four patrol boats to Ukraine.", "Lars Dahl"],
  ] as const) {
    it(speaker, () => {
      const claims = claimsOf(lead(text));
      expect(claims.length).toBeGreaterThan(0);
      for (const c of claims) expect(c.source.speaker).toBe(speaker);
    });
  }

  it("keeps an outlet's own claim where it quotes nobody as saying anything", () => {
    const claims = claimsOf(lead("Spain sent 40 howitzers to Chile in May, the ministry's figures quoted in the budget show."));
    for (const c of claims) expect(c.source.speaker).toBeNull();
  });
});

describe("a state's role set off by commas before its holder gives the holder's state", () => {
  for (const [text, country] of [
    ["Chile's army chief, General Ana Ruiz, said Spain had sent 40 howitzers to Chile.", "CHL"],
    ["The Peruvian defence minister, Mr Salas, said last week that Brazil has delivered six patrol boats to Peru.", "PER"],
    ["Brazil's top envoy, Ambassador Lucas Prado, told reporters that Argentina had received 12 tanks from Brazil.", "BRA"],
  ] as const) {
    it(country, () => {
      const claims = claimsOf(lead(text));
      expect(claims.length).toBeGreaterThan(0);
      for (const c of claims) expect(c.source.country).toBe(country);
    });
  }

  it("reads only role words before the comma and title words after it", () => {
    expect(roleApposedBefore("'s army chief, General ")).toBe(true);
    expect(roleApposedBefore(" defence minister, Mr ")).toBe(true);
    expect(roleApposedBefore(" sent tanks, said ")).toBe(false);
    expect(roleApposedBefore("'s army chief, ")).toBe(true);
    expect(roleApposedBefore(" and Peru, ")).toBe(false);
  });
});

describe("a transcript's label in capitals is the surname of the one person the page names with it", () => {
  const transcript = (intro: string, label: string, line: string) =>
    `Press briefing (transcript)\n\n${intro}\n\nCHAIR: Good morning. Questions, please.\n\nQUESTION (Daily Post): What has been sent?\n\n${label}: ${line}\n\nCHAIR: Thank you all.\n`;
  for (const [intro, label, line, speaker] of [
    ["Participants: Chilean defence spokesperson Ana Ruiz; press officer Tomas Vidal.", "RUIZ", "Chile has so far handed 12 howitzers to Peru.", "Ana Ruiz"],
    ["Participants: Norwegian navy spokesman Lars Dahl, and the moderator.", "MR DAHL", "Norway has delivered four patrol boats to Ukraine.", "Lars Dahl"],
    ["Speakers: Peruvian army spokesperson Col. Jorge Salas-Pinto.", "SALAS-PINTO", "Brazil has delivered six patrol boats to Peru this year.", "Jorge Salas-Pinto"],
  ] as const) {
    it(label, () => {
      const claims = claimsOf(transcript(intro, label, line), "Briefing Notes");
      expect(claims.length).toBeGreaterThan(0);
      for (const c of claims) expect(c.source.speaker).toBe(speaker);
    });
  }

  it("leaves a capital label that names nobody on the page in the page's voice", () => {
    const claims = claimsOf(transcript("Participants: the moderator.", "OFFICIAL", "Chile has so far handed 12 howitzers to Peru."), "Briefing Notes");
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims) expect(c.source.speaker).toBeNull();
  });
});

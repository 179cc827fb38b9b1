// A person named in the possessive before a noun of what they said or reckoned ("X's figure", "X's tally",
// "X's reckoning") is the source of the claim the sentence tells; so is a person who opens a lead with no comma before the
// colon ("X again: ...", "X at the briefing: ..."), or whom the gazetteer alone knows by the surname that opens it.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string) =>
  processDocument({ path: "owned.txt", bytes: Buffer.from(`Report\n\nBy staff\n\n${text}\n`), meta: { id: "owned", outlet: "Probe Wire", published: "2024-03-07" } as never }).claims;

const speakersOf = (text: string) => [...new Set(claimsOf(text).map((c) => c.source.speaker))];

describe("a person's figure, tally or numbers are theirs", () => {
  it.each([
    ["Ana Ruiz's figure, given in Lima last week, is that Chile sent 300 rifles to Peru.", "Ana Ruiz"],
    ["Chile has handed Peru 40 tanks since March, under Jorge Salas's tally.", "Jorge Salas"],
    ["In Jorge Salas's latest numbers, Chile has handed Peru 40 tanks since March.", "Jorge Salas"],
  ])("%s", (text, name) => {
    expect(claimsOf(text).length).toBeGreaterThan(0);
    expect(speakersOf(text)).toEqual([name]);
  });
});

describe("a person who opens a lead before its colon says what follows", () => {
  it.each([
    ["Ana Ruiz told the senate on Monday that Chile would send 12 tanks to Peru.\n\nRuiz again: Chile has sent 30 rifles to Peru.", "Ana Ruiz"],
    ["Ana Ruiz told the senate on Monday that Chile would send 12 tanks to Peru.\n\nAna Ruiz before the vote: Chile has sent 30 rifles to Peru.", "Ana Ruiz"],
    ["Kirby at the afternoon briefing: Iran has shipped 400 drones to Russia.", "John Kirby"],
    ["Kirby: Iran has shipped 400 drones to Russia since the summer.", "John Kirby"],
  ])("%s", (text, name) => {
    const claims = claimsOf(text);
    const last = claims[claims.length - 1];
    expect(last?.source.speaker).toBe(name);
  });
});

describe("one who names goods or a state 'as' something, or lists goods 'among' others, makes the claim", () => {
  it.each([
    ["Defence Minister Ana Ruiz spoke in May. Ruiz also named Chile as the main supplier of rifles to Peru.", "Ana Ruiz"],
    ["Ana Ruiz named armoured vehicles as one of the goods that Chile sells to Peru.", "Ana Ruiz"],
    ["Defence Minister Ana Ruiz spoke in May. Ruiz also listed rifles among the goods that Chile sent to Peru.", "Ana Ruiz"],
  ])("%s", (text, name) => {
    const claims = claimsOf(text);
    expect(claims.length).toBeGreaterThan(0);
    expect(claims[claims.length - 1].source.speaker).toBe(name);
  });

  it("a state named as a supplier in the passive is no speaker", () => {
    expect(claimsOf("Chile was named as the main supplier of rifles to Peru in a report.").every((c) => c.source.speaker === null)).toBe(true);
  });
});

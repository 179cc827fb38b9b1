// Speakers a sentence points back to by a possessive or a bare office noun: "according to his words", "in her own
// words" stand for the person named before; "a department spokesperson", "an agency spokesman" speak for the
// department or agency the document named before, with its state.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string) =>
  processDocument({ path: "pointed.txt", bytes: Buffer.from(`Report\n\nBy staff\n\n${text}\n`), meta: { id: "pointed", outlet: "Probe Wire", published: "2024-03-07" } as never }).claims;

describe("his words, her words: the person named before speaks", () => {
  it.each([
    ["Swedish Defence Minister Lars Ekdahl spoke to a radio station on Monday. In his words, Finland has sent 20 tanks to Ukraine.", "Lars Ekdahl", "SWE"],
    ["Chilean Defence Minister Ana Ruiz spoke on Monday. According to her words, Peru has bought 40 tanks from Spain.", "Ana Ruiz", "CHL"],
    ["Estonian Foreign Minister Mart Kask gave an interview on Tuesday. Latvia, in his own words, delivered 12 howitzers to Ukraine in May.", "Mart Kask", "EST"],
    ["Norwegian Defence Minister Kari Berg met reporters in Oslo. According to her own words, Denmark has shipped 30 drones to Ukraine.", "Kari Berg", "NOR"],
  ])("%s", (text, speaker, country) => {
    const claims = claimsOf(text);
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims) expect(c.source).toMatchObject({ speaker, country });
  });
});

describe("a department or agency spokesperson speaks for the state of the department or agency named before", () => {
  it.each([
    ["The Pentagon on Friday unveiled an aid package for Ukraine, the Defense Department said. The package includes 40 Bradley vehicles for Ukraine, a department spokesperson said.", "USA"],
    ["The US Treasury Department sanctioned twelve firms on Thursday. Firms in China sold chips to Russia last year, a department spokeswoman said.", "USA"],
    ["The Pentagon released a statement on Friday. The United States will send 30 Stryker vehicles to Ukraine, a department spokesman said.", "USA"],
    ["The Central Intelligence Agency briefed senators on Tuesday. Iran has shipped 200 missiles to Russia, an agency spokeswoman said.", "USA"],
  ])("%s", (text, country) => {
    const claims = claimsOf(text);
    expect(claims.length).toBeGreaterThan(0);
    const last = claims.filter((c) => c.source.org !== null && /spokes/i.test(c.source.org));
    expect(last.length).toBeGreaterThan(0);
    for (const c of last) expect(c.source.country).toBe(country);
  });
});

describe("'put ... at' a figure is a verb of saying, with a year or a number between too", () => {
  it.each([
    ["Swedish Defence Minister Lars Ekdahl spoke in Stockholm on Monday. He put the number of tanks Finland sent to Ukraine in 2023 at 40.", "Lars Ekdahl"],
    ["Estonian Foreign Minister Mart Kask met reporters on Friday. He put the drones Iran shipped to Russia over 12 months at more than 2,000.", "Mart Kask"],
    ["Norwegian Defence Minister Kari Berg spoke on Monday. She puts the shells Norway gave Ukraine in 2024 at about 50,000.", "Kari Berg"],
    ["Chilean Defence Minister Ana Ruiz gave an interview on Tuesday. She put the rifles Spain sold to Peru in 2022 at roughly 7,000.", "Ana Ruiz"],
  ])("%s", (text, speaker) => {
    const claims = claimsOf(text);
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims) expect(c.source.speaker).toBe(speaker);
  });
});

describe("a person named with 'of' and a state speaks for that state", () => {
  it.each([
    ["Foreign Minister Ana Ruiz of Chile said on Monday that Peru had bought 40 tanks from Spain.", "Ana Ruiz", "CHL"],
    ["Peru has bought 40 tanks from Spain, Defence Minister Lars Ekdahl of Sweden told reporters.", "Lars Ekdahl", "SWE"],
    ["According to President Mart Kask of Estonia, Latvia delivered 12 howitzers to Ukraine in May.", "Mart Kask", "EST"],
    ["Defence Secretary Tom Hale of Britain said on Friday that Norway had shipped 20 radars to Ukraine.", "Tom Hale", "GBR"],
  ])("%s", (text, speaker, country) => {
    const claims = claimsOf(text);
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims) expect(c.source).toMatchObject({ speaker, country });
  });
});

describe("'Western officials', 'allied diplomats': the qualifier stays with the unnamed source", () => {
  it.each([
    ["Western officials say Iran has sent 200 missiles to Russia.", "Western officials"],
    ["Iran has shipped 300 drones to Russia, according to Western intelligence officials.", "Western intelligence officials"],
    ["North Korea sent 5,000 troops to Russia, allied officials said on Monday.", "allied officials"],
    ["Allied intelligence officials believe North Korea has sent 3,000 troops to Russia.", "Allied intelligence officials"],
  ])("%s", (text, org) => {
    const claims = claimsOf(text);
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims) expect(c.source).toMatchObject({ speaker: null, org, country: null });
  });
});

// Sources that a sentence names without a person's name: "the Estonian defence minister said" speaks for Estonia;
// "Norway has earmarked NOK 300m for ..." is the state's own decision; and in a thread, the account line over each
// post names who posts, so a later "he expects" still points back to the person a post cited.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";
import { isAccountLine } from "../../src/extract/attribution/speakers.js";

const claimsOf = (text: string) =>
  processDocument({ path: "holders.txt", bytes: Buffer.from(text), meta: { id: "holders", outlet: "Probe Wire", published: "2025-03-01" } as never }).claims;
const page = (sentence: string) => `Report\n\nBy staff\n\n${sentence}\n`;

describe("a minister named by the state's adjective and the office alone speaks for that state", () => {
  for (const [name, sentence, country] of [
    ["the Estonian defence minister said", "The Estonian defence minister said Estonia would send 12 more howitzers to Ukraine in April.", "EST"],
    ["told reporters after the claim", "Portugal will hand Ukraine six more Leopard tanks this year, the Portuguese defence minister told reporters.", "PRT"],
    ["a foreign minister who confirmed", "The Slovak foreign minister confirmed on Tuesday that Slovakia had delivered 30 armoured vehicles to Ukraine.", "SVK"],
  ] as const) {
    it(name, () => {
      const claims = claimsOf(page(sentence));
      expect(claims.length).toBeGreaterThan(0);
      for (const c of claims) expect(c.source.country).toBe(country);
    });
  }
});

describe("a state that earmarks or sets aside money for a purpose makes its own claim", () => {
  for (const [name, sentence, country] of [
    ["has earmarked", "Lithuania has earmarked a further 40 million euros for drones for Ukraine.", "LTU"],
    ["have set aside", "The Finns have set aside another 90 million euros for air defence for Ukraine.", "FIN"],
    ["allocated", "Austria allocated 15 million euros to buy demining vehicles for Ukraine.", "AUT"],
  ] as const) {
    it(name, () => {
      const claims = claimsOf(page(sentence));
      expect(claims.length).toBeGreaterThan(0);
      for (const c of claims) expect(c.source.country).toBe(country);
    });
  }
});

describe("the account line over a thread's post names no one the posts speak of", () => {
  const thread = (handle: string, cited: string, pronoun: string) =>
    [
      "Thread",
      "",
      `${handle}`,
      `1/ ${cited} gave new numbers today on what Tehran has handed Moscow.`,
      "",
      `${handle}`,
      `2/ Drones: 400 supplied in 2024, per ${cited.split(" ").pop()}.`,
      "",
      `${handle}`,
      `3/ And ${pronoun} expects Iran to send about 300 more drones to Russia in 2025.`,
      "",
    ].join("\n");
  for (const [name, handle, cited, pronoun, surname] of [
    ["a display name and a handle", "Tarmo Veski @tarmo_osint", "Colonel Ilmar Saar", "he", "Saar"],
    ["a name with a note in brackets", "Olga Berg (OSINT) @olgaberg_ua", "General Anna Lind", "she", "Lind"],
    ["a handle with digits", "Maren Holt @mholt_maps24", "Colonel Eva Strand", "she", "Strand"],
  ] as const) {
    it(name, () => {
      const claims = claimsOf(thread(handle, cited, pronoun)).filter((c) => /\b2025\b/.test(c.evidence.text));
      expect(claims.length).toBeGreaterThan(0);
      for (const c of claims) expect(c.source.speaker ?? "").toContain(surname);
    });
  }
  it("reads only a whole line of a name and a handle as an account line", () => {
    expect(isAccountLine("Tarmo Veski @tarmo_osint")).toBe(true);
    expect(isAccountLine("Field Notes @fieldnotes_ua · Mar 2")).toBe(true);
    expect(isAccountLine("Relevant reading: @fieldnotes_ua on arms flows.")).toBe(false);
    expect(isAccountLine("Tarmo Veski said Iran sent 400 drones.")).toBe(false);
  });
});

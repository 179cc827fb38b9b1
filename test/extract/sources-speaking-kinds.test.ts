// attribute-sentences: ways a named person says a thing that the reader took for the page's own voice (brief
// "sources", probe-fourteenth, probe-thirteenth): an aside between the name and the verb, an occasion used "to say",
// "posted that", "answered ... that". Each shown by phrasings of our own (other states, names, items and numbers).
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

/** The speaker and state of every claim's source ("Ana Ruiz | CHL", "-" for null). */
function whoAndState(text: string): string[] {
  const doc = processDocument({ path: "speak.txt", bytes: Buffer.from(`${text}\n`), meta: { id: "speak", url: "https://probe.example/speak", outlet: "Probe Wire", published: "2024-05-10" } as never });
  return doc.claims.map((c) => `${c.source.speaker ?? "-"} | ${c.source.country ?? "-"}`);
}

describe("an aside of a former office or a visit between the name and the verb leaves the name the speaker", () => {
  it.each([
    ["Ana Ruiz, then Chile's foreign minister, said publicly that Spain had sent drones to Peru.", "Ana Ruiz | CHL"],
    ["Chile's defence minister Ana Ruiz, on a visit to Lima last month, said Spain would send 600 troops to Peru.", "Ana Ruiz | CHL"],
    ["Lars Dahl, now Norway's envoy to Riga, said Sweden had sold 40 drones to Latvia.", "Lars Dahl | NOR"],
    ["Greek Defence Minister Nikos Andreou, during a trip to Nicosia, said France had sold 18 jets to Cyprus.", "Nikos Andreou | GRC"],
  ])("%s", (text, expected) => expect(whoAndState(text)).toEqual([expected]));
});

describe("one who uses an occasion 'to say' a thing says it", () => {
  it.each([
    ["Ana Ruiz used a press appearance last Monday to say Spain has given Peru over forty howitzers since 2023.", "Ana Ruiz | -"],
    ["Norway's defence minister Lars Dahl took the occasion of a briefing in Oslo to say Sweden had sold 40 drones to Latvia.", "Lars Dahl | NOR"],
    ["Chilean Foreign Minister Ana Ruiz used her speech at the summit to say Spain would sell 12 tanks to Peru.", "Ana Ruiz | CHL"],
  ])("%s", (text, expected) => expect(whoAndState(text)).toEqual([expected]));
});

describe("'posted that' and 'answered ... that' are verbs of saying", () => {
  it.each([
    ["Chile's foreign minister Ana Ruiz posted that Chile had not delivered any drones to Peru.", "Ana Ruiz | CHL"],
    ["And the Chilean foreign ministry, through its spokesman Jorge Salas, answered the same day that Chile had never given drones to Peru.", "Jorge Salas | -"],
    ["Peru's navy answered on Friday that it had received no drones from Chile.", "- | PER"],
    ["Norwegian Defence Minister Lars Dahl posts that Norway sent 20 patrol boats to Latvia.", "Lars Dahl | NOR"],
  ])("%s", (text, expected) => expect(whoAndState(text)).toEqual([expected]));
});

describe("a body that speaks after ', and' in a clause that counts goods speaks for the whole sentence", () => {
  it.each([
    ["The first 40 tanks from Spain arrived in Chile on Monday, the Chilean Ministry of Defence said. Eleven howitzers from Spain were handed over to Chile last year, and the ministry expects the remaining 18 to arrive by the end of 2026.", "- | CHL"],
    ["Norway sent Latvia 20 patrol boats in May, the Norwegian navy said. Six drones from Norway reached Latvia in June, and the navy says another 12 will follow in the autumn.", "- | NOR"],
    ["Peru bought 30 howitzers from Spain, the Peruvian army said on Monday. Twelve tanks from Spain came to Peru in March, but the army expects the last 8 in July.", "- | PER"],
  ])("%s", (text, expected) => {
    const got = whoAndState(text);
    expect(got.length).toBeGreaterThan(1);
    expect(got.every((s) => s === expected)).toBe(true);
  });
});

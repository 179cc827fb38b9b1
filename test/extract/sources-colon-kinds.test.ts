// A person or body that a colon sets before a statement, with no verb of saying, says it: "The Polish defence
// ministry: 20 tanks have arrived"; "The word came from Defence Minister Ana Ruiz: Chile has sent ...". A state
// before the colon is a topic, no speaker of its own.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string) =>
  processDocument({ path: "colon.txt", bytes: Buffer.from(text), meta: { id: "colon", outlet: "Probe Wire", published: "2025-03-01" } as never }).claims;
const page = (sentence: string) => `Report\n\nBy staff\n\n${sentence}\n`;

describe("a person or body before a colon says what follows it", () => {
  for (const [name, sentence, speaker, country] of [
    ["a body alone", "The Latvian defence ministry: another 16 armoured vehicles reached Ukraine from Latvia this week.", null, "LVA"],
    ["a titled minister", "Estonian Defence Minister Hanno Pevkur: Estonia has given Ukraine 12 more howitzers since spring.", "Hanno Pevkur", "EST"],
    ["the word came from", "The word came from Dutch Foreign Minister Lotte Brandt: the Netherlands will ship 18 more drones to Ukraine.", "Lotte Brandt", "NLD"],
  ] as const) {
    it(name, () => {
      const claims = claimsOf(page(sentence));
      expect(claims.length).toBeGreaterThan(0);
      for (const c of claims) {
        expect(c.source.speaker).toBe(speaker);
        expect(c.source.country).toBe(country);
      }
    });
  }
});

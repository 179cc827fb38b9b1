// A state named by its name in the possessive before its own pledge, promise or package ("Norway's pledge of 12
// howitzers", "Finland's latest package") tells that government's commitment, as a capital's possessive does, where
// it is the first state the sentence names and no one else says the sentence.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string) =>
  processDocument({ path: "pledge.txt", bytes: Buffer.from(text), meta: { id: "pledge", outlet: "Probe Wire", published: "2025-06-01" } as never }).claims;

describe("a state's possessive before its own pledge or package makes its government the source", () => {
  for (const [name, sentence, country] of [
    ["a pledge of goods", "Norway's pledge of 12 howitzers to Ukraine is still on track.", "NOR"],
    ["a promise after a scene", "Further afield, Chile's promise of 20 tanks to Ukraine shows how far the supply net now reaches.", "CHL"],
    ["a package with its worth", "Finland's latest package for Ukraine, valued at close to 190 million euros, includes 8 howitzers.", "FIN"],
  ] as const) {
    it(name, () => {
      const claims = claimsOf(`Arms news\n\n${sentence}\n`);
      expect(claims.length).toBeGreaterThan(0);
      for (const c of claims) expect(c.source.country).toBe(country);
    });
  }
});

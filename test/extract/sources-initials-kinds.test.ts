// Initials that say something ("FMV said", "the DIA assessed") are a body's short name, never a person's; where the
// page introduced them after a state's adjective and an agency noun ("the Swedish procurement agency FMV"), they
// serve that state.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string) =>
  processDocument({ path: "initials.txt", bytes: Buffer.from(text), meta: { id: "initials", outlet: "Probe Wire", published: "2025-03-01" } as never }).claims;
const page = (sentence: string) => `Report\n\nBy staff\n\n${sentence}\n`;

describe("initials introduced after a state's adjective and an agency noun are that state's body", () => {
  for (const [name, sentence, org, country] of [
    ["procurement agency", "The Danish procurement agency DALO said on Monday that 12 more howitzers for Ukraine would leave in March.", "DALO", "DNK"],
    ["export authority", "The Dutch export authority CDIU said 30 armoured vehicles had been cleared for shipment to Ukraine.", "CDIU", "NLD"],
    ["materiel directorate", "The Finnish materiel directorate FDFLC reported that 20 mortars were sent to Ukraine in April.", "FDFLC", "FIN"],
  ] as const) {
    it(name, () => {
      const claims = claimsOf(page(sentence));
      expect(claims.length).toBeGreaterThan(0);
      for (const c of claims) {
        expect(c.source.speaker).toBeNull();
        expect(c.source.org).toBe(org);
        expect(c.source.country).toBe(country);
      }
    });
  }
});

describe("initials with no state given are a body, not a person", () => {
  for (const [name, sentence, org] of [
    ["the DIA assessed", "The DIA assessed that North Korea had moved 7,000 containers of shells to Russia by June.", "DIA"],
    ["the AIV said", "The AIV said Poland had handed 14 more tanks to Ukraine in May.", "AIV"],
    ["the JIC concluded", "The JIC concluded that Iran had sent about 200 drones to Russia in the spring.", "JIC"],
  ] as const) {
    it(name, () => {
      const claims = claimsOf(page(sentence));
      expect(claims.length).toBeGreaterThan(0);
      for (const c of claims) {
        expect(c.source.speaker).toBeNull();
        expect(c.source.org).toBe(org);
      }
    });
  }
});

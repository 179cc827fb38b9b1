// merge-claims: one claim told twice in a report, first by "a top official" of a state, then by the
// official by name, is one claim carrying the exact name (SCHEMA.md: the most exact source).
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string) =>
  processDocument({ path: "merge.txt", bytes: Buffer.from(text), meta: { id: "merge", outlet: "Probe Wire", published: "2024-05-02" } as never }).claims;

describe("an unnamed official and the official named later are one source", () => {
  for (const [name, text, speaker] of [
    ["a top official in the lead", "Chad received four helicopters from Turkey, a top Chadian official has said.\n\nChadian Defence Minister Idriss Mahamat said Chad received the four helicopters from Turkey in May.\n", "Idriss Mahamat"],
    ["a senior official, then the spokesman", "Laos got two patrol boats from China, a senior Laotian official told reporters.\n\nLaotian government spokesman Khamla Vongsa said Laos got the two patrol boats from China.\n", "Khamla Vongsa"],
    ["an unnamed official after the named minister", "Peruvian Defence Minister Ana Quispe said Peru bought 12 helicopters from Russia.\n\nPeru bought the 12 helicopters from Russia, a Peruvian official said.\n", "Ana Quispe"],
  ] as const) {
    it(name, () => {
      const claims = claimsOf(text);
      expect(claims.length).toBe(1);
      expect(claims[0].source.speaker).toBe(speaker);
    });
  }
});

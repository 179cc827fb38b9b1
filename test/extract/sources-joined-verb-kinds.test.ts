// A verb of saying that "and" joins to the verb before it has that verb's subject: "Minister X met President Y in
// Kyiv and said ..." is X's word, not Y's; "X visited Kyiv and said ..." is X's, not the capital's.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string) =>
  processDocument({ path: "joined.txt", bytes: Buffer.from(text), meta: { id: "joined", outlet: "Probe Wire", published: "2025-03-01" } as never }).claims;
const page = (sentence: string) => `Report\n\nBy staff\n\n${sentence}\n`;

describe("the subject of 'met ... and said' or 'visited ... and said' says it", () => {
  for (const [name, sentence, speaker] of [
    ["met a president and said", "Finnish Defence Minister Antti Hakkanen met President Volodymyr Zelensky in Lviv and said Finland would deliver 30 more mortars to Ukraine.", "Antti Hakkanen"],
    ["visited a capital and said", "Belgian Defence Minister Theo Francken visited Kyiv on Tuesday and said Belgium would hand 16 drones to Ukraine in autumn.", "Theo Francken"],
    ["toured a plant and announced", "Swedish Defence Minister Pal Jonson toured a shipyard in Karlskrona and announced that Sweden would give Ukraine two patrol boats.", "Pal Jonson"],
  ] as const) {
    it(name, () => {
      const claims = claimsOf(page(sentence));
      expect(claims.length).toBeGreaterThan(0);
      for (const c of claims) expect(c.source.speaker).toBe(speaker);
    });
  }
});

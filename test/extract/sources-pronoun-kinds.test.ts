// "..., she said" after a woman spoke and a man the gazetteer lists was named since (or "he said" after a listed woman):
// the pronoun points back past the listed person of the other pronoun to the one who spoke. Phrasings of our own.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string) =>
  processDocument({ path: "page.txt", bytes: Buffer.from(`${text}\n`), meta: { id: "page", outlet: "Northern Lights Wire", published: "2024-04-09" } as never }).claims;

describe("a pronoun of saying skips a listed person of the other pronoun", () => {
  it.each([
    [
      "Copenhagen adds to its list\n\nForeign Minister Helle Dam said on Monday that Denmark would send 12 howitzers to Ukraine. Volodymyr Zelensky thanked the Danes in a video message. Another 20 armoured vehicles will follow in May, she said.",
      "DNK",
      "armoured-vehicles",
      "Helle Dam",
    ],
    [
      "Oslo steps up\n\nDefence Minister Ingrid Solberg said Norway had shipped 300 drones to Ukraine in the winter. Jens Stoltenberg welcomed the step at a press conference in Brussels. Norway will also send 40 armoured vehicles before the autumn, she added.",
      "NOR",
      "armoured-vehicles",
      "Ingrid Solberg",
    ],
    [
      "Stockholm and Kyiv\n\nSwedish Defence Minister Anna Lindqvist said on Friday that Sweden would fund 100 drones for Ukraine. Rishi Sunak met her in London later that day. She also said Sweden had delivered 30 armoured vehicles to Ukraine in March.",
      "SWE",
      "armoured-vehicles",
      "Anna Lindqvist",
    ],
  ])("%s", (text, supplier, item, speaker) => {
    const claims = claimsOf(text).filter((c) => c.supplier === supplier && c.recipient === "UKR" && c.item === item);
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims) expect(c.source.speaker).toBe(speaker);
  });
});

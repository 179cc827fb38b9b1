// Parts told in two words in one sentence ("turbine engines and spare parts", "optics and spare parts", "engines and
// other components") are one flow of parts, one claim (SCHEMA.md, "One claim or two"), where one of the words names
// parts of no weapon; parts each named for a weapon of its own stay two. Phrasings of our own.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string): Claim[] =>
  processDocument({ path: "parts.txt", bytes: Buffer.from(`Report\n\nBy staff\n\n${text}\n`), meta: { id: "parts", outlet: "Probe Wire", published: "2025-06-01" } as never }).claims;

const parts = (text: string) => claimsOf(text).filter((c) => c.item === "raw-materials");

describe("parts told in two words are one flow", () => {
  it.each([
    ["Officials in Kyiv say Chinese suppliers sent turbine engines and spare parts to Russian drone plants this spring."],
    ["Belarusian plants supply optics and spare parts to Russian tank factories, Lithuanian officials believe."],
    ["Over the winter Tehran moved engines and other components to the Houthis, the panel said."],
  ])("%s", (text) => {
    expect(parts(text)).toHaveLength(1);
  });

  it("keeps parts named for two weapons apart", () => {
    expect(parts("Investigators say Iran moved rocket components and drone engines to the Houthis by sea.")).toHaveLength(2);
  });
});

// Sentences written for the test: "States" in "the United States" is a word of a name, not the verb "states": a date
// beside it dates the transfer, not a saying (knowledge/times.json speechVerbNotAfter, times/lexicon.ts).
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string): Claim[] =>
  processDocument({ path: "us.txt", bytes: Buffer.from(`Report\n\nBy staff\n\n${text}`), meta: { id: "us", outlet: "Probe Wire", published: "2024-03-07" } as never }).claims;

describe("a date beside 'the United States' dates the transfer", () => {
  it.each([
    ["South Korea will lend 100,000 artillery shells to the United States this year.", "2024"],
    ["In March 2024, the United States sent 300 tanks to Ukraine, officials said.", "2024-03"],
    ["Japan sold Patriot interceptors to the United States in 2023.", "2023"],
    ["Poland bought 250 Abrams tanks from the United States in 2022.", "2022"],
  ])("%s", (text, start) => {
    const [claim] = claimsOf(text);
    expect(claim?.period?.start).toBe(start);
  });

  it("the verb 'states' still dates a saying", () => {
    const [claim] = claimsOf("The ministry states on Tuesday that Norway has sent 12 launchers to Ukraine.");
    expect(claim?.period?.start ?? null).not.toBe("2024-03-05");
  });
});

// A correction or a note for editors opened by its label and a colon is the page speaking of itself: the wording it
// takes back, or a word to the desk. Its figures are no claim; the report's own sentences keep theirs. Phrasings of our own.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string) =>
  processDocument({ path: "notes.txt", bytes: Buffer.from(`${text}\n`), meta: { id: "notes", outlet: "Harbour Gazette", published: "2025-04-02" } as never }).claims;

describe("a correction or a note for editors gives no claim", () => {
  it.each([
    [
      "Norway sent 14 howitzers to Ukraine in March, the ministry said on Monday.\n\nCorrection, 3 April 2025: An earlier version of this story said Norway had sent 12 howitzers to Ukraine; the ministry put the number at 14.",
      "Correction",
    ],
    [
      "Italy delivered 20 armoured vehicles to Moldova last week, its defence ministry said.\n\nCORRECTION (2 April): This article first said Italy had delivered 30 armoured vehicles to Moldova.",
      "CORRECTION",
    ],
    [
      "Spain will send six air defence launchers to Ukraine, the minister told parliament on Tuesday.\n\nNote for editors: Spain also sent 40 armoured vehicles to Ukraine in 2023 under an earlier package.",
      "Note for editors",
    ],
  ])("%s", (text, label) => {
    const claims = claimsOf(text);
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims) expect(c.evidence.text.startsWith(label)).toBe(false);
  });
});

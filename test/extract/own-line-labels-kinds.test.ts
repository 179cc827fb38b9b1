// A record of debates that sets each speaker's label on a line of its own ("Hon. Ana Ruiz (Minister of Defence,
// Labour):"), a courtesy title or a role in brackets marking it, and the speech on the lines under it: the speech
// is the labelled person's, the page's own voice none of it. Phrasings of our own.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string) =>
  processDocument({ path: "debates.txt", bytes: Buffer.from(`${text}\n`), meta: { id: "debates", outlet: "Chamber Record", published: "2025-04-02" } as never }).claims;

describe("a speaker's label on a line of its own gives the speech under it to that person", () => {
  it.each([
    [
      "NATIONAL ASSEMBLY\nDebates, sitting of 1 April 2025\n\nORAL QUESTIONS\n\nMs. Karin Vestby (Lakeside, Greens):\nMadam Speaker, the radars were promised a year ago. When will they go?\n\nHon. Per Aaland (Minister of Defence, Labour):\nMadam Speaker, I thank the member. Norway sent 14 howitzers to Ukraine over the winter.\n\nMs. Karin Vestby:\nThat is not what I asked.",
      "NOR",
      "UKR",
      "Per Aaland",
    ],
    [
      "STANDING COMMITTEE ON DEFENCE\nUnrevised record of evidence\n\nThe Chair:\nOrder. We resume with questions.\n\nMr. Halloran:\nThank you, Chair. Since March the government has delivered 30 armoured vehicles from Ireland to Ukraine, and more will follow.\n\nThe Chair:\nThank you.",
      "IRL",
      "UKR",
      "Halloran",
    ],
    [
      "SENATE OF THE REPUBLIC\nStenographic record (extract)\n\nQUESTIONS TO THE GOVERNMENT\n\nLucia Ferrante (Minister of Defence, Centre):\nPresident, I can be precise. Italy shipped 5,000 rounds of artillery ammunition to Ukraine in February.\n\nMarco Dini (Turin South, Left):\nAnd the rest?",
      "ITA",
      "UKR",
      "Lucia Ferrante",
    ],
  ])("%s", (text, supplier, recipient, speaker) => {
    const claims = claimsOf(text).filter((c) => c.supplier === supplier && c.recipient === recipient);
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims) expect(c.source.speaker).toBe(speaker);
  });
});

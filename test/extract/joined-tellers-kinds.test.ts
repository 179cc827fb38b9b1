// Sentences, written for the test, with two tellers in one sentence, each in a clause of its own joined by ", and"
// (or a semicolon): the goods told in one teller's clause are that teller's claim only, not the other's.
// Three phrasings of our own.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string): Claim[] =>
  processDocument({ path: "kinds.txt", bytes: Buffer.from(text), meta: { id: "kinds", outlet: "Probe Wire", published: "2025-03-01" } as never }).claims;
/** Who tells the counted lot: the speakers of the claims that carry a figure. */
const countedBy = (claims: Claim[]) => [...new Set(claims.filter((c) => c.quantity).map((c) => c.source.speaker))];

describe("a teller's clause ends where another teller's clause begins", () => {
  it.each([
    ["Germany has delivered 40 Leopard tanks to Ukraine, Defence Minister Boris Pistorius said on Monday, and the Kremlin spokesman Dmitry Peskov said the tanks would burn.\n", "Boris Pistorius"],
    ["Sweden handed 12 Archer howitzers to Ukraine in March, Defence Minister Pål Jonson told parliament, and Russian Foreign Minister Sergei Lavrov said the guns would change nothing at the front.\n", "Pål Jonson"],
    ["France has shipped 30 Caesar howitzers to Kyiv this year, Defence Minister Sébastien Lecornu said in an interview, and the Kremlin's Dmitry Peskov said such guns would only drag the fighting out.\n", "Sébastien Lecornu"],
  ])("%s", (text, speaker) => {
    const claims = claimsOf(text);
    expect(claims.length).toBeGreaterThan(0);
    expect(countedBy(claims)).toEqual([speaker]);
  });
  it("keeps both tellers where the joined clause only replies, naming no goods of its own", () => {
    const claims = claimsOf('The Kremlin has repeatedly denied claims that it buys Iranian drones, and the Iranian foreign ministry has called them "baseless".\n');
    expect(new Set(claims.map((c) => c.source.country))).toEqual(new Set(["RUS", "IRN"]));
  });
});

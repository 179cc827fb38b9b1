// Sentences, written for the test, where a double object ("send Ukraine 20 howitzers") is followed by a surname alone
// as the teller ("..., Salas said", "..., Dahl told reporters"): the state right before the goods is the recipient,
// not the one who speaks, so the claim stands with the surname as its speaker. Three phrasings of our own.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string): Claim[] =>
  processDocument({ path: "kinds.txt", bytes: Buffer.from(text), meta: { id: "kinds", outlet: "Probe Wire", published: "2025-03-01" } as never }).claims;

describe("a surname alone after a double object tells the claim", () => {
  it.each([
    ["Chile will sell Peru six frigates next year, Salas said on Monday.\n", "CHL", "PER", "Salas"],
    ["Norway has given Latvia 12 army trucks, Dahl told reporters on Friday.\n", "NOR", "LVA", "Dahl"],
    ["Portugal is to lend Moldova four patrol boats, Ferreira also says.\n", "PRT", "MDA", "Ferreira"],
  ])("%s", (text, supplier, recipient, speaker) => {
    const claims = claimsOf(text);
    expect(claims.map((c) => [c.supplier, c.recipient, c.source.speaker])).toContainEqual([supplier, recipient, speaker]);
  });
});

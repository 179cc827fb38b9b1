// A lot named only by a pronoun ("none", "any", "all") as the subject of a verb of moving goes on with the transfer
// told just before it; "none" and a saying of denial make it a denial (claims/follow-on.ts, weigh-certainty.ts).
// Phrasings of our own.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string): Claim[] =>
  processDocument({ path: "pronoun-lots.txt", bytes: Buffer.from(text), meta: { id: "pronoun-lots", outlet: "Probe Wire", published: "2024-05-02" } as never }).claims;
const line = (c: Claim) => `${c.supplier}>${c.recipient} ${c.item} ${c.certainty} ${c.source.country ?? c.source.org}`;
const of = (claims: Claim[], start: string) => claims.filter((c) => c.evidence.text.startsWith(start)).map(line);

describe("a pronoun lot after a told transfer is a denial of it where it says none or is denied", () => {
  const lead = "Tokyo says Minsk has sent dozens of howitzers to Moscow.\n\n";
  it.each([
    "Belarus's foreign minister said none had been sent.",
    "The Belarusian foreign ministry denied that any had been delivered to Russia since June.",
    "Minsk insisted on Friday that none were shipped.",
  ])("%s", (text) => {
    expect(of(claimsOf(`${lead}${text}\n`), text.slice(0, 15))).toContain("BLR>RUS artillery-systems denied BLR");
  });

  it("a pronoun lot said to have moved is that transfer, not denied", () => {
    const text = "Belarus's foreign minister said all had been delivered by March.";
    expect(of(claimsOf(`${lead}${text}\n`), text.slice(0, 15))).toContain("BLR>RUS artillery-systems asserted BLR");
  });
});

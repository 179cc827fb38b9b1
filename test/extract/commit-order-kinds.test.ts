// An adverb of order between a subject and its pledge ("first", "initially", "originally") leaves the subject the
// one who committed: the pledge is still its own act, told as the start of a story.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string) =>
  processDocument({ path: "commit-order.txt", bytes: Buffer.from(`Report\n\nBy staff\n\n${text}\n`), meta: { id: "commit-order", outlet: "Probe Wire", published: "2024-03-07" } as never }).claims;

describe("a pledge told with an adverb of order is still the subject's", () => {
  it.each([
    ["Polish Prime Minister Marta Nowak first promised Ukraine 14 tanks during a call in January.", "Marta Nowak"],
    ["Chilean Defence Minister Jorge Salas initially offered Ecuador 30 armoured vehicles.", "Jorge Salas"],
    ["President Lena Varga originally pledged 40 howitzers to Ukraine at a summit in Vilnius.", "Lena Varga"],
  ])("%s", (text, speaker) => {
    const claims = claimsOf(text);
    expect(claims.length).toBeGreaterThan(0);
    expect(claims.map((c) => c.source.speaker)).toEqual(claims.map(() => speaker));
  });
  it.each([["Norway first pledged 12 patrol boats to Latvia last autumn.", "NOR"]])("%s", (text, country) => {
    const claims = claimsOf(text);
    expect(claims.length).toBeGreaterThan(0);
    expect(claims.map((c) => c.source.country)).toEqual(claims.map(() => country));
  });
});

// A capital named after "said in" or "said at" is where the speaker spoke, not a second speaker: "..., the foreign
// minister, Ana Ruiz, said in Lima" is the minister's word, whatever state the city is the seat of.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string) =>
  processDocument({ path: "where.txt", bytes: Buffer.from(`Report\n\nBy staff\n\n${text}\n`), meta: { id: "where", outlet: "Probe Wire", published: "2024-03-07" } as never }).claims;

describe("the speaker set off by commas before the verb speaks, not the capital after it", () => {
  it.each([
    ["North Korea has sent 5,000 shells to Russia, the South Korean defence minister, Shin Won-sik, said in Tokyo on Friday.", "Shin Won-sik", "KOR"],
    ["Belarus received 20 tanks from Russia, the Ukrainian foreign minister, Dmytro Kuleba, said at Warsaw on Monday.", "Dmytro Kuleba", "UKR"],
    ["Iran has shipped 300 drones to Russia, the US secretary of state, Antony Blinken, said in Berlin on Tuesday.", "Antony Blinken", "USA"],
  ])("%s", (text, speaker, country) => {
    const claims = claimsOf(text);
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims) expect(c.source).toMatchObject({ speaker, country });
  });
});

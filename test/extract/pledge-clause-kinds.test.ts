// The one who pledged a thing, told in a clause of its own (a relative clause, or an apposition between commas with the
// office), is the source where nobody says the sentence: the pledge is their own act.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string) =>
  processDocument({ path: "pledge.txt", bytes: Buffer.from(`Report\n\nBy staff\n\n${text}\n`), meta: { id: "pledge", outlet: "Probe Wire", published: "2024-03-07" } as never }).claims;

describe("the pledger of a clause of its own is the source", () => {
  it.each([
    // A relative clause after the person, its verb a pledge.
    ["Prime Minister Lena Dahl, who last year promised Latvia 14 patrol boats from Norway, is to visit Riga.", { speaker: "Lena Dahl", country: null }],
    // The pledger as the subject of a relative clause on the thing pledged.
    ["Latvia is still waiting for the 30 howitzers from Norway that Prime Minister Lena Dahl promised in January.", { speaker: "Lena Dahl", country: null }],
    // The person between commas, their office and state before them, the pledge after the apposition.
    ["Two days before the summit, Portugal's defence minister, Rui Matos, had undertaken to supply six helicopters to Moldova.", { speaker: "Rui Matos", country: "PRT" }],
    // The office after the name, the pledge after it.
    ["Jonas Varga, the Hungarian foreign minister, committed Hungary on Tuesday to sending 8,000 rounds of ammunition to Serbia.", { speaker: "Jonas Varga", country: "HUN" }],
  ])("%s", (text, source) => {
    const claims = claimsOf(text);
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims) {
      if (source.speaker) expect(c.source.speaker).toBe(source.speaker);
      else expect(c.source.country).toBe(source.country);
      if (source.speaker && source.country) expect(c.source.country).toBe(source.country);
    }
  });
});

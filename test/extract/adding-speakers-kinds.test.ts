// Sentences, written for the test, where a participle of saying ("adding that", "saying") follows a speaker's verb
// and a clause naming someone else (met, stood beside, spoke with): the participle goes on with the first speaker's
// words, so the one named in between is no second source of the same claim. Three phrasings of our own.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string): Claim[] =>
  processDocument({ path: "kinds.txt", bytes: Buffer.from(text), meta: { id: "kinds", outlet: "Probe Wire", published: "2025-03-01" } as never }).claims;
const speakers = (claims: Claim[]) => [...new Set(claims.map((c) => c.source.speaker))];

describe("a participle of saying after the speaker's verb keeps that speaker", () => {
  it.each([
    ["France has agreed a new military aid package for Ukraine worth about €2bn, President Emmanuel Macron said at a joint news conference with Volodymyr Zelensky in Paris, adding that most of it would pay for drones built in Ukraine.\n", "Emmanuel Macron"],
    ["Spain will send six more Hawk launchers to Kyiv, Defence Minister Margarita Robles told reporters after meeting Volodymyr Zelensky in Madrid, adding that they would arrive before winter.\n", "Margarita Robles"],
    ["Canada is sending 40 armoured vehicles to Ukraine, Prime Minister Justin Trudeau said during a visit with Volodymyr Zelensky, saying the first would leave next week.\n", "Justin Trudeau"],
  ])("%s", (text, speaker) => {
    const claims = claimsOf(text);
    expect(claims.length).toBeGreaterThan(0);
    expect(speakers(claims)).toEqual([speaker]);
  });
  it("keeps a second speaker who has a verb of saying of his own", () => {
    const claims = claimsOf("Norway will send 20 howitzers to Ukraine, Defence Minister Bjorn Arild Gram said, and Volodymyr Zelensky said they would help at once.\n");
    expect(speakers(claims)).toContain("Bjorn Arild Gram");
  });
});

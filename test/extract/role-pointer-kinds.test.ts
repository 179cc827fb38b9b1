// Sentences, written for the test, where a role description ("the head of state", "the head of government",
// "the country's leader", "the defence chief") speaks after the page named a person in that role: the description
// points back to that person, as "the minister" does. With no one named in the role, the state in focus still
// speaks. Three phrasings of our own, and the fallback.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string): Claim[] =>
  processDocument({ path: "kinds.txt", bytes: Buffer.from(text), meta: { id: "kinds", outlet: "Probe Wire", published: "2025-03-01" } as never }).claims;
const speakers = (claims: Claim[]) => [...new Set(claims.map((c) => c.source.speaker))];

describe("a role description points back to the person named in that role", () => {
  it.each([
    ["Peruvian President Ana Salas opened a trade fair in Lima on Monday. The head of state said Peru had delivered 12 howitzers to Ukraine.\n", "Ana Salas"],
    ["Chilean Prime Minister Tomas Vidal met farmers near Santiago on Friday. The head of government told reporters that Chile sold four patrol boats to Ecuador.\n", "Tomas Vidal"],
    ["Norwegian Defence Minister Lars Dahl toured a shipyard in Bergen. The defence chief said Norway had sent 30 armoured vehicles to Ukraine last month.\n", "Lars Dahl"],
    ["Peruvian President Ana Salas spoke at a summit in Quito. The country's leader said Peru would send 8 helicopters to Colombia.\n", "Ana Salas"],
  ])("%s", (text, speaker) => {
    const claims = claimsOf(text);
    expect(claims.length).toBeGreaterThan(0);
    expect(speakers(claims)).toEqual([speaker]);
  });
  it("keeps the state in focus where no one was named in the role", () => {
    const claims = claimsOf("Peru hosted a trade fair in Lima on Monday. The head of state said Peru had delivered 12 howitzers to Ukraine.\n");
    expect(claims.length).toBeGreaterThan(0);
    expect(speakers(claims)).toEqual([null]);
    expect(claims[0].source.country).toBe("PER");
  });
});

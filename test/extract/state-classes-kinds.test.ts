// Sentences, written for the test, whose goods go to a class of states the text names only by a trait ("to
// countries at war", "to third countries", "to some Gulf states"): SCHEMA.md gives such a sentence no claim,
// so the receiver of the sentences before must not stand in for the class. Three phrasings of our own and more;
// a receiver named in the same clause still receives.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string): Claim[] =>
  processDocument({ path: "kinds.txt", bytes: Buffer.from(text), meta: { id: "kinds", outlet: "Probe Wire", published: "2024-05-02" } as never }).claims;
const from = (claims: Claim[], start: string) => claims.filter((c) => c.evidence.text.startsWith(start));

describe("goods given to a class of states named by a trait carry no claim", () => {
  const lead = "Brazil will deliver six light attack aircraft to Paraguay, the air force said on Monday.\n\n";
  it.each([
    "Brasilia has long refused to sell rifles to countries at war, a diplomat noted.",
    "The firm also shipped armoured trucks to third countries last year.",
    "Paraguay's envoy was told on Friday that Brasilia would not ship howitzers to warring nations.",
    "Brazilian mortars were sold to some West African states in 2022.",
    "The ministry stopped exporting grenades to other countries in the region.",
  ])("%s", (sentence) => {
    const claims = claimsOf(`${lead}${sentence}\n`);
    expect(from(claims, sentence.slice(0, 25))).toEqual([]);
    expect(claims.some((c) => c.supplier === "BRA" && c.recipient === "PRY" && c.item === "aircraft")).toBe(true);
  });
  it("a receiver named in the clause beside the class still receives", () => {
    const sentence = "Brazil has sold trainer jets to Chile and to some other Andean states.";
    const claims = claimsOf(`${lead}${sentence}\n`);
    expect(from(claims, "Brazil has sold").map((c) => `${c.supplier} ${c.recipient}`)).toContain("BRA CHL");
  });
});

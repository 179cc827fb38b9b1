// Sentences, written for the test, whose goods go to a set of states the text leaves unnamed ("to several
// Asian buyers"): SCHEMA.md gives such a sentence no claim, so the receiver of the sentences before must not
// stand in for that set. Three phrasings of our own; a receiver named in the same clause still receives.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string): Claim[] =>
  processDocument({ path: "kinds.txt", bytes: Buffer.from(text), meta: { id: "kinds", outlet: "Probe Wire", published: "2024-05-02" } as never }).claims;
const from = (claims: Claim[], start: string) => claims.filter((c) => c.evidence.text.startsWith(start));

describe("goods sold to a set of states left unnamed carry no claim", () => {
  const lead = "Brazil will deliver six light attack aircraft to Paraguay, the air force said on Monday.\n\n";
  it.each([
    "Brazilian trainer jets have also been sold to at least seven Latin American governments.",
    "Brazilian rifles were exported to several neighbouring states last year.",
    "The firm delivered 40 armoured trucks to some twenty foreign buyers in 2023.",
    "Embraer says it has supplied transport planes to more than a dozen Asian and African customers.",
  ])("%s", (sentence) => {
    const claims = claimsOf(`${lead}${sentence}\n`);
    expect(from(claims, sentence.slice(0, 25))).toEqual([]);
    expect(claims.some((c) => c.supplier === "BRA" && c.recipient === "PRY" && c.item === "aircraft")).toBe(true);
  });
  it("a receiver named in the clause beside the unnamed set still receives", () => {
    const sentence = "Brazil has sold trainer jets to Chile and to several other South American governments.";
    const claims = claimsOf(`${lead}${sentence}\n`);
    expect(from(claims, "Brazil has sold").map((c) => `${c.supplier} ${c.recipient}`)).toContain("BRA CHL");
  });
});

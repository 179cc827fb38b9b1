// A known leader's government, by the leader's name in the possessive ("Chancellor X's government", "X's cabinet") or
// after "the" ("the X administration"), is the government of the leader's state: it commits and speaks as that
// state's government, where the sentence tells its act. Phrasings of our own.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string) =>
  processDocument({ path: "page.txt", bytes: Buffer.from(`${text}\n`), meta: { id: "page", outlet: "Lakeshore Courier", published: "2024-03-14" } as never }).claims;

describe("a leader's government commits as the leader's state", () => {
  it.each([
    ["Budget notes\n\nChancellor Olaf Scholz's government has budgeted 400 million euros to buy air defence for Ukraine.", "DEU", "UKR"],
    ["Cabinet notes\n\nPrime Minister Petr Fiala's cabinet approved the transfer of 50 armoured vehicles to Ukraine on Tuesday.", "CZE", "UKR"],
    ["Week in review\n\nPresident Emmanuel Macron's government offered 12 more howitzers to Ukraine in the spring.", "FRA", "UKR"],
  ])("%s", (text, supplier, recipient) => {
    const claims = claimsOf(text).filter((c) => c.supplier === supplier && c.recipient === recipient);
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims) expect(c.source.country).toBe(supplier);
  });
});

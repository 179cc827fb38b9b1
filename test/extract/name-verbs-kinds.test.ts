// A word of a state's name that is also a verb of saying ("States" of "the United States") does not make the date after
// it the date of a saying: "the United States on Thursday approved ...", "lent shells to the United States in 2023"
// date the transfer. A real verb of saying before a date still dates the saying ("Germany said on Monday ...").
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

function periodsOf(sentence: string) {
  const doc = processDocument({ path: "name-verbs.txt", bytes: new TextEncoder().encode(`Report\n\nBy staff\n\n${sentence}`), meta: { id: "name-verbs", outlet: "Test Wire", published: "2025-01-10" } });
  return doc.claims.map((c) => `${c.supplier}>${c.recipient} ${c.period?.start ?? "-"}`);
}

describe("'States' of a name dates no saying", () => {
  it.each([
    ["The United States approved on Wednesday the sale of six radar systems to Jordan.", "USA>JOR 2025-01-08"],
    ["Seoul quietly loaned 300,000 shells to the United States in 2023.", "KOR>USA 2023"],
    ["The United States on Monday delivered 12 patrol boats to the Philippines.", "USA>PHL 2025-01-06"],
  ])("dated: %s", (sentence, claim) => expect(periodsOf(sentence)).toContain(claim));

  it.each([
    ["Germany said on Monday that it had sent 20 tanks to Poland.", "DEU>POL -"],
  ])("a saying keeps its date: %s", (sentence, claim) => expect(periodsOf(sentence)).toContain(claim));
});

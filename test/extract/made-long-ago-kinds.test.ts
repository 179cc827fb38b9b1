// A lot whose making is dated decades back ("the jets, built in Brno in the early 2000s") or told as made for
// someone else first ("originally built for an Indian order") is labelled with its origin: no output of a works now.
// Phrasings of our own, with twins that tell a making now, which keep their production claim.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

function claimsOf(sentence: string) {
  const doc = processDocument({ path: "long-ago.txt", bytes: new TextEncoder().encode(sentence), meta: { id: "long-ago", outlet: "Test Wire", published: "2025-03-01" } });
  return doc.claims.map((c) => `${c.kind} ${c.supplier}>${c.recipient ?? ""} ${c.item}`);
}

describe("a lot made long ago tells no production", () => {
  it.each([
    ["The trainer jets, built in Kunovice in the early 2000s, will be retired by the Czech air force next year."],
    ["The frigates, which were assembled in Gdansk during the 1990s, are still in Polish service."],
    ["The rifles, manufactured in Liege in the late 1970s, are still carried by Nigerian soldiers."],
    ["The corvettes, originally built in Italy for an Iraqi order, now sail under the Egyptian flag."],
  ])("%s", (sentence) => expect(claimsOf(sentence).filter((c) => c.startsWith("production"))).toEqual([]));
});

describe("a making told now keeps its production claim", () => {
  it.each([
    ["More than 5,000 drones were produced in Alabuga last year, Ukrainian intelligence said.", "production RUS> drones"],
    ["The howitzers are built by a state factory in Slovakia.", "production SVK> artillery-systems"],
  ])("%s", (sentence, production) => expect(claimsOf(sentence)).toContain(production));
});

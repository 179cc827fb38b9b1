// A question on a line that an interviewer or a poll opens ("Q (a radio): Has Lima sent the jets?", "Reader poll:
// Should Quito buy tanks?") asks whether, and tells no transfer; one asking how many takes the transfer as given, and
// the page's own question is still read, as possible.
// Texts of our own.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

function transfers(text: string, sentence: string): string[] {
  const doc = processDocument({ path: "asked.txt", bytes: new TextEncoder().encode(text), meta: { id: "asked", published: "2024-05-02", outlet: "Test Wire" } });
  return doc.claims.filter((c) => c.kind === "transfer" && c.evidence.text.includes(sentence)).map((c) => `${c.supplier}>${c.recipient}:${c.certainty}`);
}

describe("a labelled question tells no transfer", () => {
  it.each([
    ["Q (a regional radio): Has Belarus handed tanks to Russia?\n\nMINISTER: We have no information on that.", "Has Belarus handed"],
    ["Reader poll: Should Lima send helicopters to Quito?\n\nVote below; results next week.", "Should Lima send"],
    ["Q: Thanks. Minister, can you confirm that Chile delivered the howitzers to Peru last month?\n\nA: I will not go into dates.", "can you confirm that Chile"],
    ["Question 4 (a daily paper): Is Egypt still buying jets from France?\n\nSPOKESWOMAN: That is for Cairo to say.", "Is Egypt still buying"],
  ])("%s", (text, sentence) => {
    expect(transfers(text, sentence)).toEqual([]);
  });

  it("a labelled question asking how many takes the transfer as given, and is read", () => {
    expect(transfers("QUESTION (a weekly): Minister, how many K9 guns has South Korea sent to Poland so far?\n\nMINISTER: I will not give a number.", "how many K9 guns")).toContain("KOR>POL:asserted");
  });

  it("the page's own question is read, as possible", () => {
    expect(transfers("Did Iran send drones to Russia?\n\nWestern officials say it did.", "Did Iran send")).toEqual(["IRN>RUS:possible"]);
  });
});

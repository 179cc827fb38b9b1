// A note's number in brackets right after a period ("...from France.[2] French officials ..."), as briefs and
// papers print them: the sentence ends there, so a denial that follows is no part of the claim before it and takes
// no parties from it. Phrasings of our own, with twins whose bracket holds no number and stays inside the sentence.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

function claimsOf(page: string) {
  const doc = processDocument({ path: "notes.txt", bytes: new TextEncoder().encode(page), meta: { id: "notes", outlet: "Test Wire", published: "2024-06-14" } });
  return {
    sentences: doc.sentences.map((s) => doc.text.slice(s.span.start, s.span.end)),
    claims: doc.claims.map((c) => ({ flow: `${c.supplier}>${c.recipient} ${c.item}`, certainty: c.certainty, evidence: c.evidence.text })),
  };
}

describe("a note's number after a period ends the sentence", () => {
  it.each([
    ["On May 2 the minister said in Rome that Egypt had taken delivery of jets and that Cairo was buying frigates from France.[2] French officials have denied selling any frigates.", "French officials have denied"],
    ["Analysts wrote that Serbia received air defence batteries from China last year.[14] Chinese diplomats have denied that any batteries were sold.", "Chinese diplomats have denied"],
    ["The brief says Iran shipped drone engines to Venezuela in 2023.[7][8] Iranian officials deny sending any engines.", "Iranian officials deny"],
    ["A report found that Belarus sent shells to Russia by rail.[113] Minsk has denied sending any shells.", "Minsk has denied"],
  ])("%s", (page, denial) => {
    const { sentences, claims } = claimsOf(page);
    expect(sentences.some((s) => s.startsWith(denial))).toBe(true);
    // The claim before the note is told as sure or as reported, not denied by the sentence after it.
    expect(claims.filter((c) => !c.evidence.includes(denial)).every((c) => c.certainty !== "denied")).toBe(true);
  });

  it.each([
    "Iran shipped drones to Russia [in 2022]. Nobody denied it.",
    "Iran shipped drones to Russia.[a] Nobody denied it.",
  ])("a bracket that is no note's number is read as before: %s", (page) => expect(claimsOf(page).claims.map((c) => c.flow)).toContain("IRN>RUS drones"));
});

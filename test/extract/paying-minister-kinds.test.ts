// A minister named only by title serves the state that pays or gives in the sentence, where that state is the
// one the report is about ("the minister said Chile had paid Brazil"), or the one state in it that pays ("the arms
// Chile paid for"), not the other state named beside it.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const lead = "Chile has spent years looking for new jets for its air force. Chile now buys most of its artillery from Spain.";
const claimsOf = (text: string) =>
  processDocument({ path: "paying.txt", bytes: Buffer.from(`Report\n\nBy staff\n\n${lead} ${text}\n`), meta: { id: "paying", outlet: "Probe Wire", published: "2024-03-07" } as never }).claims;

describe("a minister named by title serves the state that pays or gives", () => {
  it.each([
    ["Defence Minister Ana Ruiz said Chile had paid Brazil 200 million dollars for twelve trainer jets that never came.", "Ana Ruiz"],
    ["Prime Minister Tomas Vidal said last week that Chile has already paid Argentina 90 million dollars for the radars.", "Tomas Vidal"],
    ["Brazil has not delivered the 12 jets that Santiago paid for before the election, Defence Minister Ana Ruiz has said.", "Ana Ruiz"],
    ["Foreign Minister Pablo Soto said Chile will send Peru 40 old tanks by the end of the year.", "Pablo Soto"],
  ])("%s", (text, speaker) => {
    const mine = claimsOf(text).filter((c) => c.source.speaker === speaker);
    expect(mine.length).toBeGreaterThan(0);
    expect(new Set(mine.map((c) => c.source.country))).toEqual(new Set(["CHL"]));
  });
});

// The mark that opens an item of a list, a thread's post or a numbered paragraph ("- ", "• ", "2/ ", "5.4 ", "A. ") is
// no part of the clause: a state, a capital or a body that commits to a giving right after it is the source, as it is
// in a line without the mark.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string) =>
  processDocument({ path: "item-marks.txt", bytes: Buffer.from(`Notes\n\nBy staff\n\nA few lines on the week's arms deals follow for our readers.\n\n${text}\n`), meta: { id: "item-marks", outlet: "Probe Wire", published: "2024-03-07" } as never }).claims;

describe("a commitment after a list or thread mark is its maker's", () => {
  it.each([
    ["- The French government approved the sale of 30 Rafale jets to Greece in May.", "FRA"],
    ["• Norway has promised Latvia 12 patrol boats for its coast guard.", "NOR"],
    ["3/ Ottawa will ship 40 howitzers to Ukraine before the winter.", "CAN"],
    ["2.4 The State Department approved a sale of 16 Black Hawk helicopters to Chile.", "USA"],
    ["A. Yes: Madrid agreed in February to sell 12 patrol boats to Morocco.", "ESP"],
  ])("%s", (text, country) => {
    const claims = claimsOf(text);
    expect(claims.length).toBeGreaterThan(0);
    expect(claims.map((c) => c.source.country)).toEqual(claims.map(() => country));
  });
});

describe("a mark opens no clause of its own: a state by its name after it keeps the outlet's voice", () => {
  it.each([["- Canada will ship 40 howitzers to Ukraine before the winter."], ["4/ Warsaw will pay 2 billion dollars for 40 tanks from South Korea."]])("%s", (text) => {
    const claims = claimsOf(text);
    expect(claims.length).toBeGreaterThan(0);
    expect(claims.every((c) => !c.source.country)).toBe(true);
  });
});

// A state, or people of a state, that passes judgement on a figure in a relative clause about it ("a count
// that Israeli officers consider modest") comments on the transfer: where the text names no giver, the judge
// must not stand in for one. Texts of our own, run through the whole pipeline.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

/** "supplier recipient item" for each transfer claim of `text`. */
function transfers(text: string): string[] {
  const doc = processDocument({ path: "judge.txt", bytes: new TextEncoder().encode(text), meta: { id: "judge", published: "2024-06-01", outlet: "Test Wire" } });
  return doc.claims.filter((c) => c.kind === "transfer").map((c) => [c.supplier ?? "-", c.recipient ?? "-", c.item].join(" "));
}

describe("a state that judges a figure in a relative clause is no party", () => {
  it.each([
    ["North Korea is Russia's main supplier. Some 500 containers of arms had been shipped to Russia by June, a count that Israeli officers consider modest.", "ISR"],
    ["North Korea is Russia's main supplier. About 9,000 containers of shells had gone to Russia by May, a total that Polish analysts call conservative.", "POL"],
    ["North Korea is Russia's main supplier. About 9,000 containers had gone to Russia by May, a figure which Japan regards as too low.", "JPN"],
    ["North Korea is Russia's main supplier. About 9,000 containers had gone to Russia by May, a figure that, if anything, Canadian experts consider too low.", "CAN"],
  ])("%s", (text, judge) => {
    const got = transfers(text);
    expect(got.some((c) => c.startsWith("PRK RUS"))).toBe(true);
    expect(got.some((c) => c.split(" ").slice(0, 2).includes(judge))).toBe(false);
  });
});

describe("a state after a verb of saying, or inside the transfer's own clause, keeps its part", () => {
  it.each([
    ["Officials said that Japan considers selling 20 jets to the Philippines.", "JPN PHL aircraft"],
    ["Chile delivered 20 tanks, which Peru considers obsolete, to Bolivia.", "CHL BOL armoured-vehicles"],
  ])("%s", (text, want) => expect(transfers(text)).toContain(want));
});

// A word of giving inside the name of an armed group ("Support" in "Rapid Support Forces") is part of the name, no
// transfer: goods carried through a neighbour "for" the group go to the group, not to the neighbour they landed in.
// Texts of our own, run through the whole pipeline.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

/** "supplier recipient item" for each transfer claim of `text`. */
function transfers(text: string): string[] {
  const doc = processDocument({ path: "group-names.txt", bytes: new TextEncoder().encode(text), meta: { id: "group-names", published: "2024-06-01", outlet: "Test Wire" } });
  return doc.claims.filter((c) => c.kind === "transfer").map((c) => [c.supplier ?? "-", c.recipient ?? "-", c.item].join(" "));
}

describe("a group's name of several words holds no transfer word", () => {
  it.each([
    ["Barges from Eritrea to Chad carried grenades for the Rapid Support Forces, the monitors wrote.", "ERI SDN-RSF ammunition", "ERI TCD ammunition"],
    ["Lorries from Libya to Chad hauled rifles for the Rapid Support Forces, investigators said.", "LBY SDN-RSF weapons-unspecified", "LBY TCD weapons-unspecified"],
    ["A convoy from Niger to Chad brought ammunition for the Rapid Support Forces, the panel found.", "NER SDN-RSF ammunition", "NER TCD ammunition"],
  ])("%s", (text, want, wrong) => {
    const got = transfers(text);
    expect(got).toContain(want);
    expect(got).not.toContain(wrong);
  });
});

// Denials whose giver is the body that denies: "The Hungarian defence ministry denied sending tanks to Serbia" (a body named
// by its state's adjective or possessive, with a verb of denial right before the gerund of giving, stands for its state).
// Texts of our own, run through the whole pipeline.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

/** "supplier recipient item certainty" for each transfer claim of `text`. */
function transfers(text: string): string[] {
  const doc = processDocument({ path: "doing.txt", bytes: new TextEncoder().encode(text), meta: { id: "doing", published: "2024-06-01", outlet: "Test Wire" } });
  return doc.claims.filter((c) => c.kind === "transfer").map((c) => [c.supplier ?? "-", c.recipient ?? "-", c.item, c.certainty].join(" "));
}

describe("a body that denies giving gives for its state", () => {
  it.each([
    ["The Hungarian defence ministry denied sending tanks to Serbia.", "HUN SRB armoured-vehicles denied"],
    ["Chile's foreign ministry has repeatedly denied supplying drones to Peru.", "CHL PER drones denied"],
    ["The Kenyan army on Monday categorically denies shipping rifles to Somalia.", "KEN SOM weapons-unspecified denied"],
  ])("%s", (text, want) => {
    expect(transfers(text)).toContain(want);
  });

  it("a body that denies reports of others giving gives nothing itself", () => {
    expect(transfers("The Hungarian defence ministry denied reports of Polish tanks going to Serbia.").some((c) => c.startsWith("HUN "))).toBe(false);
  });
});

// A denial of any trade "with" a state: "Pyongyang has denied any arms trade with Moscow" denies the flow the page told
// between the one that denies and that state, the way it was told; a pair the page told nothing of gives no claim.
// Texts of our own, run through the whole pipeline.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

/** "supplier recipient item certainty" for each transfer claim of `text`. */
function transfers(text: string): string[] {
  const doc = processDocument({ path: "trade-with.txt", bytes: new TextEncoder().encode(text), meta: { id: "trade-with", published: "2024-06-01", outlet: "Test Wire" } });
  return doc.claims.filter((c) => c.kind === "transfer").map((c) => [c.supplier ?? "-", c.recipient ?? "-", c.item, c.certainty].join(" "));
}

describe("'denied any arms trade with' a state denies the pair's flow told before", () => {
  it.each([
    ["Lima says Bolivia has shipped rifles to Venezuela. La Paz has denied any weapons trade with Caracas.", "BOL VEN weapons-unspecified denied"],
    ["Officials in Kyiv say Belarus has sent shells to Russia. Minsk has repeatedly denied any arms deals with Moscow.", "BLR RUS weapons-unspecified denied"],
    ["Analysts say Serbia bought drones from Turkey last year. Belgrade has denied any drone transactions with Ankara.", "TUR SRB drones denied"],
  ])("%s", (text, want) => {
    expect(transfers(text)).toContain(want);
  });

  it("a pair the page told nothing of gives no claim", () => {
    expect(transfers("Hungary denied any arms trade with Serbia.")).toEqual([]);
  });
});

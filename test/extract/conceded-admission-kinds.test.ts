// A party's denial does not reach into a clause that grants what it denies: "Minsk still denies the arms trade, even after
// it admitted that its troops were sent to Russia" keeps the troops asserted (the granting clause is a sub-clause of its
// own, whatever its verb). Texts of our own, run through the whole pipeline.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

/** "supplier recipient item certainty" for each transfer claim of `text`. */
function transfers(text: string): string[] {
  const doc = processDocument({ path: "conceded.txt", bytes: new TextEncoder().encode(text), meta: { id: "conceded", published: "2024-06-01", outlet: "Test Wire" } });
  return doc.claims.filter((c) => c.kind === "transfer").map((c) => [c.supplier ?? "-", c.recipient ?? "-", c.item, c.certainty].join(" "));
}

describe("what a clause of 'even after' or 'even though' grants stays asserted", () => {
  it.each([
    ["Tehran denies selling weapons to Moscow, even though Iran acknowledged last year that it had sent drones to Russia.", "IRN RUS drones asserted", "IRN RUS weapons-unspecified denied"],
    ["Caracas still denies any arms deals with Havana, even after Venezuela admitted that its troops were deployed to Cuba.", "VEN CUB troops asserted", null],
    ["Minsk flatly denies supplying shells to Moscow, even as Belarus conceded in May that its engineers had gone to Russia.", "BLR RUS workers asserted", "BLR RUS artillery-ammunition denied"],
  ])("%s", (text, granted, denied) => {
    const got = transfers(text);
    expect(got).toContain(granted);
    expect(got).not.toContain(granted.replace("asserted", "denied"));
    if (denied) expect(got).toContain(denied);
  });
});

// Whose giving a clause tells: the goods after a state's own pledge are that state's; "its defence ministry" opening a
// sentence is the body of the state told before.
// Texts of our own, run through the whole pipeline.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

/** "supplier recipient item" for each transfer claim of `text`. */
function transfers(text: string): string[] {
  const doc = processDocument({ path: "parties.txt", bytes: new TextEncoder().encode(text), meta: { id: "parties", published: "2025-06-01", outlet: "Test Wire" } });
  return doc.claims.filter((c) => c.kind === "transfer").map((c) => [c.supplier ?? "-", c.recipient ?? "-", c.item].join(" "));
}

describe("the goods after the 'of' of a state's own pledge, package or gift are that state's giving", () => {
  it.each([
    ["Spain's pledge follows Italy's promise of ten launchers to Kyiv.", "ITA UKR artillery-systems", "ESP UKR artillery-systems"],
    ["The Swedish package comes a week after Oslo's latest package of 30 howitzers for Ukraine.", "NOR UKR artillery-systems", "SWE UKR artillery-systems"],
    ["Poland's offer came after Romania's gift of 12 armoured vehicles to Moldova.", "ROU MDA armoured-vehicles", "POL MDA armoured-vehicles"],
  ])("%s", (text, want, wrong) => {
    const got = transfers(text);
    expect(got).toContain(want);
    expect(got).not.toContain(wrong);
  });
});

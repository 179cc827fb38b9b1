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

describe("'its' before a body of a state stands for the state told before, its own sentence's subject first", () => {
  it.each([
    ["Sweden gave Ukraine 20 howitzers in May. Finland works differently. Its defence ministry announced a package worth 90 million euros for Ukraine.", "FIN UKR weapons-unspecified", "SWE UKR weapons-unspecified"],
    ["Norway has sent Ukraine two air-defence systems. Denmark has its own plan. Its defence ministry unveiled a package worth 300 million euros for Kyiv in May.", "DNK UKR weapons-unspecified", "NOR UKR weapons-unspecified"],
    ["Germany sent Ukraine 20 tanks last year. Portugal is smaller. Its defence ministry approved a package worth 50 million euros for Ukraine in March.", "PRT UKR weapons-unspecified", "DEU UKR weapons-unspecified"],
  ])("%s", (text, want, wrong) => {
    const got = transfers(text);
    expect(got).toContain(want);
    expect(got).not.toContain(wrong);
  });
});

// A report names a body once ("the Fenwick Monitoring Team published its report") and then credits its figures to
// a common noun of its name paragraphs later ("the team says", "the monitors write", "according to the document").
// The figures are the body's, not the outlet's: two reports retelling them then carry one source, and one statement.
// All sentences below are our own.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string) =>
  processDocument({ path: "later.txt", bytes: Buffer.from(text), meta: { id: "later", outlet: "Harbour Post", published: "2025-05-29" } as never }).claims;

const opening = "Monitors detail the arms trade\n\nThe Multilateral Sanctions Monitoring Team, formed by a group of states last year, has published its second report on the arms trade between North Korea and Russia.\n\nIn other news, the Harbour Post visited a shipyard in Rostock.\n\n";

const cases: [string, string][] = [
  ["On manpower, the team says North Korea sent more than 14,000 soldiers to Russia in 2025.", "troops"],
  ["At least 120 ballistic missiles have gone from Pyongyang to Moscow, the monitors write, along with dozens of launchers.", "ballistic-missiles"],
  ["According to the 40-page document, North Korea has shipped more than 25,000 containers of munitions to Russia.", "ammunition"],
];

describe("a body's common noun paragraphs after its name credits the figures to the body", () => {
  it.each(cases)("%s", (sentence, item) => {
    const claims = claimsOf(`${opening}${sentence}\n`).filter((c) => c.item === item);
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims) expect(c.source.org).toBe("Multilateral Sanctions Monitoring Team");
  });

  it("credits the noun to no one where the report named no such body", () => {
    const claims = claimsOf("Monitors detail the arms trade\n\nOn manpower, the team says North Korea sent more than 14,000 soldiers to Russia in 2025.\n");
    for (const c of claims) expect(c.source.org).not.toBe("Multilateral Sanctions Monitoring Team");
  });
});

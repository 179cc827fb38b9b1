// Arms of a named origin fired or launched at one side of a war, with no user named ("Forty North Korean missiles
// have been fired at Ukraine"), were used by the war's other side (times.json events): the origin gave them to it.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string) =>
  processDocument({ path: "fired.txt", bytes: Buffer.from(`Report\n\nBy staff\n\n${text}\n`), meta: { id: "fired", outlet: "Probe Wire", published: "2024-09-12" } as never }).claims;

describe("arms fired at one side of a war were given to the other", () => {
  it.each([
    ["No fewer than 35 North Korean ballistic missiles have been fired at Ukraine since January, the air force said.", "PRK", "RUS"],
    ["More than 300 Iranian drones were fired at Ukraine over the winter, according to the general staff in Kyiv.", "IRN", "RUS"],
    ["Kyiv's air force says that at least 45 North Korean missiles have been launched against Ukraine this year.", "PRK", "RUS"],
  ])("%s", (text, supplier, recipient) => {
    const claims = claimsOf(text);
    expect(claims.some((c) => c.supplier === supplier && c.recipient === recipient)).toBe(true);
    expect(claims.some((c) => c.recipient === "UKR")).toBe(false);
  });
});

describe("a plural denial after goods fired at a war's other side denies what was given before", () => {
  it.each([
    "Seoul says North Korea has shipped millions of artillery shells to Russia since last year. Ukraine's air force says 30 North Korean ballistic missiles have been fired at Ukraine. Pyongyang and Moscow dismiss the accusations.",
    "Officials in Kyiv say Pyongyang sent Moscow large stocks of shells over the summer. More than 20 North Korean missiles were launched against Ukraine in the same months, prosecutors say. Moscow and Pyongyang reject the accusations.",
    "North Korea has supplied Russia with shells by rail, South Korean officials say. Some 40 North Korean ballistic missiles have been fired at Ukraine, Kyiv adds. Moscow and Pyongyang deny the accusations.",
  ])("%s", (text) => {
    const denied = claimsOf(text).filter((c) => c.certainty === "denied");
    expect(denied.length).toBeGreaterThan(0);
    expect(denied.every((c) => c.item !== "ballistic-missiles")).toBe(true);
  });
});

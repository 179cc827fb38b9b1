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

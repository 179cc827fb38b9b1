// A deal told before that comes back as the subject of a passive signing with a counted lot ("A second contract for
// 30 tanks was signed in May"): the signing names no buyer, so the lot moves between the parties of the transfer told
// just before, the delivery is still ahead (possible), and the time is that of the signing.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string) =>
  processDocument({ path: "signed.txt", bytes: Buffer.from(`Report\n\nBy staff\n\n${text}\n`), meta: { id: "signed", outlet: "Probe Wire", published: "2024-03-07" } as never }).claims;

describe("a deal for a counted lot that was signed", () => {
  it.each([
    ["Norway ordered 40 Leopard tanks from Germany in March. A second contract for 54 Boxer armoured vehicles was signed in June.", "DEU", "NOR", 54, "2023-06"],
    ["Peru bought 12 Gripen jets from Sweden last year. A further deal, for 14 Archer howitzers, was concluded in May, and the first guns are due in the autumn.", "SWE", "PER", 14, "2023-05"],
    ["Ghana ordered two patrol boats from Turkey in January. The new agreement for another six fast attack craft, worth about 300 million dollars, has been signed as well.", "TUR", "GHA", 6, null],
  ])("%s", (text, supplier, recipient, value, period) => {
    const claims = claimsOf(text).filter((c) => c.kind === "transfer");
    const got = claims.map((c) => [c.supplier, c.recipient, c.quantity?.value, c.certainty]);
    expect(got).toContainEqual([supplier, recipient, value, "possible"]);
    if (period) expect(claims.find((c) => c.quantity?.value === value)?.period?.start).toBe(period);
  });

  it("a contract for years that was signed moves no goods", () => {
    const claims = claimsOf("Germany sent Ukraine 20 tanks in May. The contract for 2025 and 2026 was signed in June.").filter((c) => c.kind === "transfer");
    expect(claims.map((c) => c.quantity?.value ?? null)).toEqual([20]);
  });
});

// A deal told before, named again as the subject of 'covers' or 'includes' with a counted lot ("The contract,
// signed in May, covers 30 jets"): the lot moves between the parties of the transfer told just before, and the
// delivery is still ahead, so the claim is only possible. A deal that covers years moves no goods.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string) =>
  processDocument({ path: "covers.txt", bytes: Buffer.from(`Report\n\nBy staff\n\n${text}\n`), meta: { id: "covers", outlet: "Probe Wire", published: "2024-03-07" } as never }).claims;

describe("a deal that covers a counted lot", () => {
  it.each([
    ["Norway ordered 40 Leopard tanks from Germany in March. A second contract, signed in June, covers 54 Boxer armoured vehicles.", "DEU", "NOR", 54],
    ["Peru bought 12 Gripen jets from Sweden last year. The deal, which the minister signed on Friday, also covers 14 Archer howitzers.", "SWE", "PER", 14],
    ["Ghana ordered two patrol boats from Turkey in January. The order covers six fast attack craft.", "TUR", "GHA", 6],
  ])("%s", (text, supplier, recipient, value) => {
    const claims = claimsOf(text).filter((c) => c.kind === "transfer");
    expect(claims.map((c) => [c.supplier, c.recipient, c.quantity?.value, c.certainty])).toContainEqual([supplier, recipient, value, "possible"]);
  });

  it("a deal that covers years moves no goods", () => {
    const claims = claimsOf("Germany sent Ukraine 20 tanks in May. The agreement covers 2025 and 2026.").filter((c) => c.kind === "transfer");
    expect(claims.map((c) => c.quantity?.value ?? null)).toEqual([20]);
  });
});

// A scheme, effort or coalition named by its aim ("the effort to buy shells abroad") is the subject of the
// sentence's own verb of moving: the state that leads it gives, and the buying in the aim does not turn the
// receiver into the seller.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string) =>
  processDocument({ path: "scheme.txt", bytes: Buffer.from(`Report\n\nBy staff\n\n${text}\n`), meta: { id: "scheme", outlet: "Probe Wire", published: "2024-11-05" } as never }).claims;

describe("an infinitive of buying in the subject leaves the main verb to name the giver", () => {
  it.each([
    ["The Danish-led effort to buy shells abroad sent 300,000 of them to Ukraine in the spring, its director said.", "DNK", "UKR", 300000],
    ["A Dutch-run coalition to purchase drones from private makers delivered 2,000 of them to Ukraine last month.", "NLD", "UKR", 2000],
    ["The Polish-led plan to acquire old tanks wherever they may be stored handed 40 of them to Ukraine this winter.", "POL", "UKR", 40],
  ])("%s", (text, supplier, recipient, value) => {
    const claims = claimsOf(text).filter((c) => c.kind === "transfer");
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims) {
      expect(c.supplier).toBe(supplier);
      expect(c.recipient).toBe(recipient);
    }
    expect(claims.some((c) => c.quantity?.value === value)).toBe(true);
  });
});

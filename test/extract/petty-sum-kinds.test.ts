// A sum of money under a million told with no rate ("a fee of 8,000 euros", "sending 2,500 zloty") is a private
// payment or a price, no state's transfer: it carries no claim of money. A wage told by the month stays.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string) =>
  processDocument({ path: "petty.txt", bytes: Buffer.from(`Report\n\nBy staff\n\n${text}\n`), meta: { id: "petty", outlet: "Probe Wire", published: "2024-09-18" } as never }).claims;

describe("a petty sum is no transfer of money", () => {
  it.each([
    "Migrant workers in Poland send Ukraine about 2,500 zloty each through the banks.",
    "Two footballers moved from Russia to Kazakhstan this summer, for a fee of 40,000 dollars each.",
    "Germany transferred 12,000 euros to Austria as a registration fee.",
  ])("%s", (text) => {
    expect(claimsOf(text).filter((c) => c.item === "money" || (c.quantity?.unit ?? "").length === 3 && /^(?:usd|eur|pln)$/.test(c.quantity!.unit))).toEqual([]);
  });
  it("keeps a wage told by the month", () => {
    const claims = claimsOf("South Korean intelligence says Russia pays North Korea about 2,000 dollars a month for each soldier.");
    expect(claims.some((c) => c.item === "money" && c.quantity?.per === "month")).toBe(true);
  });
});

// A bare sum of money one state gives another, on a page that tells the same giver sending the same receiver
// arms, is military aid told by its value: weapons-unspecified in that currency, not money. A loan stays money.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string) =>
  processDocument({ path: "aid-sums.txt", bytes: Buffer.from(`Report\n\nBy staff\n\n${text}\n`), meta: { id: "aid-sums", outlet: "Probe Wire", published: "2024-09-18" } as never }).claims;

describe("a bare sum beside a flow of arms is aid", () => {
  it.each([
    ["Spain has sent Ukraine 20 howitzers this year. Madrid also promised Kyiv 800 million euros for next year, the minister said.", "ESP", "UKR", 800_000_000],
    ["Canada shipped 40 armoured vehicles to Ukraine in the spring. Ottawa will give Kyiv a further 500 million Canadian dollars in 2025.", "CAN", "UKR", 500_000_000],
    ["The United States delivered 30 Patriot interceptors to Ukraine in June. The new law sets aside 9 billion dollars for Ukraine, officials said.", "USA", "UKR", 9_000_000_000],
  ])("%s", (text, supplier, recipient, value) => {
    const sums = claimsOf(text).filter((c) => c.supplier === supplier && c.recipient === recipient && c.quantity?.value === value);
    expect(sums.length).toBeGreaterThan(0);
    expect(sums.every((c) => c.item === "weapons-unspecified")).toBe(true);
  });
  it("keeps a loan money", () => {
    const sums = claimsOf("Canada shipped 40 armoured vehicles to Ukraine in the spring. Ottawa also lent Kyiv 2 billion dollars, to be repaid over ten years.").filter((c) => c.quantity?.value === 2_000_000_000);
    expect(sums.every((c) => c.item === "money")).toBe(true);
  });
});

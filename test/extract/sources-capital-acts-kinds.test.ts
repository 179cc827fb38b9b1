// A capital in the possessive before a noun of its government's own act on goods ("Oslo's spring package, worth ...",
// "Lima's framework with Madrid", "Quito's latest tranche"): the capital stands for its government, whose act it is,
// so that government is the source where no one else says the sentence. Phrasings of our own.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string) =>
  processDocument({ path: "page.txt", bytes: Buffer.from(`${text}\n`), meta: { id: "page", outlet: "Quayside Weekly", published: "2025-06-03" } as never }).claims;

describe("a capital's package, tranche or framework is its government's", () => {
  it.each([
    ["Aid round-up\n\nLisbon's spring package, worth about 90 million euros, carried 14 armoured vehicles for Ukraine.", "PRT", "UKR", "armoured-vehicles"],
    ["Aid round-up\n\nHelsinki's latest tranche for Ukraine brought 30 armoured vehicles and spare parts.", "FIN", "UKR", "armoured-vehicles"],
    ["Aid round-up\n\nOslo's 2024 framework with Kyiv provides for 1,200 drones to be delivered to Ukraine.", "NOR", "UKR", "drones"],
  ])("%s", (text, supplier, recipient, item) => {
    const claims = claimsOf(text).filter((c) => c.supplier === supplier && c.recipient === recipient && c.item === item);
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims) expect(c.source.country).toBe(supplier);
  });
});

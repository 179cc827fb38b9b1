// Aid meant for a whole year ("for 2026", "for the coming year", "will give ... next year"): the claim's period is that
// year, not the month or day on which it was pledged.
// Phrasings of our own.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string): Claim[] =>
  processDocument({ path: "aid-year.txt", bytes: Buffer.from(`${text}\n`), meta: { id: "aid-year", outlet: "Probe Wire", published: "2025-06-01" } as never }).claims;
const periods = (text: string) => claimsOf(text).filter((c) => c.kind === "transfer").map((c) => [c.supplier, c.recipient, c.period?.start ?? null]);

describe("aid for a year is dated by that year", () => {
  it.each([
    ["In February Portugal pledged 200 million euros of military aid to Ukraine for 2026.", ["PRT", "UKR", "2026"]],
    ["In March Finland promised Ukraine 600 million euros of defence aid for the coming year.", ["FIN", "UKR", "2026"]],
    ["In March Ireland promised Ukraine 80 million euros of military aid from this year's budget.", ["IRL", "UKR", "2025"]],
    ["In May Austria pledged 50 million euros of military aid to Ukraine for next year.", ["AUT", "UKR", "2026"]],
  ] as const)("%s", (text, flow) => {
    expect(periods(text)).toContainEqual(flow);
  });
});

describe("a month of delivery stays the month", () => {
  it.each([
    ["In April Poland delivered 40 howitzers to Ukraine.", ["POL", "UKR", "2025-04"]],
  ] as const)("%s", (text, flow) => {
    expect(periods(text)).toContainEqual(flow);
  });
});

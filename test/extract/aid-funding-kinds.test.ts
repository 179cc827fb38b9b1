// A sum "of", "in" or "on" military (defence, security) funding or help measures arms given, as a sum of military
// support does; humanitarian or financial funding stays money.
// Phrasings of our own.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string): Claim[] =>
  processDocument({ path: "funding.txt", bytes: Buffer.from(`${text}\n`), meta: { id: "funding", outlet: "Probe Wire", published: "2025-03-11" } as never }).claims;
const flows = (text: string) =>
  claimsOf(text)
    .filter((c) => c.kind === "transfer")
    .map((c) => [c.supplier, c.recipient, c.item, c.quantity?.value ?? null]);

describe("a sum of military funding or help measures arms", () => {
  it.each([
    ["Norway will provide Moldova with 300 million dollars of extra military funding.", ["NOR", "MDA", "weapons-unspecified", 300000000]],
    ["Canada spent 2 billion dollars on military help for Latvia last year.", ["CAN", "LVA", "weapons-unspecified", 2000000000]],
    ["Denmark said 300 million euros of defence funding would go to Estonia.", ["DNK", "EST", "weapons-unspecified", 300000000]],
  ] as const)("%s", (text, flow) => {
    expect(flows(text)).toContainEqual(flow);
  });
});

describe("a sum of funding that is not military stays money", () => {
  it.each([
    ["Norway announced 90 million euros of humanitarian funding for Moldova.", ["NOR", "MDA", "money", 90000000]],
  ] as const)("%s", (text, flow) => {
    expect(flows(text)).toContainEqual(flow);
  });
});

// A sum "of" or "in" military (defence, security) support with a word or two before the support ("of Greek military
// support", "in fresh military support") measures arms given, as the bare "of military support" does; a sum of
// humanitarian, financial or non-military support stays money. Phrasings of our own.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string): Claim[] =>
  processDocument({ path: "sums.txt", bytes: Buffer.from(`${text}\n`), meta: { id: "sums", outlet: "Probe Wire", published: "2025-03-11" } as never }).claims;
const flows = (text: string) =>
  claimsOf(text)
    .filter((c) => c.kind === "transfer")
    .map((c) => [c.supplier, c.recipient, c.item, c.quantity?.value ?? null]);

describe("a sum of military support with words before the support measures arms", () => {
  it.each([
    ["The Greek minister, on a visit to Nicosia on Monday, announced a further 800 million euros of Greek military support for Cyprus.", ["GRC", "CYP", "weapons-unspecified", 800000000]],
    ["Canada will send 2 billion dollars in fresh military support to Latvia this year, the minister said.", ["CAN", "LVA", "weapons-unspecified", 2000000000]],
    ["Japan pledged 300 million dollars of new defence support to the Philippines.", ["JPN", "PHL", "weapons-unspecified", 300000000]],
  ] as const)("%s", (text, flow) => {
    expect(flows(text)).toContainEqual(flow);
  });
});

describe("a sum of support that is not military stays money", () => {
  it.each([
    ["Norway announced 90 million euros of humanitarian and military support for Moldova.", ["NOR", "MDA", "money", 90000000]],
    ["Norway announced 90 million euros of financial support for Moldova.", ["NOR", "MDA", "money", 90000000]],
  ] as const)("%s", (text, flow) => {
    expect(flows(text)).toContainEqual(flow);
  });
});

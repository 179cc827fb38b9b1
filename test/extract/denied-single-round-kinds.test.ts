// "never sold a single bullet to Kyiv": a denial that names one bullet stands for all ammunition; the singular
// noun is of the item lexicon (items.json), so the denied flow is read. Phrasings of our own.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string): Claim[] =>
  processDocument({ path: "denied-single-round.txt", bytes: Buffer.from(`${text}\n`), meta: { id: "denied-single-round", outlet: "Probe Wire", published: "2025-03-12" } as never }).claims;
const denied = (text: string) =>
  claimsOf(text)
    .filter((c) => c.kind === "transfer" && c.certainty === "denied")
    .map((c) => [c.supplier, c.recipient, c.item]);

describe("a denial of a single bullet is a denial of ammunition", () => {
  it.each([
    ["Montenegro has never exported a single bullet straight to Ukraine, the premier said.", ["MNE", "UKR", "ammunition"]],
    ["The minister insisted that Hungary never shipped a single bullet to Kyiv.", ["HUN", "UKR", "ammunition"]],
    ["Officials in Sofia repeated that Bulgaria had not sent a single bullet to Russia since the war began.", ["BGR", "RUS", "ammunition"]],
  ] as const)("%s", (text, flow) => {
    expect(denied(text)).toContainEqual(flow);
  });
});

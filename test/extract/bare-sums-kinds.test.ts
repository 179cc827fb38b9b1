// A sum a state commits, spends on another's forces or puts on the table for another, naming no goods, is read as
// arms aid (weapons-unspecified), as a sum set aside to buy for another already is. Phrasings of our own.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string): Claim[] =>
  processDocument({ path: "bare.txt", bytes: Buffer.from(`${text}\n`), meta: { id: "bare", outlet: "Probe Wire", published: "2025-03-11" } as never }).claims;
const flows = (text: string) =>
  claimsOf(text)
    .filter((c) => c.kind === "transfer")
    .map((c) => [c.supplier, c.recipient, c.item, c.quantity?.value ?? c.quantity?.min ?? null]);

describe("a bare sum committed, spent or put on the table for another measures arms", () => {
  it.each([
    ["Portugal committed at least EUR 90 million to Moldova for next year, its cabinet said.", ["PRT", "MDA", "weapons-unspecified", 90000000]],
    ["Canada put an extra USD 40 million on the table for Latvia on Friday.", ["CAN", "LVA", "weapons-unspecified", 40000000]],
    ["Japan will spend USD 70 million for the Philippine navy this year, a spokesman said.", ["JPN", "PHL", "weapons-unspecified", 70000000]],
  ] as const)("%s", (text, flow) => {
    expect(flows(text)).toContainEqual(flow);
  });
});

describe("a commitment with no sum moves nothing", () => {
  it.each([
    "Portugal committed to closer ties with Moldova, its cabinet said.",
    "Canada put its concerns on the table for Latvia to read.",
  ])("%s", (text) => {
    expect(flows(text)).toEqual([]);
  });
});

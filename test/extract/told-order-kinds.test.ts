// Pages, written for the test, whose headline retells a claim that the body tells only after another party's claim
// of the same transfer: the claims come in the order the page tells them, the headline's retelling standing where its
// body sentence stands, so the first teller's claim comes first. Three phrasings of our own.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string): Claim[] =>
  processDocument({ path: "order.txt", bytes: Buffer.from(text), meta: { id: "order", outlet: "Probe Wire", published: "2025-03-01" } as never }).claims;

describe("claims come in the order the page tells them", () => {
  it.each([
    ["Mexico denies sending howitzers to Cuba\n\nMexico shipped 12 howitzers to Cuba in the spring, Canadian foreign ministry spokeswoman Anne Leduc told reporters on Monday.\n\nMexico's foreign ministry denied on Tuesday that Mexico had sent any howitzers to Cuba.\n"],
    ["Belarus rejects report of tanks sent to Russia\n\nBelarus moved 40 tanks to Russia in May, Polish defence ministry spokesman Jan Nowak said on Friday.\n\nThe Belarusian defence ministry rejected on Saturday that Belarus had sent any tanks to Russia.\n"],
    ["China denies supplying drones to Myanmar\n\nChina supplied 30 drones to Myanmar last year, Japanese defence ministry spokesman Kenji Sato told reporters on Monday.\n\nChina's foreign ministry denied on Tuesday that China had supplied any drones to Myanmar.\n"],
  ])("%s", (text) => {
    const starts = claimsOf(text).map((c) => c.evidence.start);
    expect(starts.length).toBeGreaterThan(1);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });
});

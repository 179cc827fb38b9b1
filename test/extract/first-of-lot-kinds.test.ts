// "The first of N goods ordered ...": the count after "the first of" is the lot ordered, a delivery still ahead
// (`possible`), not a delivery of N done. A count told in an aside before it ("Six jets, the first of the 24 ...,
// landed") is what came and keeps its own certainty. Each block is one kind, told three ways (phrasings of our own).
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string): Claim[] =>
  processDocument({ path: "first-of.txt", bytes: Buffer.from(`${text}\n`), meta: { id: "first-of", outlet: "Probe Wire", published: "2025-06-02" } as never }).claims;
const lot = (claims: readonly Claim[], value: number) =>
  claims.filter((c) => c.kind === "transfer" && c.quantity?.value === value).map((c) => c.certainty);

describe("the first of an ordered lot: the lot is an order, its delivery possible", () => {
  it.each([
    ["The first of 40 howitzers that Lima ordered from Seoul in 2021 reached Callao last week.", 40],
    ["Quito is awaiting the first of the twelve Gripen jets it ordered from Sweden last year.", 12],
    ["The first of 18 patrol boats bought by Ghana from France in 2022 was handed over on Monday.", 18],
  ])("%s", (text, value) => {
    expect(lot(claimsOf(text), value)).toEqual(["possible"]);
  });

  it("a count told before the aside is what arrived and stays asserted", () => {
    expect(lot(claimsOf("Three tanks, the first of 30 ordered by Chile from Germany in 2020, arrived in May."), 3)).toEqual(["asserted"]);
  });
});

// A sum told as a part of money named before it ("about 300 million dollars of the money comes as a drawdown"): the
// sum is read, and the money after "of" is the whole the page told already, no flow of its own with no amount.
// Phrasings of our own.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string): Claim[] =>
  processDocument({ path: "part-of-money.txt", bytes: Buffer.from(`${text}\n`), meta: { id: "part-of-money", outlet: "Probe Wire", published: "2024-05-01" } as never }).claims;
const bareMoney = (text: string) => claimsOf(text).filter((c) => c.kind === "transfer" && c.item === "money" && c.quantity === null);
const sums = (text: string) => claimsOf(text).filter((c) => c.kind === "transfer" && c.quantity).map((c) => c.quantity!.value);

describe("the money a sum is a part of makes no claim of its own", () => {
  it.each([
    ["Ottawa approved 800 million dollars in military aid for Ukraine on Monday. The minister said about 300 million dollars of the money comes as a drawdown of army stocks.", 300_000_000],
    ["Rome approved 900 million euros in military aid for Ukraine on Friday. The defence minister said some 200 million euros of that money comes from stocks the army no longer needs.", 200_000_000],
    ["Madrid approved 600 million euros in military aid for Ukraine on Tuesday. The minister said 150 million euros of this money comes from army stocks.", 150_000_000],
  ] as const)("%s", (text, part) => {
    expect(bareMoney(text)).toEqual([]);
    expect(sums(text)).toContain(part);
  });
});

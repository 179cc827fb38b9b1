// A sum of millions written with the name of its money in the singular, spaced, before the noun it prices ("a 420
// million dollar contract", "a 200 million euro package"): the sum is in that money, as the hyphenated form is.
// Phrasings of our own.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string): Claim[] =>
  processDocument({ path: "spaced-money-names.txt", bytes: Buffer.from(`${text}\n`), meta: { id: "spaced-money-names", outlet: "Probe Wire", published: "2024-05-01" } as never }).claims;
const sums = (text: string) => claimsOf(text).filter((c) => c.kind === "transfer" && c.quantity).map((c) => [c.supplier, c.recipient, c.item, c.quantity!.value, c.quantity!.unit]);

describe("a sum of millions before a singular name of money and a noun is money", () => {
  it.each([
    ["Peru received the first radars from Spain on Monday. The radars are part of a 420 million dollar contract that Lima signed in 2021 for six systems.", ["PER", "ESP", "money", 420_000_000, "usd"]],
    ["Chile announced a 200 million euro package of arms for Ukraine on Tuesday.", ["CHL", "UKR", "weapons-unspecified", 200_000_000, "eur"]],
    ["Norway will hand Latvia air-defence missiles under a 90 million dollar grant announced in Oslo on Friday.", ["NOR", "LVA", "missiles-other", 90_000_000, "usd"]],
  ] as const)("%s", (text, flow) => {
    expect(sums(text)).toContainEqual(flow);
  });
});

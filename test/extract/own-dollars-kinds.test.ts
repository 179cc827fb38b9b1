// A bare "dollars" after a sum a state pays whose own money is named dollar (Canada, Australia, New Zealand,
// Taiwan) is that state's money; "US dollars" or "Canadian dollars" name their country, and a sentence that names
// the United States keeps US dollars. Phrasings of our own.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string): Claim[] =>
  processDocument({ path: "dollars.txt", bytes: Buffer.from(`${text}\n`), meta: { id: "dollars", outlet: "Probe Wire", published: "2025-03-11" } as never }).claims;
const sums = (text: string) =>
  claimsOf(text)
    .filter((c) => c.kind === "transfer" && c.quantity)
    .map((c) => [c.supplier, c.quantity!.value ?? c.quantity!.min, c.quantity!.unit]);

describe("a bare 'dollars' a dollar state pays is its own money", () => {
  it.each([
    ["Ottawa has pledged more than 600 million dollars in military aid for Latvia over three years.", ["CAN", 600000000, "cad"]],
    ["New Zealand will give Ukraine another 12 million dollars of military assistance, the defence minister said on Tuesday.", ["NZL", 12000000, "nzd"]],
    ["Australia is to fund a 90-million-dollar batch of drones for Kyiv, officials in Canberra announced.", ["AUS", 90000000, "aud"]],
  ] as const)("%s", (text, sum) => {
    expect(sums(text)).toContainEqual(sum);
  });
});

describe("a dollar whose country is named keeps that country's money", () => {
  it.each([
    ["Ottawa has pledged more than 600 million US dollars in military aid for Latvia over three years.", ["CAN", 600000000, "usd"]],
    ["Australia is to fund a batch of drones for Kyiv worth 90 million Australian dollars, officials in Canberra announced.", ["AUS", 90000000, "aud"]],
  ] as const)("%s", (text, sum) => {
    expect(sums(text)).toContainEqual(sum);
  });
});

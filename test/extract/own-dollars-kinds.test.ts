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

describe("a bare '$' a state pays whose writers give their own money so is that money", () => {
  it.each([
    ["Canada has set aside about $75 million for drones to be sent to Ukraine this spring, the minister said.", ["CAN", 75000000, "cad"]],
    ["Australia will spend $30 million on armoured trucks for Kyiv, the defence minister announced.", ["AUS", 30000000, "aud"]],
    ["New Zealand is giving Ukraine a further $8 million in military aid, Wellington said on Monday.", ["NZL", 8000000, "nzd"]],
  ] as const)("%s", (text, sum) => {
    expect(sums(text)).toContainEqual(sum);
  });
});

describe("the payer is the first state named before the sum, not a dollar state paid", () => {
  it.each([
    ["Japan paid Australia $20 million for the radar work, Tokyo said.", 20000000],
    ["Poland paid Canada $15 million for the training, the ministry said.", 15000000],
    ["Chile paid New Zealand $9 million for the patrol boat refit, officials said.", 9000000],
  ] as const)("%s", (text, value) => {
    expect(sums(text).filter((s) => s[1] === value).every((s) => s[2] === "usd")).toBe(true);
  });
});

describe("a '$' with its country's letters, or a bare '$' from Taiwan, keeps US dollars", () => {
  it.each([
    ["Canada has set aside about US$75 million for drones to be sent to Ukraine this spring, the minister said.", 75000000],
    ["Taiwan will buy $400 million of anti-ship missiles from Washington, the ministry said.", 400000000],
  ] as const)("%s", (text, value) => {
    expect(sums(text).filter((s) => s[1] === value).every((s) => s[2] === "usd")).toBe(true);
  });
});

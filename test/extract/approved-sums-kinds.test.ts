// A sum of money as the object of a verb the lexicon does not know as giving ("approved", "cleared",
// "authorised"), with the goods it buys after "in" and the state it is for after "for": the clause default reads
// the sum and its goods as the object, so the verb gives them (claims/shapes/clause-default.ts). Phrasings of our
// own (other states, other sums, other goods).
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

/** The transfer claims with a sum on a one-paragraph page, as "SUPPLIER>RECIPIENT item figure unit", sorted. */
function sumsOf(text: string): string[] {
  const doc = processDocument({ path: "page.txt", bytes: Buffer.from(text), meta: { id: "page", url: null, outlet: "Test Wire", published: "2024-05-02" } });
  return [...new Set(doc.claims.filter((c) => c.kind === "transfer" && c.quantity && ["usd", "eur", "gbp", "cad", "aud"].includes(c.quantity.unit)).map((c) => `${c.supplier}>${c.recipient} ${c.item} ${c.quantity!.value} ${c.quantity!.unit}`))].sort();
}

describe("a sum in goods for a state, after a verb of approving", () => {
  it.each([
    ["Ottawa cleared a further $80 million in weapons for Kyiv on Friday.", ["CAN>UKR weapons-unspecified 80000000 cad"]],
    ["Stockholm approved another 40 million euros in ammunition for Ukraine this week.", ["SWE>UKR ammunition 40000000 eur"]],
    ["Canberra authorised a fresh $60 million in drones for Ukraine on Monday.", ["AUS>UKR drones 60000000 aud"]],
  ])("%s", (text, sums) => expect(sumsOf(text)).toEqual(sums));
});

describe("a counted lot after a verb of approving still gives as before", () => {
  it.each([
    ["Oslo approved twelve howitzers for Ukraine on Tuesday.", "NOR>UKR artillery-systems"],
  ])("%s", (text, claim) => {
    const doc = processDocument({ path: "page.txt", bytes: Buffer.from(text), meta: { id: "page", url: null, outlet: "Test Wire", published: "2024-05-02" } });
    expect(doc.claims.filter((c) => c.kind === "transfer").map((c) => `${c.supplier}>${c.recipient} ${c.item}`)).toEqual([claim]);
  });
});

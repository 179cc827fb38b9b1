// A model's name in the plural ("Rafales", "Gripens") tells its maker as the singular does: where a state buys or
// takes delivery of them and the clause names no seller, the maker sells them (model-makers.json). Phrasings
// written for the test.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string): Claim[] =>
  processDocument({ path: "model-plurals.txt", bytes: Buffer.from(text), meta: { id: "model-plurals", outlet: "Probe Wire", published: "2025-03-04" } as never }).claims;

describe("a model named in the plural is sold by its maker", () => {
  it.each([
    ["Indonesia bought 42 Rafales in February 2022.", "FRA", "IDN"],
    ["Egypt took delivery of its last Rafales in 2023.", "FRA", "EGY"],
    ["Slovakia bought 14 more Gripens last year.", "SWE", "SVK"],
  ])("%s", (text, supplier, recipient) => {
    const flows = claimsOf(text).filter((c) => c.kind === "transfer").map((c) => [c.supplier, c.recipient, c.item]);
    expect(flows).toContainEqual([supplier, recipient, "aircraft"]);
  });
});

// A model's name with a plural "s" names the same thing as its singular ("K2s", "Apaches", "Patriots"), so a
// sentence that counts them is a transfer of that thing, not a silent one.
describe("a model named in the plural is the model's item", () => {
  it.each([
    ["Seoul has shipped more than 60 K2s to Warsaw since the spring.", "KOR", "POL", "armoured-vehicles"],
    ["Rabat expects the remaining 18 Apaches from Washington next year.", "USA", "MAR", "aircraft"],
    ["The Netherlands lent two Patriots to Slovakia in 2023.", "NLD", "SVK", "air-defence-systems"],
    ["Berlin will hand Kyiv four further IRIS-Ts by the winter.", "DEU", "UKR", "air-defence-systems"],
  ])("%s", (text, supplier, recipient, item) => {
    const flows = claimsOf(text).filter((c) => c.kind === "transfer").map((c) => [c.supplier, c.recipient, c.item]);
    expect(flows).toContainEqual([supplier, recipient, item]);
  });
});

// Written in lower case, such a plural is the plain word ("patriots" at a rally): no item, so no goods to count.
describe("a plural name written in lower case is the plain word", () => {
  it.each([
    ["Thousands of patriots marched through Warsaw on Sunday, a day after Poland sent 30 tanks to Ukraine."],
    ["Some 5,000 patriots gathered in Riga as Latvia pledged 12 howitzers to Kyiv."],
    ["The patriots of both parties cheered when Estonia handed 40 trucks to Ukraine in March."],
  ])("%s", (text) => {
    expect(claimsOf(text).filter((c) => c.item === "air-defence-systems" || c.quantity?.value === 5000)).toEqual([]);
  });
});

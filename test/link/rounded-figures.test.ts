// One figure told at other roundings ("nearly $66bn" against "$65.9bn", "more than 10,000" against "10,000") is the
// very figure retold: a report telling no day of the saying may retell it days later, as it may retell the same figure.
// A lower and an upper bound of one number, or numbers further apart than rounding, stay other figures.
// All reports below are our own.
import { describe, expect, it } from "vitest";
import type { Claim, Quantity } from "../../src/core/claim.js";
import { sameFigureRounded } from "../../src/link/figures.js";
import { linkClaims } from "../../src/link/link-claims.js";
import { meta, toClaim, type SchemaClaim } from "./helpers.js";

let n = 0;
const claim = (doc: string, evidence: string, more: Partial<SchemaClaim>): Claim =>
  toClaim({ doc, kind: "transfer", supplier: "USA", recipient: "UKR", item: "money", quantity: null, period: null, certainty: "asserted", source: { speaker: "Hal Brenner", org: null, country: "USA" }, evidence, ...more }, n++);

const q = (more: Partial<Quantity>): Quantity => ({ value: null, min: null, max: null, unit: "usd", approx: false, ...more });

const cases: { first: string; later: string; a: Quantity; b: Quantity; item: Claim["item"] }[] = [
  {
    first: "Washington has given Kyiv $65.9bn in military aid, Hal Brenner said on Monday.",
    later: "Brenner says the military aid Washington has given Kyiv comes to nearly $66bn.",
    a: q({ value: 65.9e9 }),
    b: q({ max: 66e9 }),
    item: "money",
  },
  {
    first: "More than 10,000 shells have been handed to Ukraine, Hal Brenner said on Monday.",
    later: "Brenner counts 10,100 shells handed to Ukraine so far.",
    a: q({ min: 10000, unit: "rounds" }),
    b: q({ value: 10100, unit: "rounds" }),
    item: "artillery-ammunition",
  },
  {
    first: "About 4.8 million rounds have gone to Ukraine, Hal Brenner said on Monday.",
    later: "Hal Brenner has put the rounds sent to Ukraine at 4.79 million.",
    a: q({ value: 4.8e6, approx: true, unit: "rounds" }),
    b: q({ value: 4.79e6, unit: "rounds" }),
    item: "artillery-ammunition",
  },
];

describe("a figure told at another rounding is the very figure retold", () => {
  it.each(cases)("$later", ({ first, later, a, b, item }) => {
    // The later report tells no day of the saying and comes out a week after it.
    const docs = new Map([
      ["a", meta({ id: "a", outlet: "Lakeshore Courier", published: "2024-05-06" })],
      ["b", meta({ id: "b", outlet: "Upland Gazette", published: "2024-05-13" })],
    ]);
    const x = claim("a", first, { quantity: a, item, stated: "2024-05-06" });
    const y = claim("b", later, { quantity: b, item });
    const links = linkClaims([x, y], docs);
    expect(links.get(y.id)).toBe(links.get(x.id));
  });

  it("keeps bounds on either side of a number, and numbers beyond rounding, apart", () => {
    expect(sameFigureRounded(q({ min: 500, unit: "rounds" }), q({ max: 500, unit: "rounds" }))).toBe(false);
    expect(sameFigureRounded(q({ value: 6700, unit: "containers" }), q({ min: 6000, unit: "containers" }))).toBe(false);
    expect(sameFigureRounded(q({ value: 66e9 }), q({ value: 66e9, unit: "eur" }))).toBe(false);
    expect(sameFigureRounded(q({ max: 66e9 }), q({ value: 65.9e9 }))).toBe(true);
  });
});

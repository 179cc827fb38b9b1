// Sums of money given to Ukraine, measured in a currency.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string) =>
  processDocument({ path: "money.txt", bytes: Buffer.from(`Help for Ukraine\n\nBy staff\n\n${text}\n`), meta: { id: "money", outlet: "Probe Wire", published: "2024-06-12" } as never }).claims;

describe("'kronor', a name of money one state alone uses, is Swedish crowns on a page about another state", () => {
  it.each([
    ["Ukraine will get more armoured vehicles and shells from Sweden this summer.\n\nThe defence minister said the cabinet had approved a package worth 11 billion kronor, the largest yet.", 11e9],
    ["Kyiv welcomed the news of more artillery from Sweden on Tuesday.\n\nOfficials put the whole package at about 6.5 billion kronor.", 6.5e9],
    ["Ukraine's air force is to receive two surveillance planes from Sweden.\n\nThe ministry said the new package was worth 9.2 billion kronor.", 9.2e9],
  ])("%s", (text, value) => {
    const sums = claimsOf(text).map((c) => c.quantity).filter((q) => q !== null);
    expect(sums).toContainEqual(expect.objectContaining({ value, unit: "sek" }));
  });
});

describe("a sum committed with its money named in words after the figure is aid given", () => {
  const page = (line: string) => `Norway will send more shells and air defence missiles to Ukraine, the government said.\n\n${line}`;
  it.each([
    ["Norway has also committed at least 700 million euros for next year.", { min: 7e8, unit: "eur" }],
    ["The minister said Norway would commit some three billion kroner to Kyiv's air defence.", { value: 3e9, unit: "nok" }],
    ["Oslo committed a further 250 million US dollars on Friday.", { value: 2.5e8, unit: "usd" }],
  ])("%s", (line, sum) => {
    const given = claimsOf(page(line)).filter((c) => c.supplier === "NOR" && c.recipient === "UKR" && c.quantity !== null);
    expect(given.map((c) => c.quantity)).toContainEqual(expect.objectContaining(sum));
  });
  it("a sum committed to the giver's own industry is no aid", () => {
    const given = claimsOf(page("Norway has committed 2 billion kroner to its own shipyards.")).filter((c) => c.quantity !== null);
    expect(given).toEqual([]);
  });
});

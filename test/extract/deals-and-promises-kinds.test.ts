// Kinds of certainty around deals and promises (SCHEMA.md, "Certainty": an offer, an intention or an expected delivery is
// `possible`; "has delivered" is `asserted`), each shown by phrasings of our own: signing a deal or agreement for goods, or
// agreeing on a day to sell them, leaves the delivery ahead; a modal after the goods and the phrases that tell where they come
// from ("ordered from Sweden in May 2023 would arrive") weighs them; a promise kept, or goods promised that have arrived, is done.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

function certaintyOf(page: string, value: number) {
  const doc = processDocument({ path: "deals.txt", bytes: new TextEncoder().encode(page), meta: { id: "deals", outlet: "Test Wire", published: "2024-09-11" } });
  return doc.claims.find((c) => c.quantity?.value === value)?.certainty ?? null;
}

describe("signing a deal or an agreement for goods leaves their delivery ahead", () => {
  it.each([
    ["Greece signed an agreement with France on 3 May for the purchase of 18 fighter jets.", 18],
    ["Egypt signed an intergovernmental agreement on 3 May for the purchase of 30 tanks from Germany.", 30],
    ["Peru signed a $600 million (about 560 million euros) contract with Spain in July for four frigates, with deliveries due to start in 2027.", 4],
  ])("%s", (page, value) => {
    expect(certaintyOf(page, value)).toBe("possible");
  });
});

describe("agreeing on a day to sell goods leaves their delivery ahead", () => {
  it.each([
    ["Turkey agreed in March to sell Kenya 40 armoured vehicles.", 40],
    ["Germany agreed last week to supply Ukraine with 20 howitzers.", 20],
    ["Italy agreed on Monday to send Ukraine 10 tanks.", 10],
  ])("%s", (page, value) => {
    expect(certaintyOf(page, value)).toBe("possible");
  });
});

describe("a modal after the goods and the phrases that tell where they come from weighs them", () => {
  it.each([
    ["The first of the 12 jets Peru ordered from Sweden in May 2023 would arrive in 2027.", 12],
    ["The 40 tanks Egypt bought from Germany in 2022 are expected to arrive in 2026.", 40],
    ["Ten howitzers sold by France to Ukraine in 2024 are expected to arrive in May.", 10],
  ])("%s", (page, value) => {
    expect(certaintyOf(page, value)).toBe("possible");
  });
});

describe("a promise kept, or goods promised that have arrived, is done", () => {
  it.each([
    ["Brazil's promise of 30 tanks to Ukraine, made in May 2023, was finally kept in March 2024.", 30],
    ["Spain's promise of six howitzers to Ukraine, made last year, has now been met.", 6],
    ["The last of the 18 tanks promised by the Polish government has reached Ukraine, the ministry said.", 18],
    ["The 20 jets promised by Denmark have arrived in Ukraine, the minister said.", 20],
    ["Having delivered all 14 howitzers it had promised, Norway sent no more guns to Ukraine.", 14],
  ])("%s", (page, value) => {
    expect(certaintyOf(page, value)).toBe("asserted");
  });
});

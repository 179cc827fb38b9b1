// Kinds of certainty and period once read wrong, each shown by phrasings of our own (SCHEMA.md, "Certainty", "Periods"):
// goods a state has pledged are still to come, `possible`, like goods promised; a pledge or promise of a sum of money to pay for
// goods is aid announced, `asserted`; an expectation with a figure or a longer phrase before its verb ("expects the remaining 18
// to arrive") is `possible`; a span counted back ("over the previous three months", "in the four months before that
// interview") in a sentence that dates its saying ("said in March that ...") counts back from that date, not the report's;
// a count told "since" right after its figure, in a sentence whose earlier date tells when it was counted ("With Thursday's
// tranche, ... has committed $X since the invasion"), starts at the "since", not at that date.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

function claimsOf(page: string, published = "2024-06-14") {
  const doc = processDocument({ path: "pledges-spans.txt", bytes: new TextEncoder().encode(page), meta: { id: "pledges-spans", outlet: "Test Wire", published } });
  return doc.claims.map((c) => ({ supplier: c.supplier, recipient: c.recipient, quantity: c.quantity?.value ?? null, certainty: c.certainty, period: c.period }));
}

describe("goods pledged are still to come: possible", () => {
  it.each([
    ["Spain had already pledged 14 tanks to Peru earlier this month.", "ESP", "PER", 14],
    ["Norway has pledged 19 of the jets to Chile.", "NOR", "CHL", 19],
    ["Italy pledges eight howitzers for Kenya.", "ITA", "KEN", 8],
  ])("%s", (page, supplier, recipient, quantity) => {
    expect(claimsOf(page)).toContainEqual(expect.objectContaining({ supplier, recipient, quantity, certainty: "possible" }));
  });
});

describe("a pledge or promise of money is aid announced: asserted", () => {
  it.each([
    ["Spain has pledged 20 million euros to Peru for drones.", "ESP", "PER", 20_000_000],
    ["Norway pledged $45 million to Chile to buy radars.", "NOR", "CHL", 45_000_000],
    ["Italy has promised 30 million euros to Kenya for armoured vehicles.", "ITA", "KEN", 30_000_000],
  ])("%s", (page, supplier, recipient, quantity) => {
    expect(claimsOf(page)).toContainEqual(expect.objectContaining({ supplier, recipient, quantity, certainty: "asserted" }));
  });
});

describe("an expectation whose verb stands a few words on, past a figure, is possible", () => {
  it.each([
    ["Spain handed over eleven radars to Peru last year, and the army expects the remaining 18 to arrive by the end of 2026.", "ESP", "PER", 18],
    ["Twelve jets were delivered to Chile by Brazil in May, and the air force expects the last 8 to arrive in December.", "BRA", "CHL", 8],
    ["Nine patrol boats were handed to Angola by Portugal in 2022, and the navy expects the remaining 3 to arrive in 2025.", "PRT", "AGO", 3],
  ])("%s", (page, supplier, recipient, quantity) => {
    expect(claimsOf(page)).toContainEqual(expect.objectContaining({ supplier, recipient, quantity, certainty: "possible" }));
  });
});

describe("a span counted back in a sentence that dates its saying counts back from the saying", () => {
  it.each([
    ["Peru's army chief said in March that Chile had delivered 40 howitzers to Peru over the previous three months.", "2024-06-14", "2023-12", "2024-03"],
    ["In February, the Kenyan minister said that Turkey had sent 30 drones to Kenya in the past two months.", "2024-06-14", "2023-12", "2024-02"],
    ["The Chilean minister said in April that Brazil had shipped 12 jets to Chile and 20 radars in the four months before that interview.", "2024-09-11", "2023-12", "2024-04"],
  ])("%s", (page, published, start, end) => {
    expect(claimsOf(page, published)[0]?.period).toMatchObject({ start, end });
  });

  it("with no dated saying, a span counts back from the report", () => {
    expect(claimsOf("Chile delivered 40 howitzers to Peru over the past three months, the minister said.")[0]?.period).toMatchObject({ start: "2024-03", end: "2024-06" });
  });
});

describe("a count told since an anchor right after its figure starts there, whatever date told the counting", () => {
  it.each([
    ["With Thursday's tranche, Spain has committed about 600 million euros in military aid to Peru since the start of the war in March 2022.", "2022-03"],
    ["Ruiz used a press appearance last Tuesday to say Chile has given Peru over a hundred tanks since 2023.", "2023"],
    ["In April 2024, Lima counted 40 Chilean howitzers delivered to Peru since the 2021 deal.", "2021"],
  ])("%s", (page, start) => {
    expect(claimsOf(page)[0]?.period).toMatchObject({ start });
  });

  it("a lot dated before its figure keeps its date where the count since an anchor is another figure's", () => {
    expect(claimsOf("In March, Chile delivered 20 tanks to Peru, bringing the total since 2022 to 100.")).toContainEqual(expect.objectContaining({ quantity: 20, period: { start: "2024-03", end: "2024-03" } }));
  });
});

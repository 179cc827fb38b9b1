// Kinds of periods once read wrong, each shown by phrasings of our own (SCHEMA.md, "Periods"): a range of years with
// its second year cut short ("in 2019-23") spans both; the first months of a year, counted ("the first eight months of
// this year"), run from January; a running total of the report's year ("so far this year") starts in January; a range
// of months whose year is written once, after its end ("from April to August 2023", "between May and July last year"),
// lies in that year; a date after a fronted 'speaking in X' dates the saying; an event named by its year ('since the 2021
// coup') starts a count in that year.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

function periodOf(page: string) {
  const doc = processDocument({ path: "hedges-periods.txt", bytes: new TextEncoder().encode(page), meta: { id: "hedges-periods", outlet: "Test Wire", published: "2024-09-11" } });
  return doc.claims[0]?.period ?? null;
}

describe("a range of years spans both, its second year maybe cut to two digits", () => {
  it.each([
    ["France accounted for 30 percent of Qatar's arms imports in 2019-23, the institute found.", "2019", "2023"],
    ["Turkey sold 48 drones to Niger over 2021–24.", "2021", "2024"],
    ["Throughout 2018-2022, Italy delivered 14 helicopters to Egypt.", "2018", "2022"],
  ])("%s", (page, start, end) => {
    expect(periodOf(page)).toMatchObject({ start, end });
  });
});

describe("the first months of a year, counted, run from January", () => {
  it.each([
    ["India bought 90 million barrels of Iraqi crude in the first eight months of this year.", "2024-01", "2024-08"],
    ["In the first five months of last year, Brazil shipped 2 million tonnes of wheat to China.", "2023-01", "2023-05"],
    ["Japan imported 40,000 tonnes of Australian coal during the first 4 months of 2022.", "2022-01", "2022-04"],
  ])("%s", (page, start, end) => {
    expect(periodOf(page)).toMatchObject({ start, end });
  });
});

describe("a running total of the report's year starts in January", () => {
  it.each([
    ["Latvia has sent 3,000 drones to Ukraine so far this year."],
    ["The Czech scheme has delivered 500,000 shells to Ukraine this year so far, its coordinator said."],
    ["Year-to-date, Uganda has exported 300,000 tonnes of wheat to Kenya."],
  ])("%s", (page) => {
    expect(periodOf(page)?.start).toBe("2024-01");
  });
});

describe("a range of months with its year written once, after its end, lies in that year", () => {
  it.each([
    ["Egypt received 70,000 tonnes of Romanian wheat from April to August 2023.", "2023-04", "2023-08"],
    ["Between May and July last year, Serbia sold 80,000 shells to Poland.", "2023-05", "2023-07"],
    ["Russia shipped 600,000 barrels of fuel to Cuba from February through June of last year.", "2023-02", "2023-06"],
  ])("%s", (page, start, end) => {
    expect(periodOf(page)).toMatchObject({ start, end });
  });
});

// "Speaking in Lima on Friday, X said ...": a fronted participle of saying, with the place or audience it names, dates
// the saying; the transfer the sentence tells takes its own date, or none.
describe("a date after 'speaking in X' dates the saying, not the transfer", () => {
  it.each([
    ["Speaking in Lima on Friday, the minister said Chile had delivered 12 jets to Peru in 2023.", { start: "2023", end: "2023" }],
    ["Speaking to reporters in Quito on Monday, Ruiz said Colombia had sold 30 trucks to Ecuador in March.", { start: "2024-03", end: "2024-03" }],
    ["Speaking at a press conference on Tuesday, the general said Brazil had sent 8 helicopters to Bolivia.", null],
  ])("%s", (page, period) => {
    expect(periodOf(page)).toEqual(period === null ? null : expect.objectContaining(period));
  });
});

// "since the 2021 coup", "after the 2020 war": an event named by its year and its kind starts a count in that year.
describe("an event named by its year starts the period", () => {
  it.each([
    ["Mali has received 40 armoured vehicles from Russia since the 2021 coup.", "2021"],
    ["Azerbaijan has bought 60 drones from Turkey since the 2020 war.", "2020"],
    ["Guinea has bought 12 helicopters from China since the 2008 military takeover.", "2008"],
  ])("%s", (page, start) => {
    expect(periodOf(page)).toMatchObject({ start });
  });
});

// Kinds of periods once read wrong, each shown by phrasings of our own (SCHEMA.md, "Periods"): a range of years with
// its second year cut short ("in 2019-23") spans both; the first months of a year, counted ("the first eight months of
// this year"), run from January; a running total of the report's year ("so far this year") starts in January; a range
// of months whose year is written once, after its end ("from April to August 2023", "between May and July last year"),
// lies in that year.
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

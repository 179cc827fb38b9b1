// Windows of a deed (SCHEMA.md, "Periods"): two days of one month written as ordinals, a range whose second end opens
// with "the", and a window after a participle of moving that dates a figure told earlier.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { resolveTimes } from "../../src/extract/resolve-times.js";
import { processDocument } from "../../src/pipeline.js";

function claims(text: string, published: string): Claim[] {
  const bytes = new TextEncoder().encode(text);
  return processDocument({ path: "period-windows-kinds.txt", bytes, meta: { id: "period-windows-kinds", published, outlet: "Test Wire" } }).claims;
}

const periods = (text: string, published: string) => resolveTimes(text, published).filter((t) => !t.speech).map((t) => t.period);

describe("two days of one month written as ordinals make one window", () => {
  it("'from the 3rd to the 9th of this month'", () => {
    expect(periods("Some 800 marines were ferried to the island from the 3rd to the 9th of this month.", "2025-05-20")).toEqual([{ start: "2025-05-03", end: "2025-05-09" }]);
  });
  it("'between the 2nd and the 11th of last month'", () => {
    expect(periods("The convoys crossed the border between the 2nd and the 11th of last month.", "2025-03-04")).toEqual([{ start: "2025-02-02", end: "2025-02-11" }]);
  });
  it("'from the 14th to the 20th of June', a month named", () => {
    expect(periods("Trucks carried the shells from the 14th to the 20th of June.", "2025-09-01")).toEqual([{ start: "2025-06-14", end: "2025-06-20" }]);
  });
});

describe("a range whose second end opens with 'the'", () => {
  it("'between late March and the first of May'", () => {
    expect(periods("The barges sailed between late March and the first of May.", "2025-08-10")).toEqual([{ start: "2025-03", end: "2025-05-01" }]);
  });
  it("'from mid-April to the 3rd of June'", () => {
    expect(periods("The rail shipments ran from mid-April to the 3rd of June.", "2025-08-10")).toEqual([{ start: "2025-04", end: "2025-06-03" }]);
  });
  it("'between 2 February and the 20th of March'", () => {
    expect(periods("The jets were flown in between 2 February and the 20th of March.", "2025-06-10")).toEqual([{ start: "2025-02-02", end: "2025-03-20" }]);
  });
});

describe("a window after a participle of moving dates the figure told before it", () => {
  const of = (text: string, published: string, n: number) => claims(text, published).find((c) => c.quantity?.value === n || c.quantity?.min === n);
  it("'In May, X spoke of N containers ..., moved between ... and ...'", () => {
    const c = of("In May, Hale spoke of more than 900 containers of Iranian munitions for Russia, moved between 10 March and 25 April.", "2025-09-15", 900);
    expect(c?.period).toEqual({ start: "2025-03-10", end: "2025-04-25" });
  });
  it("'Back in June, X talked of N containers ..., shipped from ... to ...'", () => {
    const c = of("Back in June, the Polish ministry talked of 2,000 containers of ammunition for Ukraine, shipped from 4 January to 2 February.", "2025-09-10", 2000);
    expect(c?.period).toEqual({ start: "2025-01-04", end: "2025-02-02" });
  });
  it("'In July X spoke of N containers ..., sent from ... to ...'", () => {
    const c = of("In July the Polish ministry spoke of 2,000 containers of ammunition for Ukraine, sent from 4 January to 2 February.", "2025-09-10", 2000);
    expect(c?.period).toEqual({ start: "2025-01-04", end: "2025-02-02" });
  });
  it("a window with no year that would end after the telling is the year before's", () => {
    const c = of("In February, Hale spoke of more than 900 containers of Iranian munitions for Russia, moved between 10 March and 25 April.", "2025-09-15", 900);
    expect(c?.period).toEqual({ start: "2024-03-10", end: "2024-04-25" });
  });
  it("'In November last year, X spoke of N containers ..., moved between early October and the 2nd of November'", () => {
    const c = of("In November last year, Hale spoke of more than 900 containers of Iranian munitions for Russia, moved between early October and the 2nd of November.", "2025-12-15", 900);
    expect(c?.period).toEqual({ start: "2024-10", end: "2024-11-02" });
  });
  it("'Last December, X talked of N containers ..., shipped from ... to the 1st of December'", () => {
    const c = of("Last December, the Polish ministry talked of 2,000 containers of ammunition for Ukraine, shipped from 4 November to the 1st of December.", "2025-12-20", 2000);
    expect(c?.period).toEqual({ start: "2024-11-04", end: "2024-12-01" });
  });
  it("a window with its year written that ends after the telling stays aside", () => {
    const c = of("In February, Hale spoke of more than 900 containers of Iranian munitions for Russia, moved between 10 March and 25 April 2025.", "2025-09-15", 900);
    expect(c?.period).toEqual({ start: "2025-02", end: "2025-02" });
  });
});

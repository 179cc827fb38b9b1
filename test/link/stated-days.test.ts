// A statement's day carries its precision (link/occasion.ts, link-claims.ts occasionGap): a day the report tells, a
// week it tells ("said last week": a span of days, no day of its own), or only its publication day, a guess. A saying
// dated to a week meets the report of the day it was made in that week, and the statement keeps that day; a report
// telling no day of the saying may retell, days later, a statement of the very same figure. All reports are our own.
import { describe, expect, it } from "vitest";
import { type Page, statementsOfPages as statements } from "./helpers.js";

describe("a saying dated to a week", () => {
  it.each([
    ["said last week", ["a", "Japan's defence ministry said on Tuesday that North Korea is shipping artillery shells to Russia by rail.", "2024-03-06"], ["b", "Japan's defence ministry said last week that North Korea is shipping artillery shells to Russia.", "2024-03-14"], "2024-03-05"],
    ["last week, first", ["a", "Finland's foreign minister Aino Virtanen said on Thursday that Iran was sending attack drones to Russia.", "2024-05-17"], ["b", "Last week, Foreign Minister Aino Virtanen said Iran was sending attack drones to Russia.", "2024-05-22"], "2024-05-16"],
    ["the previous week", ["a", "On Monday the Polish defence ministry said Belarus had handed tanks to Russia.", "2024-10-08"], ["b", "The Polish defence ministry said the previous week that Belarus had handed tanks to Russia.", "2024-10-16"], "2024-10-07"],
  ] as [string, Page, Page, string][])("%s: meets the report of its day, and keeps that day", (_, day, week, told) => {
    const [a, b] = statements([day, week]);
    expect(b).toBe(a);
    expect(a).toContain(told);
  });

  it("does not meet a saying of the week before", () => {
    const [a, b] = statements([
      ["a", "Japan's defence ministry said on Tuesday that North Korea is shipping artillery shells to Russia by rail.", "2024-03-06"],
      ["b", "Japan's defence ministry said last week that North Korea is shipping artillery shells to Russia.", "2024-03-21"],
    ]);
    expect(b).not.toBe(a);
  });
});

describe("a report telling no day of the saying", () => {
  it.each([
    ["a body's count, told days later", ["a", "The Nordic Sanctions Observatory counted 14,300 containers of munitions shipped from North Korea to Russia in a report released on Wednesday.", "2025-04-17"], ["b", "North Korea has shipped 14,300 containers of munitions to Russia, according to the Nordic Sanctions Observatory.", "2025-04-28"]],
    ["an agency's tonnage, reckoned again", ["a", "The Lithuanian customs service said on Friday that 2,450 tonnes of machine tools had crossed from China into Russia.", "2024-07-13"], ["b", "Lithuania's customs service reckons that 2,450 tonnes of machine tools went from China to Russia.", "2024-07-23"]],
    ["two reports, neither telling the day", ["a", "Iran has delivered 312 ballistic missiles to Russia, Ukraine's military intelligence said in a statement.", "2024-11-04"], ["b", "Ukraine's military intelligence puts the number of ballistic missiles Iran has delivered to Russia at 312.", "2024-11-15"]],
    // (A named body's finding with no figure, quoted again within about a month, is that finding: body-saying-retold-kinds.test.ts.)
    ["no figure, days later", ["a", "The Nordic Sanctions Observatory said North Korea shipped munitions to Russia.", "2025-04-17"], ["b", "North Korea has shipped munitions to Russia, according to the Nordic Sanctions Observatory.", "2025-04-28"]],
  ] as [string, Page, Page][])("%s: retells the statement of the very same figure, or of none", (_, first, later) => {
    const [a, b] = statements([first, later]);
    expect(b).toBe(a);
  });

  it.each([
    // (Weeks or months later, the very figure of one named body is its statement retold, retold-later.test.ts; beyond half a year it is not.)
    ["more than half a year later", ["a", "The Nordic Sanctions Observatory counted 14,300 containers of munitions shipped from North Korea to Russia.", "2025-04-17"], ["b", "North Korea has shipped 14,300 containers of munitions to Russia, according to the Nordic Sanctions Observatory.", "2025-11-28"]],
    ["another figure", ["a", "The Nordic Sanctions Observatory counted 14,300 containers of munitions shipped from North Korea to Russia.", "2025-04-17"], ["b", "North Korea has shipped 14,900 containers of munitions to Russia, according to the Nordic Sanctions Observatory.", "2025-04-28"]],
    ["no figure, two months later", ["a", "The Nordic Sanctions Observatory said North Korea shipped munitions to Russia.", "2025-04-17"], ["b", "North Korea has shipped munitions to Russia, according to the Nordic Sanctions Observatory.", "2025-06-20"]],
  ] as [string, Page, Page][])("%s: is another occasion", (_, first, later) => {
    const [a, b] = statements([first, later]);
    expect(b).not.toBe(a);
  });
});

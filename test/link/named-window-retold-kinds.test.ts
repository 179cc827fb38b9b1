// One origin's saying with no figure over a window it names ("before the end of the year", "between April and June"),
// quoted again by a later report some weeks on without its day: that one saying, one statement. No window, a running
// total, another window, another person, a placeholder, or a quote two months on stays apart. All reports below are
// our own.
import { describe, expect, it } from "vitest";
import { linkedAsOne, type RetoldCase } from "./helpers.js";

const link = (c: RetoldCase, o: { laterSource?: RetoldCase["laterSource"]; cumulative?: boolean } = {}) =>
  linkedAsOne(c, { outlets: ["Riverside Bulletin", "The Quarterly Ledger"], ...o });

const windowed: RetoldCase[] = [
  {
    first: "Prime minister Ilse Maren said on Monday that the first coastal missile batteries would reach Ukraine before the end of the year.",
    later: "Maren has said coastal missile batteries should be in Ukraine by New Year.",
    firstSource: { speaker: "Ilse Maren", org: null, country: "NOR" },
    laterSource: { speaker: "Maren", org: null, country: "NOR" },
    supplier: "NOR",
    item: "missiles-other",
    quantity: null,
    periods: [{ start: null, end: "2025-12" }, { start: null, end: "2025-12" }],
    days: ["2025-08-18", "2025-08-19", "2025-09-05"],
  },
  {
    first: "The Dutch defence ministry said on Thursday that mine-hunting ships would be handed to Ukraine between April and June.",
    later: "Mine-hunters are due in Ukraine from April to June, the Dutch defence ministry has said.",
    firstSource: { speaker: null, org: "Dutch Ministry of Defence", country: "NLD" },
    laterSource: { speaker: null, org: "Dutch Ministry of Defence", country: "NLD" },
    supplier: "NLD",
    item: "naval",
    quantity: null,
    periods: [{ start: "2026-04", end: "2026-06" }, { start: "2026-04", end: "2026-06" }],
    days: ["2026-01-15", "2026-01-15", "2026-02-06"],
  },
  {
    first: "Air force chief Tomas Rek said on Wednesday that transport helicopters had been sent to Ukraine in July and August.",
    later: "Rek has said helicopters went to Ukraine over July and August.",
    firstSource: { speaker: "Tomas Rek", org: "Czech Air Force", country: "CZE" },
    laterSource: { speaker: "Tomas Rek", org: null, country: null },
    supplier: "CZE",
    item: "aircraft",
    quantity: null,
    periods: [{ start: "2025-07", end: "2025-08" }, { start: "2025-07", end: "2025-08" }],
    days: ["2025-09-10", "2025-09-10", "2025-10-01"],
  },
];

describe("one origin's saying over a window it names, quoted again weeks later, is one statement", () => {
  it.each(windowed)("$later", (c) => expect(link(c)).toBe(true));
});

describe("others stay apart", () => {
  const c = windowed[2];
  it("no window named", () => expect(link({ ...c, periods: [null, null] })).toBe(false));
  it("a running total", () => expect(link(c, { cumulative: true })).toBe(false));
  it("another window", () => expect(link({ ...c, periods: [{ start: "2025-07", end: "2025-08" }, { start: "2025-09", end: "2025-10" }] })).toBe(false));
  it("another person", () => expect(link(c, { laterSource: { speaker: "Jana Holub", org: null, country: null } })).toBe(false));
  it("a placeholder", () =>
    expect(link({ ...windowed[1], firstSource: { speaker: null, org: "officials", country: null } }, { laterSource: { speaker: null, org: "officials", country: null } })).toBe(false));
  it("a quote two months on", () => expect(link({ ...c, days: ["2025-09-10", "2025-09-10", "2025-11-20"] })).toBe(false));
});

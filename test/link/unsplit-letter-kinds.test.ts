// A person's name may be spelt with a letter that bears its mark in its shape ("ł", "ø", "đ") by one report and
// without it by another ("l", "o", "d"): one person, whose figure both retell as one statement. All reports below are
// our own.
import { describe, expect, it } from "vitest";
import { exactly, linkedAsOne, type RetoldCase } from "./helpers.js";

const q = exactly;
const link = (c: RetoldCase, o: { laterSource?: RetoldCase["laterSource"]; quantity?: RetoldCase["quantity"] } = {}) =>
  linkedAsOne(c, { outlets: ["Northern Courier", "The Evening Ledger"], ...o });

const spelt: RetoldCase[] = [
  {
    first: "Twelve self-propelled guns left for Ukraine by rail this week, Deputy Minister Tomasz Wałek told reporters on Tuesday.",
    later: "Tomasz Walek, a deputy defence minister, said twelve self-propelled guns had gone to Ukraine by rail.",
    firstSource: { speaker: "Tomasz Wałek", org: null, country: null },
    laterSource: { speaker: "Tomasz Walek", org: null, country: null },
    supplier: "POL",
    item: "artillery-systems",
    quantity: q(12, "systems"),
    days: ["2025-03-04", "2025-03-04", "2025-03-06"],
  },
  {
    first: "Søren Halvorsen, who heads the arms agency, said 36 armoured vehicles were handed over on Friday.",
    later: "The armoured vehicles handed over numbered 36, according to agency head Soren Halvorsen.",
    firstSource: { speaker: "Søren Halvorsen", org: null, country: null },
    laterSource: { speaker: "Soren Halvorsen", org: null, country: null },
    supplier: "DNK",
    item: "armoured-vehicles",
    quantity: q(36, "vehicles"),
    days: ["2025-05-16", "2025-05-16", "2025-05-19"],
  },
  {
    first: "Minister Đuro Perić said on Monday that 4,000 mortar rounds had been shipped to Ukraine.",
    later: "Some 4,000 mortar rounds have been shipped, minister Duro Peric said.",
    firstSource: { speaker: "Đuro Perić", org: null, country: null },
    laterSource: { speaker: "Duro Peric", org: null, country: null },
    supplier: "HRV",
    item: "artillery-ammunition",
    quantity: q(4000, "rounds"),
    days: ["2025-07-07", "2025-07-07", "2025-07-08"],
  },
];

describe("one name spelt with and without a letter's mark is one speaker", () => {
  it.each(spelt)("$later", (c) => expect(link(c)).toBe(true));
});

describe("others stay apart", () => {
  const c = spelt[0];
  it("another given name", () => expect(link(c, { laterSource: { speaker: "Marek Walek", org: null, country: null } })).toBe(false));
  it("another figure", () => expect(link(c, { quantity: q(18, "systems") })).toBe(false));
});

// A report credits another outlet's own finding ("the Evening Times revealed ...") with a figure over a window it
// names, and a later report, weeks or months on, credits that outlet again with the very figure over that window: one
// press report retold, one statement. Without a named window (a running total, or none), with another figure, another
// outlet, or the later report's own voice, they stay apart: an outlet may give a count again in a new report. All
// reports below are our own.
import { describe, expect, it } from "vitest";
import { exactly, linkedAsOne, type RetoldCase } from "./helpers.js";

const q = exactly;
const link = (c: RetoldCase, o: { laterSource?: RetoldCase["laterSource"]; quantity?: RetoldCase["quantity"]; cumulative?: boolean } = {}) =>
  linkedAsOne(c, { outlets: ["Riverside Bulletin", "The Quarterly Ledger"], ...o });

const pressRetold: RetoldCase[] = [
  {
    first: "Twelve attack drones were flown to Ukraine between March and May, the Daily Meridian reported, citing flight logs it had obtained.",
    later: "Weeks ago the Daily Meridian found that a dozen attack drones reached Ukraine from March to May.",
    firstSource: { speaker: null, org: "The Daily Meridian", country: null },
    laterSource: { speaker: null, org: "Daily Meridian", country: null },
    supplier: "POL",
    item: "drones",
    quantity: q(12, "drones"),
    periods: [{ start: "2025-03", end: "2025-05" }, { start: "2025-03", end: "2025-05" }],
    days: ["2025-06-02", "2025-06-03", "2025-07-20"],
  },
  {
    first: "Forty howitzers were sent to Ukraine in the first quarter, the Evening Times revealed on Tuesday from customs papers.",
    later: "As the Evening Times showed in spring, 40 howitzers crossed to Ukraine between January and March.",
    firstSource: { speaker: null, org: "Evening Times", country: null },
    laterSource: { speaker: null, org: "the Evening Times", country: null },
    supplier: "CZE",
    item: "artillery-systems",
    quantity: q(40, "systems"),
    periods: [{ start: "2025-01", end: "2025-03" }, { start: "2025-01", end: "2025-03" }],
    days: ["2025-04-08", "2025-04-08", "2025-06-01"],
  },
  {
    first: "The Harbour Post says 300 anti-tank missiles went to Ukraine during 2024, according to shipping manifests it reviewed.",
    later: "Shipping manifests seen by the Harbour Post last winter put the anti-tank missiles sent to Ukraine in 2024 at 300.",
    firstSource: { speaker: null, org: "Harbour Post", country: null },
    laterSource: { speaker: null, org: "The Harbour Post", country: null },
    supplier: "NOR",
    item: "missiles-other",
    quantity: q(300, "missiles"),
    periods: [{ start: "2024", end: "2024" }, { start: "2024", end: "2024" }],
    days: ["2025-01-20", "2025-01-21", "2025-04-02"],
  },
];

describe("another outlet's finding, its very figure over the window it names, retold weeks later is one statement", () => {
  it.each(pressRetold)("$later", (c) => expect(link(c)).toBe(true));
});

describe("others stay apart", () => {
  const c = pressRetold[1];
  it("no window named", () => expect(link({ ...c, periods: [null, null] })).toBe(false));
  it("a running total", () => expect(link(c, { cumulative: true })).toBe(false));
  it("another figure", () => expect(link(c, { quantity: q(55, "systems") })).toBe(false));
  it("another outlet credited", () => expect(link(c, { laterSource: { speaker: null, org: "Morning Herald", country: null } })).toBe(false));
  it("the later report's own voice", () => expect(link(c, { laterSource: { speaker: null, org: "The Quarterly Ledger", country: null } })).toBe(false));
  it("another window", () => expect(link({ ...c, periods: [{ start: "2025-01", end: "2025-03" }, { start: "2025-04", end: "2025-06" }] })).toBe(false));
});

// One person's very figure, too small to count as retold months on ("two launchers", "six jets"), quoted again by a
// later report some weeks after the saying, with no day told: that one saying, one statement. Another person, another
// figure, a body rather than a person, or a quote two months on, stays apart. All reports below are our own.
import { describe, expect, it } from "vitest";
import { exactly, linkedAsOne, type RetoldCase } from "./helpers.js";

const q = exactly;
const link = (c: RetoldCase, o: { laterSource?: RetoldCase["laterSource"]; quantity?: RetoldCase["quantity"] } = {}) =>
  linkedAsOne(c, { outlets: ["Riverside Bulletin", "The Quarterly Ledger"], ...o });

const smallFigures: RetoldCase[] = [
  {
    first: "Defence minister Arvid Holt said on Monday that two air defence launchers would go to Ukraine in the new package.",
    later: "Holt says the package holds two air defence launchers.",
    firstSource: { speaker: "Arvid Holt", org: "Danish Ministry of Defence", country: "DNK" },
    laterSource: { speaker: "Holt", org: null, country: null },
    supplier: "DNK",
    item: "air-defence-systems",
    quantity: q(2, "systems"),
    days: ["2025-05-05", "2025-05-06", "2025-05-27"],
  },
  {
    first: "Six jets will be handed over to Ukraine by the summer, minister Petra Lindqvist told parliament on Tuesday.",
    later: "Petra Lindqvist has promised Kyiv six jets by summer.",
    firstSource: { speaker: "Petra Lindqvist", org: null, country: "SWE" },
    laterSource: { speaker: "Petra Lindqvist", org: "Swedish government", country: "SWE" },
    supplier: "SWE",
    item: "aircraft",
    quantity: q(6, "aircraft"),
    days: ["2025-02-11", "2025-02-11", "2025-03-08"],
  },
  {
    first: "Four mine-clearing vehicles have reached Ukraine, Colonel Marek Novak told reporters on Friday.",
    later: "Four mine-clearing vehicles are already with Ukrainian units, according to Col. Novak.",
    firstSource: { speaker: "Marek Novak", org: "Czech Army", country: "CZE" },
    laterSource: { speaker: "Novak", org: "Czech Army", country: "CZE" },
    supplier: "CZE",
    item: "armoured-vehicles",
    quantity: q(4, "vehicles"),
    days: ["2025-10-03", "2025-10-04", "2025-10-24"],
  },
];

describe("one person's small figure quoted again some weeks later is one statement", () => {
  it.each(smallFigures)("$later", (c) => expect(link(c)).toBe(true));
});

describe("others stay apart", () => {
  const c = smallFigures[0];
  it("another person", () => expect(link(c, { laterSource: { speaker: "Karen Vestergaard", org: null, country: null } })).toBe(false));
  it("another figure", () => expect(link(c, { quantity: q(3, "systems") })).toBe(false));
  it("a body, not a person", () =>
    expect(link({ ...c, firstSource: { speaker: null, org: "Danish Ministry of Defence", country: "DNK" } }, { laterSource: { speaker: null, org: "Danish Ministry of Defence", country: "DNK" } })).toBe(false));
  it("a quote two months on", () => expect(link({ ...c, days: ["2025-05-05", "2025-05-06", "2025-07-10"] })).toBe(false));
});

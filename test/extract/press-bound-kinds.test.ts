// A report may give in its own voice a bound another report credits to a named origin ("more than 1.2 million tonnes
// between April and September 2023"), over the very span of months both tell by its ends. However round the bound,
// the span is the origin's own cut of the record: the report retells that origin's figure, one statement. All
// reports below are our own.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { linkedAsOneOfTwo } from "../link/support/two-reports.js";

const atLeast = (min: number, unit: string) => ({ value: null, min, max: null, unit, approx: false }) as NonNullable<Claim["quantity"]>;
const upTo = (max: number, unit: string) => ({ value: null, min: null, max, unit, approx: false }) as NonNullable<Claim["quantity"]>;

interface Case {
  credited: string;
  retold: string;
  origin: Claim["source"];
  supplier: string;
  recipient: string;
  item: Claim["item"];
  figures: [NonNullable<Claim["quantity"]>, NonNullable<Claim["quantity"]>];
  periods: [Claim["period"], Claim["period"]];
  days: [string, string];
}

const link = (c: Case) => {
  const base = { kind: "transfer" as const, supplier: c.supplier, recipient: c.recipient, item: c.item, certainty: "asserted" as const, cumulative: false };
  return linkedAsOneOfTwo(
    { ...base, outlet: "Harbour Wire", published: c.days[0], quantity: c.figures[0], period: c.periods[0], source: c.origin, evidence: c.credited },
    { ...base, outlet: "The Quarterly Ledger", published: c.days[1], quantity: c.figures[1], period: c.periods[1], source: { speaker: null, org: "The Quarterly Ledger", country: null }, evidence: c.retold },
  );
};

const cases: Case[] = [
  {
    credited: "The Lantern Sanctions Panel says more than a million barrels of diesel went from Ruritania to Borduria between April and September 2023.",
    retold: "Over one million barrels of Ruritanian diesel reached Borduria from April to September 2023, far above any quota.",
    origin: { speaker: null, org: "Lantern Sanctions Panel", country: null },
    supplier: "RUS",
    recipient: "PRK",
    item: "oil-fuel",
    figures: [atLeast(1_000_000, "barrels"), atLeast(1_000_000, "barrels")],
    periods: [{ start: "2023-04", end: "2023-09" }, { start: "2023-04", end: "2023-09" }],
    days: ["2024-02-01", "2024-02-19"],
  },
  {
    credited: "At least 20,000 tonnes of grain left the port for the south from February to June 2024, the harbour authority's audit found.",
    retold: "From February through June 2024 no fewer than 20,000 tonnes of grain were shipped south.",
    origin: { speaker: null, org: "Ostmark Harbour Authority", country: "DEU" },
    supplier: "DEU",
    recipient: "POL",
    item: "food",
    figures: [atLeast(20_000, "tonnes"), atLeast(20_000, "tonnes")],
    periods: [{ start: "2024-02", end: "2024-06" }, { start: "2024-02", end: "2024-06" }],
    days: ["2024-08-05", "2024-09-30"],
  },
  {
    credited: "Up to 3,000 rockets crossed the border between May and November 2022, the monitors' second report estimates.",
    retold: "As many as 3,000 rockets are thought to have crossed between May and November 2022.",
    origin: { speaker: null, org: "Western Border Monitoring Mission", country: null },
    supplier: "IRN",
    recipient: "RUS",
    item: "missiles-other",
    figures: [upTo(3000, "missiles"), upTo(3000, "missiles")],
    periods: [{ start: "2022-05", end: "2022-11" }, { start: "2022-05", end: "2022-11" }],
    days: ["2023-01-10", "2023-03-02"],
  },
];

describe("the press retelling a named origin's bound over the span of months it chose is that origin's statement", () => {
  it.each(cases)("$retold", (c) => expect(link(c)).toBe(true));
});

describe("other tellings stay apart", () => {
  it("another bound", () => expect(link({ ...cases[0], figures: [atLeast(1_000_000, "barrels"), atLeast(900_000, "barrels")] })).toBe(false));
  it("the bound on the other side", () => expect(link({ ...cases[2], figures: [upTo(3000, "missiles"), atLeast(3000, "missiles")] })).toBe(false));
  it("a calendar year", () => expect(link({ ...cases[1], periods: [{ start: "2024", end: "2024" }, { start: "2024", end: "2024" }] })).toBe(false));
  it("one month", () => expect(link({ ...cases[1], periods: [{ start: "2024-02", end: "2024-02" }, { start: "2024-02", end: "2024-02" }] })).toBe(false));
  it("another span", () => expect(link({ ...cases[0], periods: [cases[0].periods[0], { start: "2023-04", end: "2023-10" }] })).toBe(false));
  it("a span the retelling leaves out", () => expect(link({ ...cases[0], periods: [cases[0].periods[0], null] })).toBe(false));
});

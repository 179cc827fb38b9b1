// A report that retells an origin's figure without telling the day of the saying may give that day as the transfer's
// time ("on 4 March the minister had put the drones at ..."): a one-day window well before the report. Against the
// same origin's very figure over its own window, told in another report weeks after that day (so the day is no
// occasion of it), it names no window of the transfer, so the two are one statement.
// A window near the report's own days, a month, or a running total is the transfer's time and still counts. All
// reports below are our own.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { linkClaims } from "../../src/link/link-claims.js";
import { exactly, meta, toClaim } from "./helpers.js";

interface Told {
  text: string;
  source: Claim["source"];
  period: Claim["period"];
  published: string;
  cumulative?: boolean;
}

interface Case {
  first: Told;
  later: Told;
  supplier: string;
  recipient: string;
  item: Claim["item"];
  quantity: NonNullable<Claim["quantity"]>;
}

let n = 0;
function linked(c: Case, later: Partial<Told> = {}): boolean {
  const l = { ...c.later, ...later };
  const docs = new Map([
    ["a", meta({ id: "a", outlet: "Harbourside Courier", published: c.first.published })],
    ["b", meta({ id: "b", outlet: "The Long Read Quarterly", published: l.published })],
  ]);
  const base = { kind: "transfer" as const, supplier: c.supplier, recipient: c.recipient, item: c.item, quantity: c.quantity, certainty: "asserted" as const };
  const a = toClaim({ ...base, doc: "a", evidence: c.first.text, source: c.first.source, period: c.first.period, cumulative: c.first.cumulative }, n++);
  const b = toClaim({ ...base, doc: "b", evidence: l.text, source: l.source, period: l.period, cumulative: l.cumulative }, n++);
  const out = linkClaims([a, b], docs), back = linkClaims([b, a], docs);
  expect(back.get(a.id) === back.get(b.id)).toBe(out.get(a.id) === out.get(b.id));
  return out.get(a.id) === out.get(b.id);
}

const venn = { speaker: "Oskar Venn", org: "Finnish Ministry of Defence", country: "FIN" };
const cases: Case[] = [
  {
    first: { text: "Minister Oskar Venn said the 5,600 drones had crossed over the winter.", source: venn, period: { start: "2024-12", end: "2025-02" }, published: "2025-04-28" },
    later: { text: "On 4 March Oskar Venn had put the drones sent over the winter at 5,600.", source: { speaker: "Venn", org: null, country: null }, period: { start: "2025-03-04", end: "2025-03-04" }, published: "2025-09-20" },
    supplier: "FIN",
    recipient: "UKR",
    item: "drones",
    quantity: exactly(5600, "drones"),
  },
  {
    first: { text: "The Norwegian defence ministry counted 12,800 shells shipped in June.", source: { speaker: null, org: "Norwegian Ministry of Defence", country: "NOR" }, period: { start: "2025-06", end: "2025-06" }, published: "2025-08-20" },
    later: { text: "The 12,800 shells were the figure the Norwegian defence ministry gave out on 7 July.", source: { speaker: null, org: "Norwegian Ministry of Defence", country: "NOR" }, period: { start: "2025-07-07", end: "2025-07-07" }, published: "2025-10-01" },
    supplier: "NOR",
    recipient: "UKR",
    item: "artillery-ammunition",
    quantity: exactly(12800, "rounds"),
  },
  {
    first: { text: "A year's worth of diesel, 310,000 barrels, left in April, envoy Ilse Marrow told the committee.", source: { speaker: "Ilse Marrow", org: "Dutch Ministry of Foreign Affairs", country: "NLD" }, period: { start: "2025-04", end: "2025-04" }, published: "2025-06-30" },
    later: { text: "Nearly a year ago Ilse Marrow told lawmakers of 310,000 barrels of diesel sent.", source: { speaker: "Ilse Marrow", org: null, country: "NLD" }, period: { start: "2025-05-13", end: "2025-05-13" }, published: "2026-05-02" },
    supplier: "NLD",
    recipient: "UKR",
    item: "oil-fuel",
    quantity: exactly(310_000, "barrels"),
  },
];

describe("a one-day window that may be the saying's day, against the same origin's very figure, is one statement", () => {
  it.each(cases)("$later.text", (c) => expect(linked(c)).toBe(true));
});

describe("a window that is the transfer's time still counts", () => {
  it("a day near the report's own days", () => expect(linked(cases[1], { period: { start: "2025-09-25", end: "2025-09-25" } })).toBe(false));
  it("a month", () => expect(linked(cases[1], { period: { start: "2025-03", end: "2025-03" } })).toBe(false));
  it("a running total to that day", () => expect(linked(cases[1], { period: { start: null, end: "2025-07-07" }, cumulative: true })).toBe(false));
  it("another origin", () => expect(linked(cases[1], { source: { speaker: null, org: "Danish Ministry of Defence", country: "DNK" } })).toBe(false));
});

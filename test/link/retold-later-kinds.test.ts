// A named origin's very figure is quoted long after it was said: a person's figure a year or more on ("in spring
// last year the then minister put the count at ..."), and a body's figure a month or two on with its window told
// coarser ("in March" for "on 4 March"). Each is one statement; another person, another figure, or another window
// stays apart. All reports below are our own.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { nestedWindow } from "../../src/link/link-claims.js";
import { exactly, linkedAsOne, toClaim, type RetoldCase } from "./helpers.js";

const q = exactly;
type Case = RetoldCase;
const link = (c: Case, laterSource?: Claim["source"], quantity?: Claim["quantity"]) => linkedAsOne(c, { outlets: ["Harbourside Courier", "The Long Read Quarterly"], laterSource, quantity });

const personYearsOn: Case[] = [
  {
    first: "Some 4,200 containers of munitions have crossed the border since the summer, Defence Minister Tarja Kivelä told parliament on Tuesday.",
    later: "Back then Finland's defence minister, Tarja Kivelä, reckoned some 4,200 containers of munitions had crossed the border.",
    firstSource: { speaker: "Tarja Kivelä", org: "Finnish Ministry of Defence", country: "FIN" },
    laterSource: { speaker: "Tarja Kivelä", org: "Finnish Ministry of Defence", country: "FIN" },
    supplier: "FIN",
    item: "ammunition",
    quantity: q(4200, "containers"),
    days: ["2024-03-12", "2024-03-13", "2025-05-02"],
  },
  {
    first: "We have handed over 64 armoured vehicles, Minister Lukas Brandl said at a press conference on Friday.",
    later: "Brandl, then in charge of defence, spoke of 64 armoured vehicles handed over.",
    firstSource: { speaker: "Lukas Brandl", org: "Austrian Ministry of Defence", country: "AUT" },
    laterSource: { speaker: "Brandl", org: null, country: null },
    supplier: "AUT",
    item: "armoured-vehicles",
    quantity: q(64, "vehicles"),
    days: ["2023-11-17", "2023-11-18", "2025-02-20"],
  },
  {
    first: "Envoy Mirela Dobre said on Monday that 1,900 drones had been shipped so far.",
    later: "Romania's envoy Mirela Dobre once put the drones shipped at 1,900, a figure still quoted today.",
    firstSource: { speaker: "Mirela Dobre", org: "Romanian Ministry of Foreign Affairs", country: "ROU" },
    laterSource: { speaker: "Mirela Dobre", org: null, country: "ROU" },
    supplier: "ROU",
    item: "drones",
    quantity: q(1900, "drones"),
    days: ["2024-01-08", "2024-01-09", "2025-06-30"],
  },
];

const coarserWindow: Case[] = [
  {
    first: "The Norwegian defence ministry said on Tuesday that it had sent 24,000 shells to Ukraine on 4 March.",
    later: "In March the Norwegian defence ministry shipped 24,000 shells to Ukraine.",
    firstSource: { speaker: null, org: "Norwegian Ministry of Defence", country: "NOR" },
    laterSource: { speaker: null, org: "Norwegian Ministry of Defence", country: "NOR" },
    supplier: "NOR",
    item: "artillery-ammunition",
    quantity: q(24000, "rounds"),
    periods: [{ start: "2025-03-04", end: null }, { start: "2025-03", end: null }],
    days: ["2025-03-11", "2025-03-12", "2025-05-20"],
  },
  {
    first: "A package of $310 million approved on 14 October was announced by the Dutch defence ministry.",
    later: "The Dutch defence ministry's October package was worth $310 million.",
    firstSource: { speaker: null, org: "Dutch Ministry of Defence", country: "NLD" },
    laterSource: { speaker: null, org: "Dutch Ministry of Defence", country: "NLD" },
    supplier: "NLD",
    item: "weapons-unspecified",
    quantity: q(310_000_000, "usd"),
    periods: [{ start: "2024-10-14", end: null }, { start: "2024-10", end: null }],
    days: ["2024-10-14", "2024-10-15", "2024-12-02"],
  },
  {
    first: "Between 3 and 28 February, 75 howitzers went to Ukraine, the Polish armament agency said.",
    later: "The Polish armament agency counted 75 howitzers sent in February.",
    firstSource: { speaker: null, org: "Polish Armament Agency", country: "POL" },
    laterSource: { speaker: null, org: "Polish Armament Agency", country: "POL" },
    supplier: "POL",
    item: "artillery-systems",
    quantity: q(75, "systems"),
    periods: [{ start: "2025-02-03", end: "2025-02-28" }, { start: "2025-02", end: "2025-02" }],
    days: ["2025-03-03", "2025-03-04", "2025-04-25"],
  },
];

describe("a person's very figure quoted a year or more later is one statement", () => {
  it.each(personYearsOn)("$later", (c) => expect(link(c)).toBe(true));
});

describe("a body's figure retold weeks later, its window told coarser, is one statement", () => {
  it.each(coarserWindow)("$later", (c) => expect(link(c)).toBe(true));
});

describe("others stay apart", () => {
  const c = personYearsOn[0];
  it("another person", () => expect(link(c, { speaker: "Eero Salmi", org: "Finnish Ministry of Defence", country: "FIN" })).toBe(false));
  it("another figure", () => expect(link(c, c.laterSource, q(5100, "containers"))).toBe(false));
  it("the same person's figure more than two years later", () => expect(link({ ...c, days: ["2024-03-12", "2024-03-13", "2026-06-01"] })).toBe(false));
  it("a body's figure a year later", () => expect(link({ ...c, firstSource: { speaker: null, org: "Finnish Ministry of Defence", country: "FIN" }, laterSource: { speaker: null, org: "Finnish Ministry of Defence", country: "FIN" } })).toBe(false));
  it("another month", () => expect(link({ ...coarserWindow[0], periods: [{ start: "2025-03-04", end: null }, { start: "2025-04", end: null }] })).toBe(false));
});

describe("nestedWindow", () => {
  let n = 0;
  const w = (start: string | null, end: string | null, cumulative = false) =>
    toClaim({ doc: "x", kind: "transfer", supplier: "NOR", recipient: "UKR", item: "artillery-ammunition", quantity: null, period: { start, end }, certainty: "asserted", source: { speaker: null, org: null, country: null }, evidence: "", cumulative }, n++);
  it("a day within its month", () => expect(nestedWindow(w("2025-01-09", null), w("2025-01", null))).toBe(true));
  it("not a day of another month", () => expect(nestedWindow(w("2025-01-09", null), w("2025-02", null))).toBe(false));
  it("not a running total against a window", () => expect(nestedWindow(w("2025-01", null, true), w("2025-01", null))).toBe(false));
  it("not a year's prefix digits ('2025-1' is no month)", () => expect(nestedWindow(w("2025-10", null), w("2025-1", null))).toBe(false));
});

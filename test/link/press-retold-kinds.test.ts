// A report may give in its own voice, or credit only to "reports" or another outlet, a precise figure another report
// credits to a named origin (a minister, a body, an envoy), for the same parties and thing over the same window, weeks
// or months later. It retells that origin's figure: one statement. All reports below are our own.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { preciseFigure } from "../../src/link/press-retold.js";
import { linkedAsOneOfTwo } from "./support/two-reports.js";

const q = (value: number, unit: string) => ({ value, min: null, max: null, unit, approx: false }) as NonNullable<Claim["quantity"]>;

interface Case {
  credited: string;
  retold: string;
  origin: Claim["source"];
  /** The retelling's source: null for the outlet's own voice. */
  teller: Claim["source"] | null;
  supplier: string;
  recipient: string;
  item: Claim["item"];
  figures: [NonNullable<Claim["quantity"]>, NonNullable<Claim["quantity"]>];
  periods: [Claim["period"], Claim["period"]];
  cumulative: boolean;
  days: [string, string];
}

const link = (c: Case) => {
  const base = { kind: "transfer" as const, supplier: c.supplier, recipient: c.recipient, item: c.item, certainty: "asserted" as const, cumulative: c.cumulative };
  const teller = c.teller ?? { speaker: null, org: "The Quarterly Ledger", country: null };
  return linkedAsOneOfTwo(
    { ...base, outlet: "Harbour Wire", published: c.days[0], quantity: c.figures[0], period: c.periods[0], source: c.origin, evidence: c.credited },
    { ...base, outlet: "The Quarterly Ledger", published: c.days[1], quantity: c.figures[1], period: c.periods[1], source: teller, evidence: c.retold },
  );
};

const cases: Case[] = [
  {
    credited: "Spain will deliver 36 Leopard tanks to Ukraine in the course of 2025, Defence Minister Ana Ruiz announced on Tuesday.",
    retold: "Madrid's 36 Leopards promised for this year have still not left their depots.",
    origin: { speaker: "Ana Ruiz", org: "Spanish Ministry of Defence", country: "ESP" },
    teller: null,
    supplier: "ESP",
    recipient: "UKR",
    item: "armoured-vehicles",
    figures: [q(36, "vehicles"), q(36, "vehicles")],
    periods: [{ start: "2025", end: "2025" }, { start: "2025", end: "2025" }],
    cumulative: false,
    days: ["2025-01-14", "2025-04-22"],
  },
  {
    credited: "Belarus has taken in 1,260 Iranian attack drones since March 2022, the Caspian Research Institute found.",
    retold: "Some 1,260 drones from Iran have reached Belarus since March 2022, according to reports.",
    origin: { speaker: null, org: "Caspian Research Institute", country: null },
    teller: { speaker: null, org: "reports", country: null },
    supplier: "IRN",
    recipient: "BLR",
    item: "drones",
    figures: [q(1260, "drones"), q(1260, "drones")],
    periods: [{ start: "2022-03", end: "2024-09-02" }, { start: "2022-03", end: "2024-11-18" }],
    cumulative: true,
    days: ["2024-09-02", "2024-11-18"],
  },
  {
    credited: "The junta has bought $238 million of arms abroad since 2021, UN envoy Maria Lindqvist told the council.",
    retold: "Weapons worth $238 million have reached the generals since 2021, the Baltic Times reported.",
    origin: { speaker: "Maria Lindqvist", org: "United Nations", country: null },
    teller: { speaker: null, org: "Baltic Times", country: null },
    supplier: "RUS",
    recipient: "MMR",
    item: "weapons-unspecified",
    figures: [q(238_000_000, "usd"), q(238_000_000, "usd")],
    periods: [{ start: "2021", end: "2025-02-10" }, { start: "2021", end: "2025-06-30" }],
    cumulative: true,
    days: ["2025-02-10", "2025-06-30"],
  },
];

describe("the press retelling a named origin's precise figure over one window, months on, is that origin's statement", () => {
  it.each(cases)("$retold", (c) => expect(link(c)).toBe(true));
});

describe("other tellings stay apart", () => {
  it("a round figure", () => expect(link({ ...cases[0], figures: [q(40, "vehicles"), q(40, "vehicles")] })).toBe(false));
  it("another figure", () => expect(link({ ...cases[1], figures: [q(1260, "drones"), q(1140, "drones")] })).toBe(false));
  it("no window in the retelling", () => expect(link({ ...cases[0], periods: [cases[0].periods[0], null] })).toBe(false));
  it("another window", () => expect(link({ ...cases[2], periods: [cases[2].periods[0], { start: "2023", end: "2025-06-30" }] })).toBe(false));
  it("two outlets, neither a named origin", () => expect(link({ ...cases[2], origin: { speaker: null, org: "Harbour Wire", country: null } })).toBe(false));
  it("further apart than a figure is retold", () => expect(link({ ...cases[1], days: ["2024-09-02", "2025-06-30"], periods: [cases[1].periods[0], { start: "2022-03", end: "2025-06-30" }] })).toBe(false));
});

describe("a precise figure", () => {
  it.each([78, 1260, 406_000_000, 4_800_000, 1.16e9])("%d is precise", (x) => expect(preciseFigure(x)).toBe(true));
  it.each([9, 40, 10_000, 500_000_000, 1_500_000, 25])("%d is round", (x) => expect(preciseFigure(x)).toBe(false));
});

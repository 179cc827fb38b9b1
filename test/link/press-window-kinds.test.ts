// A named origin may give a precise figure with no window ("2,340 drones have gone to X, the minister said") and a
// report weeks later retell it in its own voice, placing it in a window of its own ("2,340 drones since March"): the
// press retelling that origin's figure, one statement. All reports below are our own.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { linkedAsOneOfTwo } from "./support/two-reports.js";

const q = (value: number, unit: string) => ({ value, min: null, max: null, unit, approx: false }) as NonNullable<Claim["quantity"]>;

interface Case {
  credited: string;
  retold: string;
  origin: Claim["source"];
  supplier: string;
  recipient: string;
  item: Claim["item"];
  figure: NonNullable<Claim["quantity"]>;
  /** The window the retelling names; the origin names none. */
  window: NonNullable<Claim["period"]>;
  cumulative: boolean;
  days: [string, string];
}

const link = (c: Case, originWindow: Claim["period"] = null, retoldWindow: Claim["period"] = c.window) => {
  const base = { kind: "transfer" as const, supplier: c.supplier, recipient: c.recipient, item: c.item, certainty: "asserted" as const, quantity: c.figure };
  return linkedAsOneOfTwo(
    { ...base, outlet: "Harbour Wire", published: c.days[0], period: originWindow, cumulative: false, source: c.origin, evidence: c.credited },
    { ...base, outlet: "The Quarterly Ledger", published: c.days[1], period: retoldWindow, cumulative: c.cumulative, source: { speaker: null, org: "The Quarterly Ledger", country: null }, evidence: c.retold },
  );
};

const cases: Case[] = [
  {
    credited: "Norway has handed Ukraine 1,740,000 rounds of artillery ammunition, Defence Minister Tomas Berg told parliament.",
    retold: "Since February, 1.74 million Norwegian shells have reached Ukrainian batteries, by the ledger's count.",
    origin: { speaker: "Tomas Berg", org: "Norwegian Ministry of Defence", country: "NOR" },
    supplier: "NOR",
    recipient: "UKR",
    item: "artillery-ammunition",
    figure: q(1_740_000, "rounds"),
    window: { start: "2025-02", end: "2025-05-02" },
    cumulative: true,
    days: ["2025-03-20", "2025-05-02"],
  },
  {
    credited: "Some 2,340 attack drones have gone from Iran to Russia, the Caspian Research Institute wrote in its note.",
    retold: "The 2,340 Iranian drones shipped to Russia in 2024 are set out in a chart below.",
    origin: { speaker: null, org: "Caspian Research Institute", country: null },
    supplier: "IRN",
    recipient: "RUS",
    item: "drones",
    figure: q(2340, "drones"),
    window: { start: "2024", end: "2024" },
    cumulative: false,
    days: ["2025-01-20", "2025-02-11"],
  },
  {
    credited: "Madrid will pay $640 million for the Korean howitzers, its defence secretary said at the signing.",
    retold: "Spain's $640 million howitzer deal of March is now in doubt, the Ledger has learned.",
    origin: { speaker: "Elena Marin", org: "Spanish Ministry of Defence", country: "ESP" },
    supplier: "KOR",
    recipient: "ESP",
    item: "artillery-systems",
    figure: q(640_000_000, "usd"),
    window: { start: "2025-03", end: "2025-03" },
    cumulative: false,
    days: ["2025-03-19", "2025-04-08"],
  },
];

describe("the press placing a named origin's precise figure, told with no window, in a window of its own retells that figure", () => {
  it.each(cases)("$retold", (c) => expect(link(c)).toBe(true));
});

describe("other tellings stay apart", () => {
  it("the retelling names no window, the origin one", () => expect(link(cases[0], cases[0].window, null)).toBe(false));
  it("the two name other windows", () => expect(link(cases[1], { start: "2022", end: "2022" })).toBe(false));
  it("a round figure", () => expect(link({ ...cases[2], figure: q(600_000_000, "usd") })).toBe(false));
});

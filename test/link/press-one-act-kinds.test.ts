// Two reports may each tell in their own voice, crediting no one, one act dated to its day: the later one, weeks or
// months on, retells what the first told. One statement, where the figure is the very same or neither gives one. All
// reports below are our own.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { linkedAsOneOfTwo } from "./support/two-reports.js";

const q = (value: number, unit: string) => ({ value, min: null, max: null, unit, approx: false }) as NonNullable<Claim["quantity"]>;
const own = (org: string) => ({ speaker: null, org, country: null });

interface Case {
  first: string;
  later: string;
  supplier: string;
  recipient: string;
  item: Claim["item"];
  figures: [Claim["quantity"], Claim["quantity"]];
  periods: [Claim["period"], Claim["period"]];
  certainties: [Claim["certainty"], Claim["certainty"]];
  days: [string, string];
}

const link = (c: Case, outlets: [string, string] = ["Lagoon Evening Star", "The Ridgeway Quarterly"], sources?: [Claim["source"], Claim["source"]]) => {
  const base = { kind: "transfer" as const, supplier: c.supplier, recipient: c.recipient, item: c.item, cumulative: false };
  const [sa, sb] = sources ?? [own(outlets[0]), own(outlets[1])];
  return linkedAsOneOfTwo(
    { ...base, outlet: outlets[0], published: c.days[0], quantity: c.figures[0], period: c.periods[0], certainty: c.certainties[0], source: sa, evidence: c.first },
    { ...base, outlet: outlets[1], published: c.days[1], quantity: c.figures[1], period: c.periods[1], certainty: c.certainties[1], source: sb, evidence: c.later },
  );
};

const cases: Case[] = [
  {
    first: "Chile on Thursday took delivery of the first air-defence batteries built in Spain.",
    later: "The air-defence batteries Spain handed over on 11 April now guard the northern ports.",
    supplier: "ESP",
    recipient: "CHL",
    item: "air-defence-systems",
    figures: [null, null],
    periods: [{ start: "2024-04-11", end: "2024-04-11" }, { start: "2024-04-11", end: "2024-04-11" }],
    certainties: ["asserted", "asserted"],
    days: ["2024-04-12", "2024-05-20"],
  },
  {
    first: "In March the Moroccan navy signed for 14 Turkish patrol drones.",
    later: "Rabat ordered 14 patrol drones from Turkey on 6 March, a deal now in its first deliveries.",
    supplier: "TUR",
    recipient: "MAR",
    item: "drones",
    figures: [q(14, "drones"), q(14, "drones")],
    periods: [{ start: "2023-03", end: "2023-03" }, { start: "2023-03-06", end: "2023-03-06" }],
    certainties: ["possible", "possible"],
    days: ["2023-06-02", "2023-09-14"],
  },
  {
    first: "Kenya will receive the two transport aircraft Italy agreed on 2 February to sell it.",
    later: "Nairobi's purchase of two Italian transport planes, agreed on 2 February, went through parliament this week.",
    supplier: "ITA",
    recipient: "KEN",
    item: "aircraft",
    figures: [q(2, "aircraft"), q(2, "aircraft")],
    periods: [{ start: "2025-02-02", end: "2025-02-02" }, { start: "2025-02-02", end: "2025-02-02" }],
    certainties: ["possible", "asserted"],
    days: ["2025-02-20", "2025-03-25"],
  },
];

describe("two reports telling one dated act in their own voice, one of them well after it, are one statement", () => {
  it.each(cases)("$later", (c) => expect(link(c)).toBe(true));
});

describe("other tellings stay apart", () => {
  it("another figure", () => expect(link({ ...cases[1], figures: [q(14, "drones"), q(12, "drones")] })).toBe(false));
  it("a figure in one only", () => expect(link({ ...cases[2], figures: [q(2, "aircraft"), null] })).toBe(false));
  it("another day", () => expect(link({ ...cases[0], periods: [cases[0].periods[0], { start: "2024-04-18", end: "2024-04-18" }] })).toBe(false));
  it("a month each, no day", () => expect(link({ ...cases[1], periods: [{ start: "2023-03", end: "2023-03" }, { start: "2023-03", end: "2023-03" }] })).toBe(false));
  it("a denial against an affirmation", () => expect(link({ ...cases[0], certainties: ["asserted", "denied"] })).toBe(false));
  it("two reports of the act's own days", () => expect(link({ ...cases[0], days: ["2024-04-12", "2024-04-13"] })).toBe(false));
  it("a report crediting another origin", () => expect(link(cases[0], undefined, [own("Lagoon Evening Star"), { speaker: null, org: "Chilean navy", country: "CHL" }])).toBe(false));
});

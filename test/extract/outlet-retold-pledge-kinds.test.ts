// A report may tell in its own voice, months after, the very figure a party's named person put to its own act
// ("Denmark's 19 jets, promised last summer"), crediting no one: the person's figure retold, one statement however
// long after, as the person's own figure quoted again would be. All reports below are our own.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { linkedAsOneOfTwo } from "../link/support/two-reports.js";

const count = (value: number, unit: string) => ({ value, min: null, max: null, unit, approx: false }) as NonNullable<Claim["quantity"]>;

interface Case {
  said: string;
  retold: string;
  speaker: Claim["source"];
  supplier: string;
  recipient: string;
  item: Claim["item"];
  figures: [NonNullable<Claim["quantity"]>, NonNullable<Claim["quantity"]>];
  periods: [Claim["period"], Claim["period"]];
  stated: string;
  days: [string, string];
}

const link = (c: Case) => {
  const base = { kind: "transfer" as const, supplier: c.supplier, recipient: c.recipient, item: c.item, certainty: "possible" as const, cumulative: false };
  return linkedAsOneOfTwo(
    { ...base, outlet: "Fjord Morning News", published: c.days[0], stated: c.stated, quantity: c.figures[0], period: c.periods[0], source: c.speaker, evidence: c.said },
    { ...base, outlet: "The Supply Column", published: c.days[1], quantity: c.figures[1], period: c.periods[1], source: { speaker: null, org: "The Supply Column", country: null }, evidence: c.retold },
  );
};

const cases: Case[] = [
  {
    said: "Norway will hand Ukraine 22 of its retired fighter jets, Prime Minister Ingrid Solvang said on Saturday at the air base.",
    retold: "Norway's 22 fighter jets, pledged last summer, have still not been seen over the front.",
    speaker: { speaker: "Ingrid Solvang", org: null, country: "NOR" },
    supplier: "NOR",
    recipient: "UKR",
    item: "aircraft",
    figures: [count(22, "aircraft"), count(22, "aircraft")],
    periods: [null, null],
    stated: "2023-07-15",
    days: ["2023-07-16", "2024-04-02"],
  },
  {
    said: "We have stopped one shipment of 2,400 heavy bombs and are reviewing the rest, Secretary Daniel Marsh told senators on Wednesday.",
    retold: "The 2,400 heavy bombs, held back since last spring, are to leave for Israel within weeks.",
    speaker: { speaker: "Daniel Marsh", org: null, country: "USA" },
    supplier: "USA",
    recipient: "ISR",
    item: "ammunition",
    figures: [count(2400, "items"), count(2400, "items")],
    periods: [null, { start: "2024-04", end: "2025-01-20" }],
    stated: "2024-04-10",
    days: ["2024-04-11", "2025-01-20"],
  },
  {
    said: "Finland will send 38 more armoured vehicles to Kyiv before winter, defence minister Aino Kivi announced on Monday.",
    retold: "Of the 38 Finnish armoured vehicles promised in the autumn, only a handful have arrived.",
    speaker: { speaker: "Aino Kivi", org: null, country: "FIN" },
    supplier: "FIN",
    recipient: "UKR",
    item: "armoured-vehicles",
    figures: [count(38, "vehicles"), count(38, "vehicles")],
    periods: [null, null],
    stated: "2024-10-07",
    days: ["2024-10-08", "2025-06-30"],
  },
];

describe("an outlet telling in its own voice a party's person's very figure, months on, retells it", () => {
  it.each(cases)("$retold", (c) => expect(link(c)).toBe(true));
});

describe("other tellings stay apart", () => {
  it("another figure", () => expect(link({ ...cases[0], figures: [count(22, "aircraft"), count(24, "aircraft")] })).toBe(false));
  it("a figure too small to be told apart from chance", () => expect(link({ ...cases[2], figures: [count(6, "vehicles"), count(6, "vehicles")] })).toBe(false));
  it("a person of neither party", () => expect(link({ ...cases[0], speaker: { speaker: "Lars Brekke", org: null, country: "SWE" } })).toBe(false));
  it("another window", () => expect(link({ ...cases[1], periods: [{ start: "2023-02", end: "2023-02" }, cases[1].periods[1]] })).toBe(false));
  it("a round figure", () => expect(link({ ...cases[0], figures: [count(20, "aircraft"), count(20, "aircraft")] })).toBe(false));
  it("a saying whose day its report does not tell", () => expect(link({ ...cases[0], stated: null as unknown as string })).toBe(false));
  it("a retelling that leaves out the window the person named", () => expect(link({ ...cases[0], periods: [{ start: "2024", end: "2024" }, null] })).toBe(false));
  it("beyond a person's reach", () => expect(link({ ...cases[2], days: ["2024-10-08", "2027-03-01"] })).toBe(false));
});

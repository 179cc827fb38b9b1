// A named body's finding or a named paper's report with no figure, told again by another report some weeks later,
// neither report telling the day it was made, is that finding quoted again: one statement. All reports below are our own.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { linkedAsOneOfTwo } from "./support/two-reports.js";

interface Case {
  first: string;
  later: string;
  source: Claim["source"];
  supplier: string;
  recipient: string;
  item: Claim["item"];
  certainties: [Claim["certainty"], Claim["certainty"]];
  /** Each report's day of publication. */
  days: [string, string];
  laterSource?: Claim["source"];
}

const link = (c: Case) => {
  const base = { kind: "transfer" as const, supplier: c.supplier, recipient: c.recipient, item: c.item, quantity: null, period: null };
  return linkedAsOneOfTwo(
    { ...base, outlet: "Lakeside Courier", published: c.days[0], source: c.source, evidence: c.first, certainty: c.certainties[0] },
    { ...base, outlet: "Frontier Digest", published: c.days[1], source: c.laterSource ?? c.source, evidence: c.later, certainty: c.certainties[1] },
  );
};

const cases: Case[] = [
  {
    first: "UN investigators judged as credible the accounts of Emirati flights carrying arms to the RSF.",
    later: "The UN Panel of Experts found it believable that the Emirates had armed the paramilitaries.",
    source: { speaker: null, org: "UN Panel of Experts", country: null },
    supplier: "ARE",
    recipient: "SDN-RSF",
    item: "weapons-unspecified",
    certainties: ["believed", "asserted"],
    days: ["2024-03-04", "2024-03-19"],
  },
  {
    first: "Bloomberg says Iranian attack drones have been handed to the Sudanese army.",
    later: "According to Bloomberg, Tehran has supplied Khartoum's forces with armed drones.",
    source: { speaker: null, org: "Bloomberg", country: null },
    supplier: "IRN",
    recipient: "SDN",
    item: "drones",
    certainties: ["reported", "reported"],
    days: ["2024-05-02", "2024-05-23"],
  },
  {
    first: "The Multilateral Sanctions Monitoring Team found that Russian tankers had brought fuel to the North.",
    later: "Fuel kept flowing from Russia to Pyongyang, the eleven-nation monitoring team has found.",
    source: { speaker: null, org: "Multilateral Sanctions Monitoring Team", country: null },
    supplier: "RUS",
    recipient: "PRK",
    item: "oil-fuel",
    certainties: ["asserted", "asserted"],
    days: ["2025-06-01", "2025-06-18"],
  },
];

describe("one named body's or paper's finding with no figure, quoted again some weeks on, is one statement", () => {
  it.each(cases)("$later", (c) => expect(link(c)).toBe(true));
});

describe("other findings stay apart", () => {
  it("months apart", () => expect(link({ ...cases[0], days: ["2024-03-04", "2024-07-19"] })).toBe(false));
  it("a denial against a finding", () => expect(link({ ...cases[1], certainties: ["reported", "denied"] })).toBe(false));
  it("a government's standing line", () =>
    expect(link({ ...cases[2], source: { speaker: null, org: "Russian government", country: "RUS" }, certainties: ["denied", "denied"] })).toBe(false));
  it("another body", () => expect(link({ ...cases[1], laterSource: { speaker: null, org: "Reuters", country: null } })).toBe(false));
});

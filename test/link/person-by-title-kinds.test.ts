// One person's saying with no figure, neither report telling its day, is one statement where the reports lie within
// the reach of a guessed day, also when one report names the person only by the office they hold that day ("Britain's
// foreign secretary", "Washington's top diplomat", knowledge/offices.json) and the other by name. Another office's
// holder, or reports further apart, stay two. All reports below are our own.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { linkedAsOneOfTwo } from "./support/two-reports.js";

interface Case {
  titled: string;
  named: string;
  title: Claim["source"];
  person: Claim["source"];
  supplier: string;
  recipient: string;
  item: Claim["item"];
  certainty: Claim["certainty"];
  /** The two reports' days of publication (neither tells the day of the saying). */
  days: [string, string];
}

const link = (c: Case, days = c.days, title = c.title) => {
  const base = { kind: "transfer" as const, supplier: c.supplier, recipient: c.recipient, item: c.item, quantity: null, period: null, certainty: c.certainty };
  return linkedAsOneOfTwo(
    { ...base, outlet: "Harbourside Gazette", published: days[0], evidence: c.named, source: c.person },
    { ...base, outlet: "Upland Evening Post", published: days[1], evidence: c.titled, source: title },
  );
};

const cases: Case[] = [
  {
    named: "Foreign Secretary David Lammy told MPs that Tehran has been sending glide bombs to Moscow's air force.",
    titled: "Britain's foreign secretary says Iranian glide bombs are reaching Russian squadrons.",
    person: { speaker: "David Lammy", org: "Foreign, Commonwealth and Development Office", country: "GBR" },
    title: { speaker: null, org: "Britain's foreign secretary", country: "GBR" },
    supplier: "IRN",
    recipient: "RUS",
    item: "ammunition",
    certainty: "asserted",
    days: ["2024-11-04", "2024-11-11"],
  },
  {
    named: "Marco Rubio, the secretary of state, accused Beijing of quietly passing drone engines to Russian factories.",
    titled: "Washington's top diplomat charges that Chinese drone engines keep flowing into Russian plants.",
    person: { speaker: "Marco Rubio", org: "US Department of State", country: "USA" },
    title: { speaker: null, org: "Washington's top diplomat", country: "USA" },
    supplier: "CHN",
    recipient: "RUS",
    item: "drones",
    certainty: "asserted",
    days: ["2025-05-12", "2025-05-20"],
  },
  {
    named: "Defence Minister Boris Pistorius ruled out handing any Taurus missiles to Kyiv for now.",
    titled: "Germany's defence minister has again said no Taurus cruise missiles will go to Ukraine.",
    person: { speaker: "Boris Pistorius", org: "German Federal Ministry of Defence", country: "DEU" },
    title: { speaker: null, org: "Germany's defence minister", country: "DEU" },
    supplier: "DEU",
    recipient: "UKR",
    item: "missiles-other",
    certainty: "denied",
    days: ["2024-03-05", "2024-03-12"],
  },
];

describe("one person's saying without a figure, named by title in one report, retold days later", () => {
  it.each(cases)("$titled", (c) => expect(link(c)).toBe(true));
});

describe("other sayings stay apart", () => {
  it("another office's holder", () => expect(link(cases[0], cases[0].days, { speaker: null, org: "Britain's defence secretary", country: "GBR" })).toBe(false));
  it("reports a month apart", () => expect(link(cases[1], ["2025-05-12", "2025-06-14"])).toBe(false));
  it("the office held by someone else that day", () => expect(link(cases[0], ["2024-03-04", "2024-03-11"])).toBe(false));
});

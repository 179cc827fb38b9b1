// A state's standing denial with no figure that it sent the goods, told by one report in its government's voice
// ("Ankara has rejected the reports") and by another, weeks or months on, in the voice of one of its ministries,
// neither telling the day of the saying: one denial passed on, one statement. A claim that denies nothing, one with a
// figure, a denial by a state that did not send the goods, one told with its day, one by an official named or named
// only by title, two ministries neither of which is the government, or a denial more than half a year away, stays
// apart. All reports below are our own.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { linkedAsOneOfTwo } from "./support/two-reports.js";

interface Case {
  government: string;
  ministry: string;
  governmentSource: Claim["source"];
  ministrySource: Claim["source"];
  supplier: string;
  recipient: string;
  item: Claim["item"];
  /** The days of publication of the government's report and of the ministry's (neither tells the day of the denial). */
  days: [string, string];
}

interface Options {
  certainty?: Claim["certainty"];
  days?: [string, string];
  /** A figure the ministry's claim gives (the government's gives none). */
  quantity?: Claim["quantity"];
  ministrySource?: Claim["source"];
  governmentSource?: Claim["source"];
  /** The day the ministry's report tells of its denial ("on Thursday"). */
  stated?: string;
}

function linked(c: Case, o: Options = {}): boolean {
  const base = { kind: "transfer" as const, supplier: c.supplier, recipient: c.recipient, item: c.item, quantity: null, period: null, certainty: o.certainty ?? ("denied" as const) };
  const days = o.days ?? c.days;
  return linkedAsOneOfTwo(
    { ...base, outlet: "Harbour Evening Post", published: days[0], evidence: c.government, source: o.governmentSource ?? c.governmentSource },
    { ...base, outlet: "The Midland Courier", published: days[1], evidence: c.ministry, source: o.ministrySource ?? c.ministrySource, quantity: o.quantity ?? null, stated: o.stated },
  );
}

const cases: Case[] = [
  {
    government: "Ankara has rejected the reports that Turkish drones ended up with the army in Port Sudan.",
    ministry: "Turkey's foreign ministry says no Turkish drone was ever sent to Port Sudan.",
    governmentSource: { speaker: null, org: "Turkish government", country: "TUR" },
    ministrySource: { speaker: null, org: "Turkish Ministry of Foreign Affairs", country: "TUR" },
    supplier: "TUR",
    recipient: "SDN",
    item: "drones",
    days: ["2025-02-03", "2025-05-20"],
  },
  {
    government: "Belgrade keeps denying that any of its shells were sold on for the war in Ukraine.",
    ministry: "The Serbian defence ministry called the shell story invented in a short statement.",
    governmentSource: { speaker: null, org: null, country: "SRB" },
    ministrySource: { speaker: null, org: "Serbian Ministry of Defence", country: "SRB" },
    supplier: "SRB",
    recipient: "UKR",
    item: "artillery-ammunition",
    days: ["2024-09-01", "2024-06-10"],
  },
  {
    government: "The Egyptian government has said it never agreed to ship rockets to Moscow.",
    ministry: "Cairo's foreign ministry dismissed the rocket claims as baseless, according to its statement.",
    governmentSource: { speaker: null, org: "Egyptian government", country: "EGY" },
    ministrySource: { speaker: null, org: "Egyptian Ministry of Foreign Affairs", country: "EGY" },
    supplier: "EGY",
    recipient: "RUS",
    item: "missiles-other",
    days: ["2023-04-12", "2023-08-02"],
  },
];

describe("a state's standing denial in its government's voice and its ministry's is one statement", () => {
  it.each(cases)("$ministry", (c) => expect(linked(c)).toBe(true));
  it.each(cases)("in either order: $ministry", (c) => expect(linked(c, { days: [c.days[1], c.days[0]] })).toBe(true));
});

describe("others stay apart", () => {
  const c = cases[0];
  it("sayings that deny nothing", () => expect(linked(c, { certainty: "asserted" })).toBe(false));
  it("a denial that gives a figure", () => expect(linked(c, { quantity: { value: 12, min: null, max: null, unit: "drones", approx: false } })).toBe(false));
  it("a denial by a state that is no party to the flow", () =>
    expect(linked(c, { governmentSource: { speaker: null, org: "Greek government", country: "GRC" }, ministrySource: { speaker: null, org: "Greek Ministry of Foreign Affairs", country: "GRC" } })).toBe(false));
  it("a denial by the receiving state", () => expect(linked({ ...c, supplier: "SDN", recipient: "TUR" })).toBe(false));
  it("a denial whose report tells its day", () => expect(linked(c, { stated: "2025-05-15" })).toBe(false));
  it("an official named", () => expect(linked(c, { ministrySource: { speaker: "Deniz Aksoy", org: "Turkish Ministry of Foreign Affairs", country: "TUR" } })).toBe(false));
  it("an officer named only by title", () => expect(linked(c, { ministrySource: { speaker: null, org: "Turkish foreign minister", country: "TUR" } })).toBe(false));
  it("two ministries, neither the government", () => expect(linked(c, { governmentSource: { speaker: null, org: "Turkish Ministry of National Defence", country: "TUR" } })).toBe(false));
  it("a denial more than half a year away", () => expect(linked(c, { days: ["2025-02-03", "2025-11-20"] })).toBe(false));
});

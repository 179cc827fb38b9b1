// A body may give a small count over a month it names ("three more carriers in May, the army said"), and a report
// weeks later tell it again, the same count, the same month, the same body, neither report telling the day of the
// saying. A count that small may recur by chance over months, but one body's over one named window, within weeks, is
// that saying quoted again: one statement. All reports below are our own.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { exactly } from "./helpers.js";
import { linkedAsOneOfTwo } from "./support/two-reports.js";

interface Case {
  first: string;
  later: string;
  source: Claim["source"];
  supplier: string;
  recipient: string;
  item: Claim["item"];
  quantity: NonNullable<Claim["quantity"]>;
  /** The window each report names. */
  periods: [Claim["period"], Claim["period"]];
  /** Each report's day of publication. */
  days: [string, string];
  /** The later report's source, where it is not the first's. */
  laterSource?: Claim["source"];
}

const link = (c: Case) => {
  const base = { kind: "transfer" as const, supplier: c.supplier, recipient: c.recipient, item: c.item, quantity: c.quantity, certainty: "asserted" as const };
  return linkedAsOneOfTwo(
    { ...base, outlet: "Northern Gazette", published: c.days[0], source: c.source, evidence: c.first, period: c.periods[0] },
    { ...base, outlet: "Weekly Defence Notes", published: c.days[1], source: c.laterSource ?? c.source, evidence: c.later, period: c.periods[1] },
  );
};

const may = { start: "2025-05", end: "2025-05" };
const cases: Case[] = [
  {
    first: "The Latvian army said it had taken in three more Piranha carriers from Denmark in May.",
    later: "In May Denmark handed another three Piranha vehicles to Riga, according to the Latvian army.",
    source: { speaker: null, org: "Latvian army", country: "LVA" },
    supplier: "DNK",
    recipient: "LVA",
    item: "armoured-vehicles",
    quantity: exactly(3, "vehicles"),
    periods: [may, may],
    days: ["2025-06-05", "2025-06-28"],
  },
  {
    first: "Two further frigates arrived from Britain during March, the Chilean navy announced.",
    later: "Britain sent Chile two more frigates in March, its navy has said.",
    source: { speaker: null, org: "Chilean Navy", country: "CHL" },
    supplier: "GBR",
    recipient: "CHL",
    item: "naval",
    quantity: exactly(2, "items"),
    periods: [{ start: "2024-03", end: "2024-03" }, { start: "2024-03", end: "2024-03" }],
    days: ["2024-04-02", "2024-04-25"],
  },
  {
    first: "Armenia's defence ministry says six Indian howitzers were delivered in January.",
    later: "Six more howitzers from India reached Yerevan over January, the Armenian defence ministry reported.",
    source: { speaker: null, org: "Armenian Ministry of Defence", country: "ARM" },
    supplier: "IND",
    recipient: "ARM",
    item: "artillery-systems",
    quantity: exactly(6, "systems"),
    periods: [{ start: "2025-01", end: "2025-01" }, { start: "2025-01", end: "2025-01" }],
    days: ["2025-02-26", "2025-02-03"],
  },
];

describe("one body's small count over one named window, told again weeks later, is one statement", () => {
  it.each(cases)("$later", (c) => expect(link(c)).toBe(true));
});

describe("other counts stay apart", () => {
  it("another window", () => expect(link({ ...cases[0], periods: [may, { start: "2025-04", end: "2025-04" }] })).toBe(false));
  it("no window named by either", () => expect(link({ ...cases[0], periods: [null, null] })).toBe(false));
  it("months apart", () => expect(link({ ...cases[1], days: ["2024-04-02", "2024-07-20"] })).toBe(false));
  it("another body of the same state", () => expect(link({ ...cases[2], laterSource: { speaker: null, org: "Armenian General Staff", country: "ARM" } })).toBe(false));
  it("an outlet's own telling", () => expect(link({ ...cases[0], source: { speaker: null, org: "Northern Gazette", country: null }, laterSource: { speaker: null, org: "Weekly Defence Notes", country: null } })).toBe(false));
});

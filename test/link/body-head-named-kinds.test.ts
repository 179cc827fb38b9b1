// A report may give in its own voice, or credit only to a placeholder, a figure while its sentence names the body that
// put it out by the head of that body's name ("as the nine-nation monitoring panel found", "the control board's
// tally"): where another report credits that body by its full name with that very figure, the two carry one statement,
// even some weeks on. Without the head words, with another figure, or where the retelling credits a body of its own,
// the two stay apart. All reports are our own.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { bareTransfer, statementsOfTwo } from "./support/two-reports.js";

const q = (value: number, unit: string) => ({ value, min: null, max: null, unit, approx: false }) as NonNullable<Claim["quantity"]>;
const atLeast = (min: number, unit: string) => ({ value: null, min, max: null, unit, approx: false }) as NonNullable<Claim["quantity"]>;

interface Case {
  first: string;
  later: string;
  body: string;
  /** The words of the body's head in the later sentence. */
  head: string;
  outlet: string;
  item: Claim["item"];
  quantity: Claim["quantity"];
  /** The first saying's day, its report's day, the later report's day. */
  days: [string, string, string];
}

const cases: Case[] = [
  {
    first: "The Joint Arms Monitoring Panel said on Tuesday that Tehran had sent Moscow 340 attack drones since the spring.",
    later: "As the nine-nation monitoring panel found, Tehran has shipped 340 attack drones to Moscow since the spring.",
    body: "Joint Arms Monitoring Panel",
    head: "monitoring panel",
    outlet: "Steppe Notes",
    item: "drones",
    quantity: q(340, "drones"),
    days: ["2024-05-07", "2024-05-08", "2024-06-14"],
  },
  {
    first: "More than 4,200 shells left for the front over the winter, according to the Baltic Export Control Board.",
    later: "The control board's winter tally of more than 4,200 shells is still the best count anyone has.",
    body: "Baltic Export Control Board",
    head: "control board",
    outlet: "Harbour Lights Review",
    item: "artillery-ammunition",
    quantity: atLeast(4200, "rounds"),
    days: ["2024-02-20", "2024-02-21", "2024-03-09"],
  },
  {
    first: "Some 1,860 containers were waved through the port this year, the Coastal Freight Inspection Service reported on Friday.",
    later: "Figures published by the inspection service put the containers waved through this year at 1,860.",
    body: "Coastal Freight Inspection Service",
    head: "inspection service",
    outlet: "Quayside Weekly",
    item: "weapons-unspecified",
    quantity: q(1860, "containers"),
    days: ["2025-07-11", "2025-07-12", "2025-08-01"],
  },
];

function link(c: Case, change: { later?: string; quantity?: Claim["quantity"]; laterOrg?: string } = {}) {
  return statementsOfTwo(
    { ...bareTransfer("IRN", "RUS", c.item), outlet: "Lakeshore Courier", published: c.days[1], evidence: c.first, source: { speaker: null, org: c.body, country: null }, quantity: c.quantity, stated: c.days[0] },
    { ...bareTransfer("IRN", "RUS", c.item), outlet: c.outlet, published: c.days[2], evidence: change.later ?? c.later, source: { speaker: null, org: change.laterOrg ?? c.outlet, country: null }, quantity: change.quantity ?? c.quantity },
  );
}

describe("a body named by the head of its name in the sentence of a report crediting itself", () => {
  it.each(cases)("$later", (c) => {
    const [a, b] = link(c);
    expect(b).toBe(a);
  });

  it.each(cases)("without the head words, stays apart: $later", (c) => {
    const [a, b] = link(c, { later: c.later.replace(new RegExp(c.head, "i"), "study") });
    expect(b).not.toBe(a);
  });

  it.each(cases)("another figure stays apart: $later", (c) => {
    const n = c.quantity!.value ?? c.quantity!.min!;
    const [a, b] = link(c, { quantity: { ...c.quantity!, value: c.quantity!.value === null ? null : n * 3, min: c.quantity!.min === null ? null : n * 3 } });
    expect(b).not.toBe(a);
  });

  it.each(cases)("credited to a body of its own, stays apart: $later", (c) => {
    const [a, b] = link(c, { laterOrg: "Northern Customs Audit Office" });
    expect(b).not.toBe(a);
  });
});

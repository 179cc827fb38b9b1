// A report may tell in its own voice, crediting no one, what a state announced of its own act ("Lisbon on Monday
// approved a package of ..."); another report credits that state's government or minister with the very figure on the
// same occasion. Both carry the state's one statement. All reports below are our own.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { exactly as q } from "./helpers.js";
import { bareTransfer, linkedAsOneOfTwo } from "./support/two-reports.js";

interface Case {
  credited: string;
  ownVoice: string;
  party: Claim["source"];
  supplier: string;
  recipient: string;
  item: Claim["item"];
  figures: [NonNullable<Claim["quantity"]>, NonNullable<Claim["quantity"]>];
  days: [string, string];
}

const link = (c: Case) => {
  const base = bareTransfer(c.supplier, c.recipient, c.item);
  return linkedAsOneOfTwo(
    { ...base, outlet: "Harbour Wire", published: c.days[0], quantity: c.figures[0], source: c.party, evidence: c.credited },
    { ...base, outlet: "The Tuesday Digest", published: c.days[1], quantity: c.figures[1], source: { speaker: null, org: "The Tuesday Digest", country: null }, evidence: c.ownVoice },
  );
};

const cases: Case[] = [
  {
    credited: "Portugal will send Ukraine aid worth $420 million, its defence minister Rui Matos announced on Monday.",
    ownVoice: "Lisbon's new $420m tranche for Kyiv, agreed at the start of the week, is its largest to date.",
    party: { speaker: "Rui Matos", org: "Portuguese Ministry of National Defence", country: "PRT" },
    supplier: "PRT",
    recipient: "UKR",
    item: "weapons-unspecified",
    figures: [q(420_000_000, "usd"), q(420_000_000, "usd")],
    days: ["2025-03-03", "2025-03-05"],
  },
  {
    credited: "The Finnish government said it had approved a 24th package, including 60 armoured personnel carriers.",
    ownVoice: "Helsinki has cleared another 60 carriers for the front, a sign its stocks are deeper than thought.",
    party: { speaker: null, org: "Finnish government", country: "FIN" },
    supplier: "FIN",
    recipient: "UKR",
    item: "armoured-vehicles",
    figures: [q(60, "vehicles"), q(60, "vehicles")],
    days: ["2024-11-20", "2024-11-22"],
  },
  {
    credited: "Kyiv has taken delivery of 12,000 mortar bombs from Bucharest, Ukraine's defence ministry said.",
    ownVoice: "Some 12,000 Romanian mortar bombs have now reached Ukrainian units.",
    party: { speaker: null, org: "Ukrainian Ministry of Defence", country: "UKR" },
    supplier: "ROU",
    recipient: "UKR",
    item: "artillery-ammunition",
    figures: [q(12_000, "rounds"), q(12_000, "rounds")],
    days: ["2025-06-10", "2025-06-11"],
  },
];

describe("an outlet's own telling of a party's act, with its very figure, is the party's statement", () => {
  it.each(cases)("$ownVoice", (c) => expect(link(c)).toBe(true));
});

describe("other tellings stay apart", () => {
  it("a third state, neither giving nor receiving", () =>
    expect(link({ ...cases[0], party: { speaker: null, org: "Spanish government", country: "ESP" } })).toBe(false));
  it("another figure", () => expect(link({ ...cases[1], figures: [q(60, "vehicles"), q(54, "vehicles")] })).toBe(false));
  it("a figure too small to be told apart from chance", () => expect(link({ ...cases[1], figures: [q(6, "vehicles"), q(6, "vehicles")] })).toBe(false));
  it("another occasion", () => expect(link({ ...cases[0], days: ["2025-03-03", "2025-04-10"] })).toBe(false));
});

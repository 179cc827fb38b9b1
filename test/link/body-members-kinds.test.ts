// A claim credited only to a body's members ("the monitors say", "the inspectors found"), in a report that names that
// body as a source elsewhere, stands for the body: with the very figure another report credits to the body by name, it
// is that body's statement retold. A report that names the body nowhere as a source stays apart. All reports below are
// our own.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { linkClaims } from "../../src/link/link-claims.js";
import { exactly, meta, toClaim, type SchemaClaim } from "./helpers.js";

interface Case {
  body: string;
  members: string;
  /** The first report, crediting the body by name. */
  first: string;
  /** The later report's sentence crediting the body by name (another flow), and its sentence crediting only its members. */
  named: string;
  retold: string;
  supplier: string;
  recipient: string;
  item: Claim["item"];
  quantity: Claim["quantity"];
  other: Pick<SchemaClaim, "supplier" | "recipient" | "item" | "quantity">;
}

function linked(c: Case, namesBody = true): boolean {
  const bodySource = { speaker: null, org: c.body, country: null };
  const base = { kind: "transfer" as const, period: null, certainty: "asserted" as const };
  const claims = [
    toClaim({ ...base, doc: "a", supplier: c.supplier, recipient: c.recipient, item: c.item, quantity: c.quantity, source: bodySource, evidence: c.first }, 0),
    toClaim({ ...base, doc: "b", ...c.other, source: namesBody ? bodySource : { speaker: null, org: "Tidewater Analysis Desk", country: null }, evidence: c.named }, 1),
    toClaim({ ...base, doc: "b", supplier: c.supplier, recipient: c.recipient, item: c.item, quantity: c.quantity, source: { speaker: null, org: c.members, country: null }, evidence: c.retold }, 2),
  ];
  const docs = new Map([
    ["a", meta({ id: "a", outlet: "Northern Ledger", published: "2025-04-02" })],
    ["b", meta({ id: "b", outlet: "Coastline Observer", published: "2025-04-09" })],
  ]);
  const links = linkClaims(claims, docs);
  return links.get(claims[0].id) === links.get(claims[2].id);
}

const cases: Case[] = [
  {
    body: "Joint Embargo Observation Group",
    members: "the monitors",
    first: "The Joint Embargo Observation Group counted 14,300 tonnes of fuel moved to the North by sea in the first quarter.",
    named: "The Joint Embargo Observation Group also logged 37 artillery systems crossing by rail.",
    retold: "The monitors say 14,300 tonnes of fuel went north by sea.",
    supplier: "RUS",
    recipient: "PRK",
    item: "oil-fuel",
    quantity: exactly(14300, "tonnes"),
    other: { supplier: "PRK", recipient: "RUS", item: "artillery-systems", quantity: exactly(37, "systems") },
  },
  {
    body: "Regional Arms Verification Commission",
    members: "inspectors",
    first: "The Regional Arms Verification Commission found 2,160 rifles had been shipped to the militia.",
    named: "The Regional Arms Verification Commission traced 48 pickup trucks fitted with guns as well.",
    retold: "According to inspectors, 2,160 rifles reached the militia.",
    supplier: "ARE",
    recipient: "SDN-RSF",
    item: "weapons-unspecified",
    quantity: exactly(2160, "items"),
    other: { supplier: "ARE", recipient: "SDN-RSF", item: "armoured-vehicles", quantity: exactly(48, "vehicles") },
  },
  {
    body: "Maritime Interdiction Review Board",
    members: "the investigators",
    first: "The Maritime Interdiction Review Board put the missile parts seized at 730 crates.",
    named: "The Maritime Interdiction Review Board said 19 drones were found aboard as well.",
    retold: "The investigators put the haul of missile parts at 730 crates.",
    supplier: "IRN",
    recipient: "YEM-HOUTHIS",
    item: "missile-technology",
    quantity: exactly(730, "crates"),
    other: { supplier: "IRN", recipient: "YEM-HOUTHIS", item: "drones", quantity: exactly(19, "drones") },
  },
];

describe("a body's members credited, in a report naming the body, retell its very figure", () => {
  it.each(cases)("$retold", (c) => expect(linked(c)).toBe(true));
});

describe("other sayings stay apart", () => {
  it.each(cases)("no body named in the report: $retold", (c) => expect(linked(c, false)).toBe(false));
});

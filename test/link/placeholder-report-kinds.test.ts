// A report that names a body as its source in one sentence may give that body's next figure crediting only "the
// report" or "the study". Another report crediting the body by name with the very figure, on the same occasion, tells
// the same statement. All reports below are our own.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { linkClaims } from "../../src/link/link-claims.js";
import { meta, toClaim } from "./helpers.js";

let n = 0;
const q = (value: number, unit: string) => ({ value, min: null, max: null, unit, approx: false }) as NonNullable<Claim["quantity"]>;

interface Case {
  /** The sentence elsewhere in the placeholder's report that names the body (its own claim, another thing). */
  naming: string;
  placeholder: string;
  credited: string;
  body: Claim["source"];
  /** The word the placeholder sentence credits. */
  word: string;
  item: Claim["item"];
  quantity: NonNullable<Claim["quantity"]>;
}

const link = (c: Case, creditedBody: Claim["source"] = c.body, figure = c.quantity) => {
  const docs = new Map([
    ["a", meta({ id: "a", outlet: "Coastline Notes", published: "2025-03-11" })],
    ["b", meta({ id: "b", outlet: "The Inland Courier", published: "2025-03-12" })],
  ]);
  const base = { kind: "transfer" as const, supplier: "PRK", recipient: "RUS", period: null, certainty: "asserted" as const };
  const naming = toClaim({ ...base, doc: "a", item: "oil-fuel", quantity: q(500_000, "barrels"), source: c.body, evidence: c.naming }, n++);
  const a = toClaim({ ...base, doc: "a", item: c.item, quantity: c.quantity, source: { speaker: null, org: c.word, country: null }, evidence: c.placeholder }, n++);
  const b = toClaim({ ...base, doc: "b", item: c.item, quantity: figure, source: creditedBody, evidence: c.credited }, n++);
  const links = linkClaims([naming, a, b], docs);
  return links.get(a.id) === links.get(b.id);
};

const body = { speaker: null, org: "Baltic Shipping Observatory", country: null };
const cases: Case[] = [
  {
    naming: "The Baltic Shipping Observatory counted half a million barrels of fuel going the other way.",
    placeholder: "Some 7,400 containers crossed the border by rail, the report says.",
    credited: "The Baltic Shipping Observatory tallied 7,400 containers moved by rail.",
    body,
    word: "report",
    item: "weapons-unspecified",
    quantity: q(7_400, "containers"),
  },
  {
    naming: "Half a million barrels of fuel went north, according to the Baltic Shipping Observatory.",
    placeholder: "According to the study, 260 rocket launchers were among the cargo.",
    credited: "Rocket launchers numbered 260, the Baltic Shipping Observatory found.",
    body,
    word: "study",
    item: "artillery-systems",
    quantity: q(260, "systems"),
  },
  {
    naming: "The Baltic Shipping Observatory put fuel deliveries at half a million barrels.",
    placeholder: "Researchers logged 1.9 million shells in all.",
    credited: "Its count of shells reached 1.9 million, the Baltic Shipping Observatory said in its quarterly review.",
    body,
    word: "researchers",
    item: "artillery-ammunition",
    quantity: q(1_900_000, "rounds"),
  },
];

describe("a placeholder in a report naming the body is that body", () => {
  it.each(cases)("$placeholder", (c) => expect(link(c)).toBe(true));
});

describe("other tellings stay apart", () => {
  it("a body the placeholder's report does not name", () => expect(link(cases[0], { speaker: null, org: "Nordic Freight Monitor", country: null })).toBe(false));
  it("another figure", () => expect(link(cases[1], body, q(240, "systems"))).toBe(false));
});

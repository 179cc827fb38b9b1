// A report may name a person bare, with no body and no state, whom the gazetteer does not know ("..., says Marlow"),
// where another report credits the very figure to a body of one of the parties: that party's saying, one statement.
// All reports below are our own.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { linkClaims } from "../../src/link/link-claims.js";
import { meta, toClaim } from "./helpers.js";

let n = 0;

interface Case {
  person: string;
  party: string;
  speaker: Claim["source"];
  body: Claim["source"];
  supplier: string;
  recipient: string;
  item: Claim["item"];
  quantity: NonNullable<Claim["quantity"]>;
  certainty: Claim["certainty"];
  period: Claim["period"];
  days: [string, string];
  /** The body's figure, certainty or window where they are not the person's. */
  bodyQuantity?: Claim["quantity"];
  bodyCertainty?: Claim["certainty"];
  bodyPeriod?: Claim["period"];
}

const link = (c: Case) => {
  const docs = new Map([
    ["a", meta({ id: "a", outlet: "Harrow Lane Gazette", published: c.days[0] })],
    ["b", meta({ id: "b", outlet: "Tidemark Digest", published: c.days[1] })],
  ]);
  const base = { kind: "transfer" as const, supplier: c.supplier, recipient: c.recipient, item: c.item };
  const a = toClaim({ ...base, doc: "a", quantity: c.quantity, period: c.period, certainty: c.certainty, source: c.speaker, evidence: c.person }, n++);
  const b = toClaim({ ...base, doc: "b", quantity: c.bodyQuantity ?? c.quantity, period: c.bodyPeriod ?? c.period, certainty: c.bodyCertainty ?? c.certainty, source: c.body, evidence: c.party }, n++);
  const links = linkClaims([a, b], docs);
  return links.get(a.id) === links.get(b.id);
};

const q = (value: number | null, unit: string, min: number | null = null): NonNullable<Claim["quantity"]> => ({ value, min, max: null, unit, approx: false });

const cases: Case[] = [
  {
    person: "Norway to hand Ukraine more than 640 loitering drones, says Marlow",
    party: "The Norwegian government has promised more than 640 loitering drones, and talks on more go on.",
    speaker: { speaker: "Marlow", org: null, country: null },
    body: { speaker: null, org: "Norwegian government", country: "NOR" },
    supplier: "NOR",
    recipient: "UKR",
    item: "drones",
    quantity: q(null, "drones", 640),
    certainty: "possible",
    period: null,
    days: ["2025-03-10", "2025-03-17"],
  },
  {
    person: "Chile signed for 16 trainer jets from Italy on Wednesday, President Odran Vell said at the signing.",
    party: "2025-05-14;Italy;Chile;trainer jet;16;signed;Presidency of Chile",
    speaker: { speaker: "Odran Vell", org: null, country: null },
    body: { speaker: null, org: "Presidency of Chile", country: "CHL" },
    supplier: "ITA",
    recipient: "CHL",
    item: "aircraft",
    quantity: q(16, "aircraft"),
    certainty: "possible",
    period: { start: "2025-05-14", end: "2025-05-14" },
    days: ["2025-05-14", "2025-05-29"],
  },
  {
    person: "Kenya will buy 38 armoured personnel carriers from South Africa, minister Asha Wanjiru told parliament.",
    party: "Nairobi's defence ministry confirmed the order of 38 armoured personnel carriers from South African makers.",
    speaker: { speaker: "Asha Wanjiru", org: null, country: null },
    body: { speaker: null, org: "Kenyan Ministry of Defence", country: "KEN" },
    supplier: "ZAF",
    recipient: "KEN",
    item: "armoured-vehicles",
    quantity: q(38, "vehicles"),
    certainty: "possible",
    period: null,
    days: ["2025-07-02", "2025-07-04"],
  },
];

describe("a person named with no body or state and a party's body giving the very figure are one statement", () => {
  it.each(cases)("$person", (c) => expect(link(c)).toBe(true));
});

describe("other sayings stay apart", () => {
  it("a body of a state that is no party", () => expect(link({ ...cases[0], body: { speaker: null, org: "Danish government", country: "DNK" } })).toBe(false));
  it("another figure", () => expect(link({ ...cases[2], bodyQuantity: q(36, "vehicles") })).toBe(false));
  it("another certainty", () => expect(link({ ...cases[2], bodyCertainty: "asserted" })).toBe(false));
  it("another window", () => expect(link({ ...cases[1], bodyPeriod: { start: "2025-04-02", end: "2025-04-02" } })).toBe(false));
  it("a person placed in another state", () => expect(link({ ...cases[0], speaker: { speaker: "Marlow", org: null, country: "SWE" } })).toBe(false));
  it("the press in its own voice", () => expect(link({ ...cases[0], body: { speaker: null, org: "Tidemark Digest", country: "NOR" } })).toBe(false));
  it("a body's sentence naming an officer for the figure", () =>
    expect(link({ ...cases[0], party: "The Norwegian government has promised more than 640 loitering drones, its spokesman Per Lunde said." })).toBe(false));
  it("a body's sentence naming the person by surname", () =>
    expect(link({ ...cases[0], party: "Norway has promised more than 640 loitering drones, Marlow's office added." })).toBe(false));
  it("another occasion", () => expect(link({ ...cases[2], days: ["2025-07-02", "2025-09-30"] })).toBe(false));
});

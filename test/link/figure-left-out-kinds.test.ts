// One named person's saying on a day a report tells ("said on Monday", "last week", "last month"), retold by another
// report without the figure the first gives ("confirmed that the last of the jets had arrived" against "all 24 jets"),
// is that one saying: one statement. Another certainty (a pledge against a count), two reports that tell no day, a
// body's word, or another person stays apart. All reports below are our own.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { linkedAsOneOfTwo } from "./support/two-reports.js";

interface LeftOut {
  first: string;
  later: string;
  source: Claim["source"];
  laterSource: Claim["source"];
  supplier: string;
  recipient: string;
  item: Claim["item"];
  quantity: NonNullable<Claim["quantity"]>;
  certainty: Claim["certainty"];
  /** The day each report tells the saying was made (null: none told), and each report's day. */
  stated: [string | null, string | null];
  published: [string, string];
}

const cases: LeftOut[] = [
  {
    first: "All eighteen of the promised Gripen jets have now landed in Bangkok, Air Minister Somchai Rattana said on Friday.",
    later: "Somchai Rattana confirmed last month that the last of the promised Gripens were in Thai hands.",
    source: { speaker: "Somchai Rattana", org: null, country: "THA" },
    laterSource: { speaker: "Rattana", org: "Thai air minister", country: "THA" },
    supplier: "SWE",
    recipient: "THA",
    item: "aircraft",
    quantity: { value: 18, min: null, max: null, unit: "aircraft", approx: false },
    certainty: "asserted",
    stated: ["2025-03-14", "2025-03"],
    published: ["2025-03-15", "2025-04-09"],
  },
  {
    first: "Chile intends to buy twelve Brazilian patrol boats, President Ana Ibarra said last night.",
    later: "12 Mar 2025 - President Ana Ibarra says Chile will acquire patrol boats from Brazil.",
    source: { speaker: "Ana Ibarra", org: null, country: "CHL" },
    laterSource: { speaker: "Ana Ibarra", org: null, country: "CHL" },
    supplier: "BRA",
    recipient: "CHL",
    item: "naval",
    quantity: { value: 12, min: null, max: null, unit: "vessels", approx: false },
    certainty: "possible",
    stated: [null, "2025-03-12"],
    published: ["2025-03-13", "2025-08-01"],
  },
  {
    first: "Latvia has handed Ukraine 30 more armoured vehicles, Defence Minister Ilze Berzina told reporters on Tuesday.",
    later: "Berzina said on Tuesday that another batch of Latvian armoured vehicles had reached Ukraine.",
    source: { speaker: "Ilze Berzina", org: "Latvian Ministry of Defence", country: "LVA" },
    laterSource: { speaker: "Ilze Berzina", org: null, country: null },
    supplier: "LVA",
    recipient: "UKR",
    item: "armoured-vehicles",
    quantity: { value: 30, min: null, max: null, unit: "vehicles", approx: false },
    certainty: "asserted",
    stated: ["2025-06-10", "2025-06-10"],
    published: ["2025-06-10", "2025-06-12"],
  },
];

function linked(c: LeftOut, o: { certainty?: Claim["certainty"]; stated?: LeftOut["stated"]; laterSource?: Claim["source"] } = {}): boolean {
  const stated = o.stated ?? c.stated;
  const base = { kind: "transfer" as const, supplier: c.supplier, recipient: c.recipient, item: c.item, period: null };
  return linkedAsOneOfTwo(
    { ...base, outlet: "Coastline Wire", published: c.published[0], evidence: c.first, source: c.source, quantity: c.quantity, certainty: c.certainty, stated: stated[0] },
    { ...base, outlet: "Midland Weekly", published: c.published[1], evidence: c.later, source: o.laterSource ?? c.laterSource, quantity: null, certainty: o.certainty ?? c.certainty, stated: stated[1] },
    ["fa", "fb"],
  );
}

describe("one person's saying on a told day, retold without its figure, is one statement", () => {
  it.each(cases)("$later", (c) => expect(linked(c)).toBe(true));
});

describe("others stay apart", () => {
  it("another certainty", () => expect(linked(cases[0], { certainty: "possible" })).toBe(false));
  it("neither report tells the day", () => expect(linked(cases[2], { stated: [null, null] })).toBe(false));
  it("a body's word", () => expect(linked(cases[2], { laterSource: { speaker: null, org: "Latvian Ministry of Defence", country: "LVA" } })).toBe(false));
  it("another person", () => expect(linked(cases[2], { laterSource: { speaker: "Juris Ozols", org: null, country: "LVA" } })).toBe(false));
});

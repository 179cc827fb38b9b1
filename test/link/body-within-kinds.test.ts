// A council housed in a president's office speaks for that office: one report gives a saying to its spokesman (or to
// the council), another to the office itself ("the White House said in May"). Neither gives a figure; both carry the
// one statement. The bodies are the gazetteer's (bodies.json, within); every sentence and speaker below is our own.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { linkedAsOneOfTwo } from "./support/two-reports.js";

interface Case {
  office: string;
  council: string;
  voice: Claim["source"];
  supplier: string;
  recipient: string;
  item: Claim["item"];
  certainty: Claim["certainty"];
  /** The day the office's report tells (null: none), and each report's day of publication. */
  stated: string | null;
  days: [string, string];
  /** The council's figure, where one side gives one. */
  quantity?: Claim["quantity"];
  /** The office's source, where it is not the White House. */
  outer?: Claim["source"];
}

const whiteHouse = { speaker: null, org: "White House", country: "USA" };

const link = (c: Case) => {
  const base = { kind: "transfer" as const, supplier: c.supplier, recipient: c.recipient, item: c.item, period: null, certainty: c.certainty };
  return linkedAsOneOfTwo(
    { ...base, outlet: "Harbourside Gazette", published: c.days[0], quantity: null, source: c.outer ?? whiteHouse, evidence: c.office, stated: c.stated },
    { ...base, outlet: "Upland Wire", published: c.days[1], quantity: c.quantity ?? null, source: c.voice, evidence: c.council },
  );
};

const cases: Case[] = [
  {
    office: "In May the White House accused Minsk of handing tank engines to Moscow.",
    council: "Belarus has handed tank engines to Russia, national security council spokeswoman Dana Whitlow told reporters on Thursday.",
    voice: { speaker: "Dana Whitlow", org: "US National Security Council", country: "USA" },
    supplier: "BLR",
    recipient: "RUS",
    item: "raw-materials",
    certainty: "asserted",
    stated: "2025-05",
    days: ["2025-09-02", "2025-05-15"],
  },
  {
    office: "Speaking on Monday, the White House said it had no evidence that rifles from Tehran had reached the rebels.",
    council: "Rifles from Iran have not been shown to reach the rebels, according to Marcus Elbe, who briefs for the National Security Council.",
    voice: { speaker: "Marcus Elbe", org: "US National Security Council", country: "USA" },
    supplier: "IRN",
    recipient: "YEM-HOUTHIS",
    item: "weapons-unspecified",
    certainty: "doubted",
    stated: "2025-02-10",
    days: ["2025-02-12", "2025-02-10"],
  },
  {
    office: "The White House last week confirmed that drones built in Iran were reaching Russian units.",
    council: "Iranian-built drones are reaching Russian units, the National Security Council said on 3 March.",
    voice: { speaker: null, org: "US National Security Council", country: "USA" },
    supplier: "IRN",
    recipient: "RUS",
    item: "drones",
    certainty: "asserted",
    stated: "2025-03-03/2025-03-09",
    days: ["2025-03-12", "2025-03-04"],
  },
];

describe("a council's saying and the president's office it sits in, no figure, are one statement", () => {
  it.each(cases)("$council", (c) => expect(link(c)).toBe(true));
});

describe("other sayings stay apart", () => {
  it("a ministry's spokesman, not part of that office", () =>
    expect(link({ ...cases[0], voice: { speaker: "Dana Whitlow", org: "US Department of State", country: "USA" } })).toBe(false));
  it("another occasion", () => expect(link({ ...cases[1], days: ["2025-02-12", "2025-05-20"] })).toBe(false));
  it("a figure on one side only", () =>
    expect(link({ ...cases[0], quantity: { value: 300, min: null, max: null, unit: "items", approx: false } })).toBe(false));
  it("the office of another state", () =>
    expect(link({ ...cases[1], outer: { speaker: null, org: "Russian Presidential Administration", country: "RUS" } })).toBe(false));
});

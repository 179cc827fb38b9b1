// A statement is named after the day its tellings agree on: where one report dates the saying only to its month
// ("in June", "this month") and another to its day, the id carries the day, whichever report came first.
// All reports below are our own.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { linkClaims } from "../../src/link/link-claims.js";
import { meta, toClaim, type SchemaClaim } from "./helpers.js";

let n = 0;
const claim = (doc: string, evidence: string, more: Partial<SchemaClaim>): Claim =>
  toClaim({ doc, kind: "transfer", supplier: "PRK", recipient: "RUS", item: "artillery-ammunition", quantity: { value: 5200, min: null, max: null, unit: "containers", approx: false }, period: null, certainty: "asserted", source: { speaker: "Ines Falk", org: null, country: "DNK" }, evidence, ...more }, n++);

const cases: { month: string; day: string; months: [string, string]; days: [string, string]; want: string }[] = [
  {
    month: "Earlier this month, Ines Falk said 5,200 containers had gone to Russia.",
    day: "Ines Falk said on Friday that 5,200 containers had gone to Russia.",
    months: ["2024-06", "2024-06-20"],
    days: ["2024-06-14", "2024-06-15"],
    want: "2024-06-14",
  },
  {
    month: "In March, Falk put the shipments at 5,200 containers.",
    day: "Falk told lawmakers on 11 March that 5,200 containers had been shipped.",
    months: ["2025-03", "2025-03-12"],
    days: ["2025-03-11", "2025-03-13"],
    want: "2025-03-11",
  },
  {
    month: "Falk's figure from last month, 5,200 containers, still stands.",
    day: "Some 5,200 containers have gone to Russia, Falk said on Tuesday.",
    months: ["2023-11", "2023-12-02"],
    days: ["2023-11-28", "2023-11-29"],
    want: "2023-11-28",
  },
];

describe("a statement is named after the day its tellings agree on, not a month one of them gives", () => {
  it.each(cases)("$month", ({ month, day, months, days, want }) => {
    const docs = new Map([
      ["m", meta({ id: "m", outlet: "Lakeshore Courier", published: months[1] })],
      ["d", meta({ id: "d", outlet: "Upland Gazette", published: days[1] })],
    ]);
    const a = claim("m", month, { stated: months[0] });
    const b = claim("d", day, { stated: days[0] });
    const links = linkClaims([a, b], docs);
    expect(links.get(a.id)).toBe(links.get(b.id));
    expect(links.get(a.id)).toContain(want);
  });
});

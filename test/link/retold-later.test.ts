// A named origin's figure is retold weeks or months later by a report that tells no day of the saying ("in its
// spring report, the panel said ..."). The very figure of the same person or body over the same window is one
// statement however late it is retold; the press's own figures, other windows and other figures stay apart.
// All reports below are our own.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { linkClaims } from "../../src/link/link-claims.js";
import { meta, toClaim, type SchemaClaim } from "./helpers.js";

let n = 0;
const claim = (doc: string, evidence: string, more: Partial<SchemaClaim>): Claim =>
  toClaim({ doc, kind: "transfer", supplier: "PRK", recipient: "RUS", item: "ballistic-missiles", quantity: null, period: null, certainty: "asserted", source: { speaker: null, org: null, country: null }, evidence, ...more }, n++);

const q = (value: number | null, unit: string, more: Partial<NonNullable<Claim["quantity"]>> = {}) => ({ value, min: null, max: null, unit, approx: false, ...more }) as NonNullable<Claim["quantity"]>;

const cases: { first: string; later: string; source: Claim["source"]; item: Claim["item"]; quantity: Claim["quantity"]; days: [string, string, string] }[] = [
  {
    first: "The Vestland Arms Panel says in its report, released on Tuesday, that Pyongyang has shipped 140 missiles to Moscow.",
    later: "In its spring report the panel counted 140 missiles shipped from Pyongyang to Moscow.",
    source: { speaker: null, org: "Vestland Arms Panel", country: null },
    item: "ballistic-missiles",
    quantity: q(140, "missiles"),
    days: ["2025-04-08", "2025-04-09", "2025-07-02"],
  },
  {
    first: "North Korea has sent at least 1,900 containers of shells, Minister Anja Roos told parliament on Monday.",
    later: "Roos has said North Korea sent at least 1,900 containers of shells, a figure she has not updated since.",
    source: { speaker: "Anja Roos", org: null, country: "NOR" },
    item: "artillery-ammunition",
    quantity: { value: null, min: 1900, max: null, unit: "containers", approx: false },
    days: ["2024-10-14", "2024-10-15", "2024-12-20"],
  },
  {
    first: "Some 3,400 North Korean soldiers are now in Kursk, the Fenwick Monitoring Group said on Friday.",
    later: "The Fenwick Monitoring Group put the number of North Korean soldiers in Kursk at some 3,400.",
    source: { speaker: null, org: "Fenwick Monitoring Group", country: null },
    item: "troops",
    quantity: q(3400, "troops", { approx: true }),
    days: ["2025-01-17", "2025-01-18", "2025-03-11"],
  },
];

describe("a named origin's figure retold months later with no day is one statement", () => {
  it.each(cases)("$later", ({ first, later, source, item, quantity, days }) => {
    const docs = new Map([
      ["a", meta({ id: "a", outlet: "Lakeshore Courier", published: days[1] })],
      ["b", meta({ id: "b", outlet: "Upland Gazette", published: days[2] })],
    ]);
    const a = claim("a", first, { source, item, quantity, stated: days[0], cumulative: true });
    const b = claim("b", later, { source, item, quantity, cumulative: true });
    const links = linkClaims([a, b], docs);
    expect(links.get(b.id)).toBe(links.get(a.id));
  });

  it("keeps apart the press's own figure, another window and another figure", () => {
    const docs = new Map([
      ["a", meta({ id: "a", outlet: "Lakeshore Courier", published: "2025-04-09" })],
      ["b", meta({ id: "b", outlet: "Upland Gazette", published: "2025-07-02" })],
    ]);
    const panel = { speaker: null, org: "Vestland Arms Panel", country: null };
    const base = { source: panel, quantity: q(140, "missiles"), cumulative: true };
    const a = claim("a", "The panel counted 140 missiles.", { ...base, stated: "2025-04-08" });
    // In the outlet's own voice on both sides: no named origin.
    const ownA = claim("a", "Pyongyang has shipped 140 missiles.", { ...base, source: { speaker: null, org: "Lakeshore Courier", country: null } });
    const ownB = claim("b", "Pyongyang has shipped 140 missiles.", { ...base, source: { speaker: null, org: "Upland Gazette", country: null } });
    // Another window: the figure of one year against a running total.
    const year = claim("b", "In 2025 the panel counted 140 missiles.", { ...base, cumulative: false, period: { start: "2025", end: "2025" } });
    // Another figure.
    const other = claim("b", "The panel counted 170 missiles.", { ...base, quantity: q(170, "missiles") });
    const links = linkClaims([a, ownA, ownB, year, other], docs);
    expect(links.get(ownB.id)).not.toBe(links.get(ownA.id));
    expect(links.get(year.id)).not.toBe(links.get(a.id));
    expect(links.get(other.id)).not.toBe(links.get(a.id));
  });
});

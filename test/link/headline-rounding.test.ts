// A headline rounds the body's figure ("nearly $2bn" over "$1.98bn", "over 30,000" over "30,400"): one figure of one
// origin told twice in one report is one statement, so another report that retells the body's figure joins the
// headline too. All reports below are our own.
import { describe, expect, it } from "vitest";
import type { Claim, Quantity } from "../../src/core/claim.js";
import { areSiblings } from "../../src/link/linker.js";
import { linkClaims, linkDoc } from "../../src/link/link-claims.js";
import { meta, toClaim, type SchemaClaim } from "./helpers.js";

const docs = new Map([
  ["a", meta({ id: "a", outlet: "Harbour Ledger", published: "2025-05-08" })],
  ["b", meta({ id: "b", outlet: "Inland Post", published: "2025-05-08" })],
]);

let n = 0;
const claim = (doc: string, evidence: string, quantity: Quantity, more: Partial<SchemaClaim> = {}): Claim => {
  const c = toClaim({ doc, kind: "transfer", supplier: "USA", recipient: "PHL", item: "naval", quantity, period: null, certainty: "asserted", source: { speaker: null, org: "US Department of State", country: "USA" }, evidence, ...more }, n++);
  const start = 1000 * n;
  return { ...c, evidence: { ...c.evidence, start, end: start + evidence.length } };
};
const q = (value: number | null, unit: Quantity["unit"], bound: "max" | "min" | null = null, approx = false): Quantity =>
  bound ? { value: null, min: bound === "min" ? value : null, max: bound === "max" ? value : null, unit, approx } : { value, min: null, max: null, unit, approx };

const cases: [string, Quantity, string, Quantity][] = [
  ["Washington clears patrol boat sale to Manila worth nearly $2 billion", q(2e9, "usd", "max"), "The State Department approved the sale of patrol boats to the Philippines worth about $1.98 billion, officials in Washington said.", q(1.98e9, "usd", null, true)],
  ["US to sell Manila over 400 patrol craft, State Department says", q(400, "items", "min"), "The State Department said the Philippines would receive 404 patrol craft under the agreement.", q(404, "items")],
  ["US approves $3bn boat deal for the Philippines", q(3e9, "usd"), "The department cleared a sale of coastal boats valued at $2.95 billion on Wednesday.", q(2.95e9, "usd")],
];

describe("a headline's rounded figure and the body's exact one are one statement", () => {
  it.each(cases)("%s", (headline, hq, body, bq) => {
    const own = { speaker: null, org: "Harbour Ledger", country: null };
    const h = claim("a", headline, hq, { source: own });
    const b = claim("a", body, bq);
    const other = claim("b", body.replace("approved", "has approved").replace("said", "announced"), bq);
    const d = linkDoc(docs.get("a")!, [h, b]);
    expect(areSiblings({ claim: h, doc: d }, { claim: b, doc: d })).toBe(true);
    const links = linkClaims([h, b, other], docs);
    expect(links.get(h.id)).toBe(links.get(b.id));
    expect(links.get(other.id)).toBe(links.get(b.id));
  });

  it("keeps figures further apart than a rounding apart, a bound as a point", () => {
    const d = linkDoc(docs.get("a")!, []);
    const at = (c: Claim) => ({ claim: c, doc: d });
    const body = claim("a", "The department approved boats worth $1.8 billion.", q(1.8e9, "usd"));
    expect(areSiblings(at(claim("a", "Boat sale worth nearly $2 billion", q(2e9, "usd", "max"))), at(body))).toBe(false);
    expect(areSiblings(at(claim("a", "Sale of more than 400 craft", q(400, "items", "min"))), at(claim("a", "The department approved 380 craft.", q(380, "items"))))).toBe(false);
  });
});

// A statement is one occasion: retellings a few days apart may not chain into one statement lasting months,
// whichever order the reports come in; and a retelling that dates the occasion joins it however late it comes.
import { describe, expect, it } from "vitest";
import type { DocumentMeta } from "../../src/core/document.js";
import { linkClaims } from "../../src/link/link-claims.js";
import { toClaim, type SchemaClaim } from "./helpers.js";

const day = (n: number) => new Date(Date.UTC(2024, 2, 1) + n * 86_400_000).toISOString().slice(0, 10);

function page(id: string, published: string, said: Partial<SchemaClaim>): [SchemaClaim, DocumentMeta] {
  const claim: SchemaClaim = {
    doc: id, kind: "transfer", supplier: "PRK", recipient: "RUS", item: "artillery-ammunition", quantity: null, period: null,
    certainty: "reported", source: { speaker: null, org: "Harbour Post", country: null }, evidence: `Shells keep crossing the border, page ${id} says.`, ...said,
  };
  return [claim, { id, url: null, outlet: "Harbour Post", published, title: null, author: null } as DocumentMeta];
}

function link(pages: [SchemaClaim, DocumentMeta][]): string[][] {
  const claims = pages.map(([c], i) => toClaim(c, i));
  const got = linkClaims(claims, new Map(pages.map(([, m]) => [m.id, m])));
  const groups = new Map<string, string[]>();
  for (const c of claims) groups.set(got.get(c.id)!, [...(groups.get(got.get(c.id)!) ?? []), c.doc]);
  return [...groups.values()].map((g) => g.sort()).sort((a, b) => (a[0] < b[0] ? -1 : 1));
}

describe("one statement, one occasion", () => {
  it("does not chain an outlet's line told every third day into one statement", () => {
    const pages = [0, 3, 6, 9, 12, 15].map((n) => page(`p${n}`, day(n), {}));
    const groups = link(pages);
    for (const g of groups) {
      const days = g.map((id) => Number(id.slice(1)));
      expect(Math.max(...days) - Math.min(...days), g.join(",")).toBeLessThanOrEqual(4);
    }
    expect(link([...pages].reverse())).toEqual(groups);
  });

  it("keeps a minister's figures of the 2nd and of the 26th of one month apart, and a retelling dated to the month off both", () => {
    const said = (stated: string, value: number) => ({ stated, quantity: { value, min: null, max: null, unit: "containers" as const, approx: false }, source: { speaker: "Defence Minister Park Ji-ho", org: null, country: "KOR" } });
    const pages = [page("a", day(1), said(day(1), 4200)), page("b", day(25), said(day(25), 4200)), page("c", day(40), said(day(0).slice(0, 7), 4200))];
    const groups = link(pages);
    expect(groups.some((g) => g.includes("a") && g.includes("b"))).toBe(false);
  });

  it("joins a retelling weeks later that dates the occasion to its day", () => {
    const said = (stated: string, value: number) => ({ stated, quantity: { value, min: null, max: null, unit: "containers" as const, approx: false }, source: { speaker: "Park Ji-ho", org: null, country: "KOR" } });
    const pages = [page("first", day(2), said(day(2), 4200)), page("later", day(60), said(day(2), 4200)), page("other", day(60), said(day(60), 9000))];
    expect(link(pages)).toEqual([["first", "later"], ["other"]]);
    expect(link([...pages].reverse())).toEqual([["first", "later"], ["other"]]);
  });
});

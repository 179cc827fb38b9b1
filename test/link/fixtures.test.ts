// Golden fixtures for linking: a folder per pattern, input claims and the expected statements side by side.
// UPDATE_FIXTURES=1 rewrites expected.json from what linkClaims does now; `"known_failure": true` keeps a case in the table.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { DocumentMeta } from "../../src/core/document.js";
import { linkClaims } from "../../src/link/link-claims.js";
import { groupNearDuplicates } from "../../src/link/near-duplicates.js";
import { meta, scoreLinks, toClaim, type SchemaClaim } from "./helpers.js";

const ROOT = join(process.cwd(), "test/fixtures/link");
const UPDATE = process.env.UPDATE_FIXTURES === "1";

interface Input {
  docs: (Partial<DocumentMeta> & { id: string; text?: string })[];
  claims: SchemaClaim[];
}
interface Expected {
  statements: string[][];
  known_failure?: boolean;
}

function run(input: Input) {
  const texts = new Map(input.docs.filter((d) => d.text).map((d) => [d.id, d.text!]));
  const groups = groupNearDuplicates(texts);
  const docs = new Map(input.docs.map((d) => [d.id, { ...meta({ id: d.id, outlet: d.outlet, published: d.published }), group: groups.get(d.id) ?? null }]));
  const perDoc = new Map<string, number>();
  const claims = input.claims.map((c) => {
    const i = perDoc.get(c.doc) ?? 0;
    perDoc.set(c.doc, i + 1);
    return { claim: toClaim(c, i), statement: undefined as string | undefined };
  });
  const links = linkClaims(claims.map((c) => c.claim), docs as Map<string, DocumentMeta & { group: string | null }>);
  const byStatement = new Map<string, string[]>();
  for (const c of claims) byStatement.set(links.get(c.claim.id)!, [...(byStatement.get(links.get(c.claim.id)!) ?? []), c.claim.id]);
  const statements = [...byStatement.values()].filter((g) => g.length > 1).map((g) => g.sort()).sort((a, b) => a[0].localeCompare(b[0]));
  return { claims, links, statements };
}

const cases = readdirSync(ROOT).sort();
const totals = { right: 0, predicted: 0, gold: 0 };

describe("linking fixtures", () => {
  for (const name of cases) {
    const input = JSON.parse(readFileSync(join(ROOT, name, "input.json"), "utf8")) as Input;
    const expectedPath = join(ROOT, name, "expected.json");
    const expected = JSON.parse(readFileSync(expectedPath, "utf8")) as Expected;
    const check = expected.known_failure ? it.fails : it;
    check(name.replace(/-/g, " "), () => {
      const { claims, links, statements } = run(input);
      if (UPDATE) writeFileSync(expectedPath, `${JSON.stringify({ ...expected, statements }, null, 2)}\n`);
      const gold = new Map(expected.statements.flatMap((g, i) => g.map((id) => [id, `g${i}`] as const)));
      const s = scoreLinks(claims.map((c) => ({ claim: c.claim, statement: gold.get(c.claim.id) })), links);
      totals.right += s.right;
      totals.predicted += s.predLinks;
      totals.gold += s.goldLinks;
      expect(statements).toEqual(expected.statements.map((g) => [...g].sort()).sort((a, b) => a[0].localeCompare(b[0])));
    });
  }
  it("links with precision ≥ 0.90 and recall ≥ 0.80 over all fixtures", () => {
    const precision = totals.predicted ? totals.right / totals.predicted : 1;
    const recall = totals.gold ? totals.right / totals.gold : 1;
    console.log(`fixture links: ${totals.right} right of ${totals.predicted} predicted, ${totals.gold} expected (precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)})`);
    expect(precision).toBeGreaterThanOrEqual(0.9);
    expect(recall).toBeGreaterThanOrEqual(0.8);
  });
});

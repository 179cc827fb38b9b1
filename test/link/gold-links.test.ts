// Scores linkClaims alone on the dev set's hand-made claims: pairs of claims in different documents that share a statement.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { DocumentMeta } from "../../src/core/document.js";
import { linkClaims } from "../../src/link/link-claims.js";
import { meta, scoreLinks, toClaim, type SchemaClaim } from "./helpers.js";
import { DEV, needs } from "../services.js";

describe.skipIf(!needs("shared", existsSync(DEV), `missing ${DEV}`))("linkClaims on the dev gold claims", () => {
  it("reaches precision 0.90 and recall 0.80 on cross-document statement links", () => {
    const docs = new Map<string, DocumentMeta>();
    const gold: { claim: ReturnType<typeof toClaim>; statement: string | undefined }[] = [];
    for (const f of readdirSync(DEV).filter((x) => x.endsWith(".gold.json")).sort()) {
      const id = f.replace(/\.gold\.json$/, "");
      const m = JSON.parse(readFileSync(join(DEV, `${id}.meta.json`), "utf8"));
      docs.set(id, meta({ id, url: m.url, outlet: m.outlet, published: m.published }));
      const g = JSON.parse(readFileSync(join(DEV, f), "utf8")) as { claims: SchemaClaim[] };
      g.claims.forEach((c, i) => gold.push({ claim: toClaim({ ...c, doc: id }, i), statement: c.statement }));
    }
    const links = linkClaims(gold.map((g) => g.claim), docs);
    const s = scoreLinks(gold, links);
    console.log(`dev gold links: ${s.right} right of ${s.predLinks} predicted, ${s.goldLinks} in gold (precision ${s.precision.toFixed(3)}, recall ${s.recall.toFixed(3)})`);
    if (s.wrong.length) console.log("wrong:", s.wrong);
    if (s.missed.length) console.log("missed:", s.missed);
    expect(s.precision).toBeGreaterThanOrEqual(0.9);
    expect(s.recall).toBeGreaterThanOrEqual(0.8);
    // Deterministic ids: the same claims in another order link to the same statement ids.
    const reversed = linkClaims(gold.map((g) => g.claim).reverse(), docs);
    expect(new Map([...reversed].sort())).toEqual(new Map([...links].sort()));
  });
});

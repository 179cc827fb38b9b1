// Loads many processed documents into an empty store at once: linked in memory, inserted in batches.
// For benchmarks and first imports; putDocument stays the way to ingest (it checks versions and near-duplicates).
import { createHash } from "node:crypto";
import type { Kysely } from "kysely";
import type { ArmsDocument } from "../core/document.js";
import { buildStatement, type Carrier } from "../link/build-statement.js";
import { linkClaims, namedSources } from "../link/link-claims.js";
import { claimToRow, statementToRow } from "./rows.js";
import type { Database } from "./schema.js";
import { sourceRow } from "./sources.js";

const BATCH = 100;

export async function bulkLoad(db: Kysely<Database>, docs: readonly ArmsDocument[]): Promise<{ documents: number; claims: number; statements: number }> {
  const metas = new Map(docs.map((d) => [d.meta.id, d.meta]));
  const links = linkClaims(docs.flatMap((d) => d.claims), metas);
  const carriers = new Map<string, Carrier[]>();
  const now = new Date().toISOString();
  let claims = 0;
  for (let i = 0; i < docs.length; i += BATCH * 10) {
    const slice = docs.slice(i, i + BATCH * 10);
    await db.transaction().execute(async (trx) => {
      const docRows = slice.map((d) => ({
        key: `${d.meta.id}@1`, id: d.meta.id, version: 1, current: 1, hash: d.hash || createHash("sha256").update(d.bytes).digest("hex"),
        url: d.meta.url, outlet: d.meta.outlet, title: d.meta.title, author: d.meta.author, published: d.meta.published,
        format: d.format, raw: d.text, text: d.text, grp: null, diagnostics: JSON.stringify(d.diagnostics),
        named: JSON.stringify([...namedSources(d.claims)]), minhash: "[]", ingested_at: now, seen: 0,
      }));
      for (let j = 0; j < docRows.length; j += BATCH) await trx.insertInto("documents").values(docRows.slice(j, j + BATCH)).execute();
      const claimRows = slice.flatMap((d) => d.claims.map((c) => ({ ...claimToRow(c, `${d.meta.id}@1`, d.meta.published), statement: links.get(c.id)! })));
      for (let j = 0; j < claimRows.length; j += BATCH) await trx.insertInto("claims").values(claimRows.slice(j, j + BATCH)).execute();
      claims += claimRows.length;
    });
    for (const d of slice) {
      for (const c of d.claims) {
        const sid = links.get(c.id)!;
        const list = carriers.get(sid) ?? [];
        list.push({ claim: c, doc: { id: d.meta.id, url: d.meta.url, outlet: d.meta.outlet, published: d.meta.published, group: null } });
        carriers.set(sid, list);
      }
    }
  }
  const statementRows = [...carriers].map(([sid, list]) => statementToRow(buildStatement(sid, list)));
  const sources = new Map(docs.flatMap((d) => d.claims.map((c) => sourceRow(c.source, d.meta.outlet))).map((r) => [r.id, r]));
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom("flow_summaries").execute(); // recomputed on the next listing
    for (let j = 0; j < statementRows.length; j += BATCH) await trx.insertInto("statements").values(statementRows.slice(j, j + BATCH)).execute();
    const s = [...sources.values()];
    for (let j = 0; j < s.length; j += BATCH) await trx.insertInto("sources").values(s.slice(j, j + BATCH)).onConflict((oc) => oc.column("id").doNothing()).execute();
  });
  return { documents: docs.length, claims, statements: statementRows.length };
}

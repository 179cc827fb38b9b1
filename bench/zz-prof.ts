// Response times of the API's main reads on a ledger of 100,000 documents (SQLite), in-process with inject().
// Run: npx tsx bench/api.bench.ts [documents]   (timings are printed, never asserted)
// The ledger is written straight into the store's tables in batches: running 100,000 reports through
// the pipeline and the linker would take most of an hour, and the reads do not care how rows were made.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import type { Kysely } from "kysely";
import { build } from "../src/api/app.js";
import { openStore } from "../src/store/open-store.js";
import type { Database } from "../src/store/schema.js";

const DOCUMENTS = Number(process.argv[2] ?? 100_000);
const CLAIMS_PER_DOC = 2;
const CLAIMS_PER_STATEMENT = 5; // a statement retold by five outlets
const BATCH = 500;

const PAIRS = [["PRK", "RUS"], ["RUS", "PRK"], ["IRN", "RUS"], ["RUS", "IRN"], ["USA", "UKR"], ["DEU", "UKR"], ["CHN", "RUS"], ["RUS", "SYR"], ["FRA", "UKR"], ["GBR", "UKR"], ["BLR", "RUS"], ["RUS", "BLR"]];
const ITEMS: [string, string][] = [["artillery-ammunition", "rounds"], ["weapons-unspecified", "containers"], ["drones", "drones"], ["ballistic-missiles", "missiles"], ["troops", "troops"], ["oil-fuel", "barrels"], ["food", "tonnes"], ["money", "usd"]];
const SOURCES = Array.from({ length: 300 }, (_, i) => ({ speaker: i % 3 ? `Official ${i}` : null, org: `Body ${i % 120}`, country: PAIRS[i % PAIRS.length][i % 2] }));
const OUTLETS = Array.from({ length: 200 }, (_, i) => `Outlet ${i}`);
const CERTAINTIES = ["asserted", "asserted", "reported", "believed", "possible", "denied"];

const day = (n: number) => new Date(Date.UTC(2022, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
const pick = <T>(list: readonly T[], i: number): T => list[i % list.length];

async function insert(db: Kysely<Database>, table: keyof Database, rows: Record<string, unknown>[]): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) await db.insertInto(table).values(rows.slice(i, i + BATCH) as never).execute();
}

async function generate(db: Kysely<Database>): Promise<void> {
  const statements = Math.ceil((DOCUMENTS * CLAIMS_PER_DOC) / CLAIMS_PER_STATEMENT);
  await db.transaction().execute(async (trx) => {
    await insert(trx, "sources", SOURCES.map((s, i) => ({ id: `bench-source-${i}`, ...s, kind: i % 4 ? "official" : "media" })));
    const rows: Record<string, unknown>[] = [];
    for (let i = 0; i < statements; i++) {
      const [supplier, recipient] = pick(PAIRS, i);
      const [item, unit] = pick(ITEMS, Math.floor(i / PAIRS.length));
      const s = pick(SOURCES, i * 7);
      rows.push({
        id: `st-${i}`, kind: "transfer", supplier, recipient, item, q_value: 1000 + (i % 977) * 37, q_min: null, q_max: null, unit, approx: i % 2,
        period_start: null, period_end: day(i % 1400), cumulative: i % 3 ? 1 : 0, stated: day(i % 1400), certainty: pick(CERTAINTIES, i),
        speaker: s.speaker, org: s.org, country: s.country, source_key: `bench-source-${(i * 7) % SOURCES.length}`, media: 0,
        independent_sources: 1 + (i % 3), reports: CLAIMS_PER_STATEMENT, carriers: JSON.stringify([pick(OUTLETS, i)]),
      });
      if (rows.length === 5000) await insert(trx, "statements", rows.splice(0));
    }
    await insert(trx, "statements", rows.splice(0));
  });
  const text = "Freight trains crossed the river at night, officials said. The ministry said the shipments had grown since the spring. Nobody else would comment on the figures.";
  for (let start = 0; start < DOCUMENTS; start += 5000) {
    await db.transaction().execute(async (trx) => {
      const docs: Record<string, unknown>[] = [];
      const claims: Record<string, unknown>[] = [];
      for (let d = start; d < Math.min(start + 5000, DOCUMENTS); d++) {
        const id = `doc-${d}`;
        docs.push({
          key: `${id}@1`, id, version: 1, current: 1, hash: `h${d}`, url: `https://example.org/${d}`, outlet: pick(OUTLETS, d), title: `Report ${d}`,
          author: null, published: day(d % 1400), format: "text", raw: text, text, grp: null, diagnostics: "[]", named: "[]", minhash: "[]",
          ingested_at: new Date(Date.UTC(2025, 0, 1) + d * 1000).toISOString(),
        });
        for (let c = 0; c < CLAIMS_PER_DOC; c++) {
          const n = d * CLAIMS_PER_DOC + c;
          const st = Math.floor(n / CLAIMS_PER_STATEMENT);
          const [supplier, recipient] = pick(PAIRS, st);
          const [item, unit] = pick(ITEMS, Math.floor(st / PAIRS.length));
          const s = pick(SOURCES, st * 7);
          claims.push({
            key: `${id}@1/${id}#${c}`, claim_id: `${id}#${c}`, doc_key: `${id}@1`, doc: id, current: 1, kind: "transfer", supplier, recipient, item,
            q_value: 1000 + (st % 977) * 37, q_min: null, q_max: null, unit, approx: st % 2, calibre: null, period_start: null, period_end: day(st % 1400),
            cumulative: st % 3 ? 1 : 0, certainty: pick(CERTAINTIES, st), speaker: s.speaker, org: s.org, country: s.country,
            source_key: `bench-source-${(st * 7) % SOURCES.length}`, relays: c ? JSON.stringify([pick(OUTLETS, st + 1)]) : "[]", stated: day(st % 1400),
            day_lo: st % 1400, day_hi: st % 1400, evidence: "The ministry said the shipments had grown since the spring.", ev_start: 59, ev_end: 118,
            parts: "{}", segment: 0, statement: `st-${st}`,
          });
        }
      }
      await insert(trx, "documents", docs);
      await insert(trx, "claims", claims);
    });
  }
}

async function main(): Promise<void> {
  const { existsSync } = await import("node:fs");
  const fresh = !existsSync("/tmp/prof.db");
  const store = await openStore({ db: "/tmp/prof.db" });
  const db = (store as unknown as { db: Kysely<Database> }).db;
  if (fresh) await generate(db);
  const t = async (label: string, fn: () => Promise<unknown>) => { for (let i = 0; i < 3; i++) { const t0 = performance.now(); const r = await fn(); console.log(label, (performance.now() - t0).toFixed(0), "ms", Array.isArray(r) ? r.length : ""); } };
  const { sql } = await import("kysely");
  await t("claims+docs", () => sql`select claims.statement, claims.doc, claims.relays, documents.outlet from claims join documents on documents.key = claims.doc_key where claims.current = 1 and claims.relays != '[]'`.execute(db).then((r) => r.rows));
  await t("claims+docs ordered", () => sql`select claims.statement, claims.doc, claims.relays, documents.outlet from claims join documents on documents.key = claims.doc_key where claims.current = 1 and claims.relays != '[]' order by claims.statement, claims.doc`.execute(db).then((r) => r.rows));
  await t("statements narrow", () => sql`select id, speaker, org, country from statements`.execute(db).then((r) => r.rows));
  await t("statements narrow-grade", () => sql`select kind, supplier, recipient, item, certainty, speaker, org, country, independent_sources from statements`.execute(db).then((r) => r.rows));
  await t("statements grouped-grade", () => sql`select kind, supplier, recipient, item, certainty, speaker, org, country, independent_sources, count(*) n from statements group by kind, supplier, recipient, item, certainty, speaker, org, country, independent_sources`.execute(db).then((r) => r.rows));
  await store.close();
}

await main();

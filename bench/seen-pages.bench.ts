// Bytes of the ledger with and without pages that give no claim kept whole:
// `npx tsx bench/seen-pages.bench.ts [--mb N] [--pg URL] [--json]`.
// Generates a seeded general crawl (bench/generate-pages.ts: one page in ten on topic, 30 % HTML, boilerplate,
// reprints), extracts it once, then stores the same documents into two fresh ledgers: by default (a page that
// gives no claim is recorded as seen only) and with keepEmpty (`armsflow ingest --keep-empty`: every page whole).
// SQLite: the file's bytes once closed (WAL folded in). With --pg: the bytes of the ledger's tables and indexes in
// a fresh schema of that PostgreSQL (pg_total_relation_size), dropped afterwards.
import { mkdtempSync, rmSync, statSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import type { ArmsDocument } from "../src/core/document.js";
import { readInputs } from "../src/ingest/read-files.js";
import { processDocument } from "../src/pipeline.js";
import { openStore } from "../src/store/open-store.js";
import { generateCrawl, writeCrawl } from "./generate-pages.js";

const args = process.argv.slice(2);
const arg = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const mb = Number(arg("--mb") ?? 4);
const pgUrl = arg("--pg");
const json = args.includes("--json");

const dir = mkdtempSync(join(tmpdir(), "armsflow-seen-bench-"));
try {
  const crawl = writeCrawl(join(dir, "pages"), generateCrawl({ mb, onTopic: 0.1, seed: 7 }));
  const docs: ArmsDocument[] = [];
  for await (const input of readInputs([join(dir, "pages")])) {
    const doc = processDocument(input);
    if (!doc.diagnostics.some((d) => d.severity === "fatal")) docs.push(doc);
  }
  const empty = docs.filter((d) => d.claims.length === 0).length;

  const sqliteBytes = async (keepEmpty: boolean): Promise<number> => {
    const file = join(dir, `${keepEmpty ? "whole" : "seen"}.db`);
    const store = await openStore({ db: file });
    for (const d of docs) await store.putDocument(d, { keepEmpty });
    await store.close();
    return statSync(file).size + (existsSync(`${file}-wal`) ? statSync(`${file}-wal`).size : 0);
  };
  const pgBytes = async (url: string, keepEmpty: boolean): Promise<number> => {
    const schema = `seen_bench_${process.pid}_${keepEmpty ? "whole" : "seen"}`;
    const store = await openStore({ databaseUrl: url, schema });
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      for (const d of docs) await store.putDocument(d, { keepEmpty });
      await store.close();
      await client.query(`vacuum`);
      const r = await client.query(`select coalesce(sum(pg_total_relation_size(c.oid)), 0)::bigint as n from pg_class c join pg_namespace n on n.oid = c.relnamespace where n.nspname = $1 and c.relkind in ('r', 't', 'm')`, [schema]);
      return Number(r.rows[0].n);
    } finally {
      await client.query(`drop schema if exists ${schema} cascade`);
      await client.end();
    }
  };

  const result: Record<string, unknown> = {
    date: new Date().toISOString().slice(0, 10),
    crawl_mb: Number((crawl.bytes / 1e6).toFixed(2)), pages: crawl.pages, stored: docs.length, no_claim: empty,
    sqlite_bytes_seen: await sqliteBytes(false), sqlite_bytes_keep_empty: await sqliteBytes(true),
  };
  if (pgUrl) {
    result.pg_bytes_seen = await pgBytes(pgUrl, false);
    result.pg_bytes_keep_empty = await pgBytes(pgUrl, true);
  }
  if (json) process.stdout.write(`${JSON.stringify(result)}\n`);
  else for (const [k, v] of Object.entries(result)) console.log(`${k.padEnd(26)} ${v}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}

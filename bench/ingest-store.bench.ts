// Store speed on both engines: documents per second through putDocument (one transaction each, linking
// included), then `flows` and `flow` query times on a ledger of 100,000 generated documents.
// Run: npx tsx bench/ingest-store.bench.ts [INGEST_DOCS=1000] [LEDGER_DOCS=100000]   (prints figures, asserts nothing)
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import pg from "pg";
import { bulkLoad } from "../src/store/bulk-load.js";
import { openStore, type KyselyStore, type StoreOptions } from "../src/store/open-store.js";
import { generateReport } from "../test/store/generate-reports.js";
import { makeDoc } from "../test/store/make-doc.js";

const INGEST = Number(process.argv[2] ?? 1000);
const LEDGER = Number(process.argv[3] ?? 100_000);
const PG_URL = process.env.ARMSFLOW_TEST_PG ?? "postgres://root@127.0.0.1:5432/test";

const doc = (i: number) => {
  const r = generateReport(i);
  return makeDoc(r.meta, r.sentences, r.claims);
};

async function engines(): Promise<{ name: string; open(): Promise<{ store: KyselyStore; drop(): Promise<void> }> }[]> {
  const list = [{
    name: "sqlite",
    async open() {
      const dir = mkdtempSync(join(tmpdir(), "armsflow-bench-"));
      const store = await openStore({ db: join(dir, "bench.db") });
      return { store, drop: async () => { await store.close(); rmSync(dir, { recursive: true, force: true }); } };
    },
  }];
  const client = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.end();
  } catch {
    console.warn(`PostgreSQL unreachable at ${PG_URL}: benchmarking SQLite only`);
    return list;
  }
  let n = 0;
  return [...list, {
    name: "postgres",
    async open() {
      const options: StoreOptions = { databaseUrl: PG_URL, schema: `armsflow_bench_${process.pid}_${n++}` };
      const store = await openStore(options);
      return {
        store,
        drop: async () => {
          await store.close();
          const c = new pg.Client({ connectionString: PG_URL });
          await c.connect();
          await c.query(`drop schema if exists "${options.schema}" cascade`);
          await c.end();
        },
      };
    },
  }];
}

async function timed<T>(runs: number, fn: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const times: number[] = [];
  let result!: T;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    result = await fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)], result };
}

for (const engine of await engines()) {
  {
    const { store, drop } = await engine.open();
    const t = performance.now();
    for (let i = 0; i < INGEST; i++) await store.putDocument(doc(i));
    const s = (performance.now() - t) / 1000;
    console.log(`${engine.name}: ingest ${INGEST} documents (2 claims each, linked) in ${s.toFixed(1)} s = ${(INGEST / s).toFixed(0)} documents/s`);
    await drop();
  }
  {
    const { store, drop } = await engine.open();
    const docs = Array.from({ length: LEDGER }, (_, i) => doc(i));
    const t = performance.now();
    const loaded = await bulkLoad(store.db, docs);
    console.log(`${engine.name}: bulk load of ${loaded.documents} documents, ${loaded.claims} claims, ${loaded.statements} statements in ${((performance.now() - t) / 1000).toFixed(1)} s`);
    const flows = await timed(5, () => store.listFlows());
    console.log(`${engine.name}: flows (${flows.result.length} flows) median ${flows.ms.toFixed(0)} ms`);
    const flow = await timed(5, () => store.getFlow("PRK", "RUS", "artillery-ammunition"));
    console.log(`${engine.name}: flow PRK RUS artillery-ammunition (${flow.result.length} statements, ${flow.result.reduce((n, s) => n + s.reports.length, 0)} reports) median ${flow.ms.toFixed(0)} ms`);
    const st = await timed(5, () => store.listStatements({ source: "kang", limit: 100 }));
    console.log(`${engine.name}: statements --source kang (first 100) median ${st.ms.toFixed(0)} ms`);
    await drop();
  }
}

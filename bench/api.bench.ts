// Response times of the API's main reads on a ledger of 100,000 documents (SQLite), in-process with inject().
// Run: npx tsx bench/api.bench.ts [documents] [--quick] [--json] [--only=WORD,...] [--ledger=FILE]   (timings are printed, never asserted)
// --quick: 10,000 documents (unless given) and fewer runs; --json: the figures as one JSON line last (bench/run.ts);
// --only: the routes whose URL holds one of the words; --ledger: keep the generated ledger in FILE and reuse it when
// it is there (the 100,000-document ledger takes a minute or more to write: before/after runs can share it).
// The ledger is written straight into the store's tables in batches: running 100,000 reports through
// the pipeline and the linker would take most of an hour, and the reads do not care how rows were made.
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import type { Kysely } from "kysely";
import { build } from "../src/api/app.js";
import { openStore } from "../src/store/open-store.js";
import type { Database } from "../src/store/schema.js";

const args = process.argv.slice(2);
const flag = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const QUICK = args.includes("--quick");
const JSON_OUT = args.includes("--json");
const ONLY = flag("only")?.split(",").filter(Boolean) ?? [];
const LEDGER = flag("ledger");
const DOCUMENTS = Number(args.find((a) => !a.startsWith("--")) ?? (QUICK ? 10_000 : 100_000));
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
  const log = JSON_OUT ? console.error : console.log;
  const dir = mkdtempSync(join(tmpdir(), "armsflow-bench-"));
  const file = LEDGER ?? join(dir, "bench.db");
  const reuse = LEDGER !== undefined && existsSync(LEDGER);
  const store = await openStore({ db: file });
  const db = (store as unknown as { db: Kysely<Database> }).db;
  let t0 = performance.now();
  if (!reuse) await generate(db);
  log(`ledger: ${await store.countDocuments()} documents, ${DOCUMENTS * CLAIMS_PER_DOC} claims, ${Math.ceil((DOCUMENTS * CLAIMS_PER_DOC) / CLAIMS_PER_STATEMENT)} statements, ${reuse ? `reused (${file})` : `written in ${((performance.now() - t0) / 1000).toFixed(1)} s`}`);
  // Raw: every read goes to the store. Cached: the whole-ledger aggregates are memoised between writes.
  const raw = await build({ store, token: "bench", cacheMs: 0 });
  const cached = await build({ store, token: "bench" });
  const doc = `doc-${Math.floor(DOCUMENTS * 0.54)}`;
  const statement = `st-${Math.floor((DOCUMENTS * CLAIMS_PER_DOC) / CLAIMS_PER_STATEMENT / 2)}`;
  let reads: [string, number][] = [
    ["/api/documents?limit=100", 30],
    [`/api/documents/${doc}`, 30],
    [`/api/claims?doc=${doc}`, 30],
    ["/api/statements?limit=100", 30],
    ["/api/statements?source=official%2012&limit=100", 20],
    ["/api/statements?state=UKR&item=drones&since=2024-06-01&limit=100", 20],
    [`/api/statements/${statement}`, 30],
    ["/api/flows", 20],
    ["/api/flows?sparklines=true", 5],
    ["/api/flows/PRK/RUS/artillery-ammunition", 20],
    ["/api/flows/PRK/RUS/artillery-ammunition?limit=50", 30],
    ["/api/sources", 10],
  ];
  if (ONLY.length) reads = reads.filter(([url]) => ONLY.some((w) => url.includes(w)));
  if (QUICK) reads = reads.map(([url, runs]) => [url, Math.min(runs, 10)]);
  const figures: Record<string, { median_ms: number; p95_ms: number; cpu_median_ms: number; cpu_p95_ms: number; first_cpu_ms: number; kb: number; runs: number }> = {};
  const aggregates = new Set(["/api/flows", "/api/flows?sparklines=true", "/api/flows/PRK/RUS/artillery-ammunition", "/api/flows/PRK/RUS/artillery-ammunition?limit=50", "/api/sources"]);
  log(`${"route".padEnd(66)} ${"runs".padStart(4)} ${"median".padStart(9)} ${"p95".padStart(9)} ${"cpu med".padStart(9)} ${"cpu p95".padStart(9)} ${"1st cpu".padStart(9)}  status, size`);
  const measure = async (app: typeof raw, url: string, runs: number, label: string) => {
    // Warm-up: JIT, SQLite's page cache, and what is kept (the memo when cached; what is kept by the ledger's stamp, in
    // both). Its CPU time (`1st cpu`, `first_cpu_ms`) bounds that of a read after a write: a miss, plus the JIT of a first request.
    let c0 = process.cpuUsage();
    const first = await app.inject({ url });
    const firstCpu = process.cpuUsage(c0);
    const firstMs = (firstCpu.user + firstCpu.system) / 1000;
    const times: number[] = [];
    const cpus: number[] = [];
    for (let i = 0; i < runs; i++) {
      t0 = performance.now();
      c0 = process.cpuUsage();
      await app.inject({ url });
      const c = process.cpuUsage(c0);
      times.push(performance.now() - t0);
      cpus.push((c.user + c.system) / 1000); // the process's CPU time: SQLite runs on this thread, so this is the read's own work
    }
    const quantiles = (list: number[]) => {
      list.sort((a, b) => a - b);
      return [list[Math.floor(list.length / 2)], list[Math.min(list.length - 1, Math.ceil(list.length * 0.95) - 1)]];
    };
    const [median, p95] = quantiles(times);
    const [cpuMedian, cpuP95] = quantiles(cpus);
    figures[url + label] = { median_ms: Number(median.toFixed(1)), p95_ms: Number(p95.toFixed(1)), cpu_median_ms: Number(cpuMedian.toFixed(1)), cpu_p95_ms: Number(cpuP95.toFixed(1)), first_cpu_ms: Number(firstMs.toFixed(1)), kb: Math.round(first.body.length / 1024), runs };
    log(`${(url + label).padEnd(66)} ${String(runs).padStart(4)} ${median.toFixed(1).padStart(6)} ms ${p95.toFixed(1).padStart(6)} ms ${cpuMedian.toFixed(1).padStart(6)} ms ${cpuP95.toFixed(1).padStart(6)} ms ${firstMs.toFixed(1).padStart(6)} ms  ${first.statusCode}, ${(first.body.length / 1024).toFixed(0)} KB`);
  };
  for (const [url, runs] of reads) {
    await measure(raw, url, runs, "");
    if (aggregates.has(url)) await measure(cached, url, QUICK ? 10 : 30, " (cached)");
  }
  await raw.close();
  await cached.close();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
  if (JSON_OUT) console.log(JSON.stringify({ api_documents: DOCUMENTS, api_routes: figures, peak_rss_mb: Math.round(process.resourceUsage().maxRSS / 1024) }));
}

await main();

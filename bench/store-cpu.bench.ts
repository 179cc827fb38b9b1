// CPU a stored document costs on PostgreSQL, in the database server and in the writer, as workers meet it: a
// generated crawl (HTML and text, boilerplate, reprints, half on topic) is read first, then stored one document a
// transaction (linking, near-duplicates, statements) into a fresh ledger. The server's CPU is read from /proc for
// every postgres process (this machine runs the server; elsewhere only the writer's figure is printed).
// `--queries` also prints the time spent per kind of statement (node-postgres's query, timed around its promise).
// Run: npm run bench -- store-cpu      or  npx tsx bench/store-cpu.bench.ts [MB=1.6] [--queries] [--json]
import { execSync } from "node:child_process";
import { readFileSync } from "node:fs";
import pg from "pg";
import { openStore } from "../src/store/open-store.js";
import { processDocument } from "../src/pipeline.js";
import { generateCrawl } from "./generate-pages.js";

const args = process.argv.slice(2);
const json = args.includes("--json");
const MB = Number(args.find((a) => /^\d+(\.\d+)?$/.test(a)) ?? (args.includes("--quick") ? 0.8 : 1.6));
const URL = process.env.ARMSFLOW_TEST_PG ?? "postgres://root@127.0.0.1:5432/test";
const log = (s: string) => (json ? console.error : console.log)(s);

const perShape = new Map<string, { n: number; ms: number }>();
if (args.includes("--queries")) {
  const query = pg.Client.prototype.query as (...a: unknown[]) => unknown;
  pg.Client.prototype.query = function (this: pg.Client, ...a: unknown[]) {
    const q = a[0] as string | { text?: string };
    const shape = (typeof q === "string" ? q : (q?.text ?? "")).replace(/\s+/g, " ").slice(0, 100);
    const t0 = performance.now();
    const r = query.apply(this, a);
    if (r instanceof Promise) void r.then(() => {
      const e = perShape.get(shape) ?? { n: 0, ms: 0 };
      e.n++;
      e.ms += performance.now() - t0;
      perShape.set(shape, e);
    }, () => {});
    return r;
  } as typeof pg.Client.prototype.query;
}

/** CPU milliseconds used so far by every postgres process on this machine (null where none is visible). */
function serverCpu(): number | null {
  let pids: string[];
  try {
    pids = execSync("pgrep -x postgres", { encoding: "utf8" }).split("\n").filter(Boolean);
  } catch {
    return null;
  }
  let ticks = 0;
  for (const pid of pids) {
    try {
      const f = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
      ticks += Number(f[11]) + Number(f[12]);
    } catch {
      // (ended meanwhile)
    }
  }
  return ticks * 10; // USER_HZ is 100 on Linux
}

const pages = [...generateCrawl({ mb: MB, seed: 7, onTopic: 0.5, html: 0.3, reprints: 0.1 })];
const docs = pages.map((p) => processDocument({ path: `${p.id}.${p.ext}`, bytes: Buffer.from(p.body), meta: p.meta }));
const schema = `armsflow_bench_cpu_${process.pid}`;
const store = await openStore({ databaseUrl: URL, schema });
try {
  const server0 = serverCpu();
  const own0 = process.cpuUsage();
  const t0 = performance.now();
  for (const d of docs) await store.putDocument(d);
  const wall = performance.now() - t0;
  const own = process.cpuUsage(own0);
  const server = server0 === null ? null : serverCpu()! - server0;
  const claims = docs.reduce((n, d) => n + d.claims.length, 0);
  const per = (ms: number) => +(ms / docs.length).toFixed(1);
  const figures = {
    store_docs: docs.length,
    store_claims: claims,
    store_wall_ms_per_doc: per(wall),
    store_writer_cpu_ms_per_doc: per((own.user + own.system) / 1000),
    ...(server === null ? {} : { store_postgres_cpu_ms_per_doc: per(server) }),
  };
  log(`${docs.length} documents (${claims} claims) stored on PostgreSQL: ${figures.store_wall_ms_per_doc} ms a document of wall time, ` +
    `CPU ${figures.store_writer_cpu_ms_per_doc} ms in the writer` + (server === null ? "" : ` and ${figures.store_postgres_cpu_ms_per_doc} ms in PostgreSQL`));
  for (const [shape, e] of [...perShape].sort((a, b) => b[1].ms - a[1].ms).slice(0, 12)) log(`${e.ms.toFixed(0).padStart(7)} ms ${String(e.n).padStart(6)}x  ${shape}`);
  if (json) console.log(JSON.stringify(figures));
} finally {
  await store.close();
  const c = new pg.Client({ connectionString: URL });
  await c.connect();
  await c.query(`drop schema if exists ${schema} cascade`);
  await c.end();
}

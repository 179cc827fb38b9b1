// Queue workers on PostgreSQL, as a team runs them: a generated crawl (HTML and text, boilerplate, one page in two
// on topic) is queued with `armsflow queue add`, then worked by whole `armsflow worker --until-empty` processes
// into a ledger of their own: one worker, then two workers started together (on the same two cores), then one
// worker with `--jobs 2`. Each figure is documents per second of wall time from the processes' start to the last
// one's end (start-up included, as a user meets it). The target: two workers at least 1.7 times one.
// The processes run the built command (bench/built.ts), as an installed user does.
// Run: npm run bench -- workers        or  npx tsx bench/workers.bench.ts [PAGES=400] [--json]
// Needs PostgreSQL (ARMSFLOW_TEST_PG or postgres://root@127.0.0.1:5432/test); its schemas are dropped at the end.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { ensureBuilt, nodeFlags, root } from "./built.js";
import { generateCrawl, writeCrawl } from "./generate-pages.js";

const args = process.argv.slice(2);
const json = args.includes("--json");
const quick = args.includes("--quick");
const PAGES = Number(args.find((a) => /^\d+$/.test(a)) ?? (quick ? 200 : 400));
const URL = process.env.ARMSFLOW_TEST_PG ?? "postgres://root@127.0.0.1:5432/test";
const tag = `armsflow_bench_${process.pid}`;
const log = (s: string) => (json ? console.error : console.log)(s);

function cli(argv: string[]): Promise<{ code: number | null; err: string }> {
  const child = spawn(process.execPath, [...nodeFlags, join(root, "bin/armsflow.js"), ...argv], { cwd: root, stdio: ["ignore", "ignore", "pipe"] });
  let err = "";
  child.stderr.on("data", (d) => (err += d));
  return new Promise((resolve) => child.on("close", (code) => resolve({ code, err })));
}

async function must(argv: string[]): Promise<void> {
  const r = await cli(argv);
  if (r.code !== 0) throw new Error(`armsflow ${argv.join(" ")} exited ${r.code}: ${r.err}`);
}

/** Queues the folder in a queue of its own, then times `processes` workers of `jobs` each until it is drained. */
async function run(dir: string, name: string, processes: number, jobs: number): Promise<number> {
  const queue = `${tag}_${name}_q`;
  const ledger = `${tag}_${name}_l`;
  await must(["queue", "add", dir, "--database-url", URL, "--queue-schema", queue]);
  const t0 = performance.now();
  const results = await Promise.all(Array.from({ length: processes }, () => cli(["worker", "--database-url", URL, "--queue-schema", queue, "--ledger-schema", ledger, "--until-empty", "--jobs", String(jobs)])));
  const seconds = (performance.now() - t0) / 1000;
  for (const r of results) if (r.code !== 0) throw new Error(`a worker exited ${r.code}: ${r.err}`);
  const client = new pg.Client({ connectionString: URL });
  await client.connect();
  try {
    const { rows } = await client.query(`select count(*)::int as n from "${ledger}".documents`);
    const rate = rows[0].n / seconds;
    log(`${name.padEnd(26)} ${rows[0].n} documents in ${seconds.toFixed(1)} s: ${rate.toFixed(1)} documents/s`);
    return rate;
  } finally {
    await client.end();
  }
}

async function dropSchemas(): Promise<void> {
  const client = new pg.Client({ connectionString: URL });
  await client.connect();
  try {
    const { rows } = await client.query(`select nspname from pg_namespace where nspname like $1`, [`${tag}_%`]);
    for (const r of rows) await client.query(`drop schema "${r.nspname}" cascade`);
  } finally {
    await client.end();
  }
}

ensureBuilt(log);
const dir = mkdtempSync(join(tmpdir(), "armsflow-workers-bench-"));
try {
  // About 2.7 KB a page: PAGES pages of the crawl generator, one in two on topic.
  const made = writeCrawl(dir, generateCrawl({ mb: (PAGES * 2.7) / 1000, onTopic: 0.5, seed: 21 }));
  log(`crawl: ${made.pages} pages, ${(made.bytes / 1e6).toFixed(2)} MB, ${made.onTopic} on topic; PostgreSQL ${URL.replace(/\/\/[^@]*@/, "//")}`);
  const one = await run(dir, "one_worker", 1, 1);
  const two = await run(dir, "two_workers", 2, 1);
  const jobs2 = await run(dir, "one_worker_jobs_2", 1, 2);
  log(`two workers / one: ${(two / one).toFixed(2)}x (aim 1.7x); --jobs 2 / one: ${(jobs2 / one).toFixed(2)}x`);
  if (json) console.log(JSON.stringify({ workers_pages: made.pages, worker_docs_per_s_1: +one.toFixed(2), worker_docs_per_s_2: +two.toFixed(2), worker_docs_per_s_jobs2: +jobs2.toFixed(2), workers_speedup_2: +(two / one).toFixed(2) }));
} finally {
  rmSync(dir, { recursive: true, force: true });
  await dropSchemas();
}

// The crawl benchmark: `npx tsx bench/crawl.bench.ts [--quick] [--json] [--mb N]`.
// Generates a seeded crawl (bench/generate-pages.ts) into a temporary folder: a general crawl (one page in
// ten on topic, 30 % HTML, boilerplate, reprints) and an on-topic crawl. Then, in this one process:
// - the floor: read every file and split sentences with one regular expression;
// - extract (read + the whole pipeline) on one thread, on the general crawl and on on-topic pages;
// - the same general crawl with the prefilter off: the claims must be identical (else the run fails);
// - extract with 1 and with 2 worker threads (src/work/extract-pool.ts, built: bench/built.ts), each from a cold start
//   (the threads' start-up and their first pages included), so that the two are compared on the same footing (the
//   one-thread figures above come from this process, its modules loaded and its code warmed by the pages before: the
//   general crawl with the prefilter on is its second pass over those pages);
// - ingest into a fresh SQLite ledger (extract, store, link: one transaction a document);
// - peak RSS of the process;
// - a GDELT day (730,000 pages, 3 GB) projected from the figures above.
// MB are the bytes of the pages as saved (markup included). Speed is never asserted in tests: these are the record.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { toSchemaClaim } from "../src/core/claim.js";
import { readInputs } from "../src/ingest/read-files.js";
import { pipelineStages, processDocument } from "../src/pipeline.js";
import { namesParty, prefilterKeys } from "../src/extract/prefilter-page.js";
import { openStore } from "../src/store/open-store.js";
import type { extractInOrder as ExtractInOrder, WorkerPool as Pool } from "../src/work/extract-pool.js";
import { ensureBuilt, root as projectRoot } from "./built.js";
import { generateCrawl, writeCrawl } from "./generate-pages.js";

const args = process.argv.slice(2);
const quick = args.includes("--quick");
const json = args.includes("--json");
const mbArg = args.indexOf("--mb");
const generalMB = mbArg >= 0 ? Number(args[mbArg + 1]) : quick ? 2 : 8;
const onTopicMB = generalMB / 4;
const ingestDocs = quick ? 400 : 2000;
const log = (line: string) => void (json ? process.stderr : process.stdout).write(`${line}\n`);

const root = mkdtempSync(join(tmpdir(), "armsflow-crawl-bench-"));
const general = join(root, "general");
const onTopic = join(root, "on-topic");
const g = writeCrawl(general, generateCrawl({ mb: generalMB, onTopic: 0.1, seed: 7 }));
const t = writeCrawl(onTopic, generateCrawl({ mb: onTopicMB, onTopic: 1, seed: 8 }));
log(`general crawl: ${g.pages} pages, ${(g.bytes / 1e6).toFixed(1)} MB, ${g.onTopic} on topic; on-topic crawl: ${t.pages} pages, ${(t.bytes / 1e6).toFixed(1)} MB`);

const pageFiles = (dir: string) => readdirSync(dir).filter((f) => !f.endsWith(".meta.json")).sort().map((f) => join(dir, f));

/** The floor: read the files (pages and their meta files) and split sentences with one regular expression. */
function floor(dir: string, bytes: number): { mbPerS: number; cpuMbPerS: number } {
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  let sentences = 0;
  for (const f of pageFiles(dir)) {
    sentences += readFileSync(f, "utf8").split(/(?<=[.!?])\s+/).length;
    readFileSync(f.replace(/\.[^.]+$/, ".meta.json"), "utf8");
  }
  const s = (performance.now() - t0) / 1000;
  if (!sentences) throw new Error("no sentences");
  return { mbPerS: bytes / 1e6 / s, cpuMbPerS: bytes / 1e6 / cpuSeconds(cpu0) };
}

/** Read + extract on this thread with the given stages; returns MB/s and the claims as JSON lines. */
async function extract(dir: string, bytes: number, prefilter: boolean): Promise<{ mbPerS: number; cpuMbPerS: number; claims: string[] }> {
  const stages = pipelineStages({ prefilter });
  const claims: string[] = [];
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  for await (const input of readInputs([dir])) for (const c of processDocument(input, stages).claims) claims.push(JSON.stringify(toSchemaClaim(c)));
  return { mbPerS: bytes / 1e6 / ((performance.now() - t0) / 1000), cpuMbPerS: bytes / 1e6 / cpuSeconds(cpu0), claims };
}

/** CPU seconds of this process since `from` (a machine shared with other work: wall time alone would mislead). */
function cpuSeconds(from: NodeJS.CpuUsage): number {
  const d = process.cpuUsage(from);
  return (d.user + d.system) / 1e6;
}

/**
 * Read + extract on `jobs` worker threads of the built pool, from a cold start (threads started, modules loaded, the
 * JIT warmed inside the run): wall MB/s, the process's CPU (threads included), when the first page came back.
 * With 2 threads, `extractInOrder` as the commands use it; with 1, the same pool with one thread (extractInOrder would
 * read on this, warm, thread).
 */
async function extractJobs(dir: string, bytes: number, jobs: number): Promise<{ mbPerS: number; cpuS: number; firstS: number; claims: number }> {
  // The built pool, as installed users run it: its worker threads load compiled modules, not sources through tsx.
  ensureBuilt(log);
  const built = join(projectRoot, "dist/work/extract-pool.js");
  const { extractInOrder, WorkerPool } = (await import(built)) as { extractInOrder: typeof ExtractInOrder; WorkerPool: typeof Pool };
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  let claims = 0;
  let first = 0;
  const seen = (n: number) => {
    if (!first) first = performance.now() - t0;
    claims += n;
  };
  if (jobs > 1) for await (const { doc } of extractInOrder(readInputs([dir]), { jobs })) seen(doc.claims.length);
  else {
    const pool = new WorkerPool(1);
    try {
      const pending: Promise<{ claims: unknown[] }>[] = [];
      for await (const input of readInputs([dir])) {
        pending.push(pool.run(input));
        if (pending.length >= 16) seen((await pending.shift()!).claims.length);
      }
      for (const p of pending) seen((await p).claims.length);
    } finally {
      await pool.close();
    }
  }
  return { mbPerS: bytes / 1e6 / ((performance.now() - t0) / 1000), cpuS: cpuSeconds(cpu0), firstS: first / 1000, claims };
}

async function ingest(dir: string, limit: number): Promise<{ docsPerS: number; stored: number }> {
  const store = await openStore({ db: join(root, "ingest.db") });
  await store.migrate();
  let n = 0;
  const t0 = performance.now();
  try {
    for await (const input of readInputs([dir])) {
      if (n >= limit) break;
      const doc = processDocument(input);
      if (!doc.failed) await store.putDocument(doc);
      n++;
    }
  } finally {
    await store.close();
  }
  return { docsPerS: n / ((performance.now() - t0) / 1000), stored: n };
}

try {
  // Warm up: module loading, the gazetteer and the lexicons compiled once, the JIT.
  processDocument({ path: "warm-up", bytes: readFileSync(pageFiles(onTopic)[0]), meta: { id: "warm-up", published: "2025-06-01" } });
  const fl = floor(general, g.bytes);
  const floorMB = fl.mbPerS;
  log(`floor (read files, split sentences with one regex): ${floorMB.toFixed(1)} MB/s wall, ${fl.cpuMbPerS.toFixed(1)} MB/s of CPU time`);
  // The prefilter's own check, over the pages' text as saved (markup included): MB/s of CPU time.
  const texts = pageFiles(general).map((f) => readFileSync(f, "utf8"));
  prefilterKeys();
  const cpuPre = process.cpuUsage();
  const passing = texts.filter((x) => namesParty(x)).length;
  const prefilterMB = g.bytes / 1e6 / cpuSeconds(cpuPre);
  log(`prefilter check alone: ${prefilterMB.toFixed(0)} MB/s of CPU time (${passing} of ${texts.length} pages name a party somewhere)`);
  // On-topic pages first: they warm every stage (the JIT), so that neither general run pays for it.
  const topic = await extract(onTopic, t.bytes, true);
  log(`extract, on-topic pages: ${topic.mbPerS.toFixed(2)} MB/s wall, ${topic.cpuMbPerS.toFixed(2)} MB/s of CPU time, ${topic.claims.length} claims`);
  const off = await extract(general, g.bytes, false);
  log(`extract, general crawl, prefilter off: ${off.mbPerS.toFixed(2)} MB/s wall, ${off.cpuMbPerS.toFixed(2)} MB/s of CPU time`);
  const on = await extract(general, g.bytes, true);
  log(`extract, general crawl, prefilter on: ${on.mbPerS.toFixed(2)} MB/s wall, ${on.cpuMbPerS.toFixed(2)} MB/s of CPU time (${(fl.cpuMbPerS / on.cpuMbPerS).toFixed(1)}x the floor in CPU time), ${on.claims.length} claims`);
  const identical = off.claims.length === on.claims.length && off.claims.every((c, i) => c === on.claims[i]);
  log(`claims with and without the prefilter: ${identical ? "identical" : "DIFFER"} (${off.claims.length})`);
  const one = await extractJobs(general, g.bytes, 1);
  log(`extract, general crawl, 1 worker thread (start-up included): ${one.mbPerS.toFixed(2)} MB/s wall, ${one.cpuS.toFixed(1)} s of CPU, first page after ${one.firstS.toFixed(1)} s, ${one.claims} claims`);
  const two = await extractJobs(general, g.bytes, 2);
  log(`extract, general crawl, 2 worker threads (start-up included): ${two.mbPerS.toFixed(2)} MB/s wall (${(two.mbPerS / one.mbPerS).toFixed(2)}x one thread), ${two.cpuS.toFixed(1)} s of CPU, first page after ${two.firstS.toFixed(1)} s, ${two.claims} claims`);
  const ing = await ingest(general, ingestDocs);
  log(`ingest into a fresh SQLite ledger (linking on): ${ing.docsPerS.toFixed(1)} documents/s over ${ing.stored} documents`);
  const peak = process.resourceUsage().maxRSS / 1024;
  log(`peak RSS: ${peak.toFixed(0)} MB`);
  // A GDELT day projected from this run's own figures: 730,000 pages, 3 GB, 5 to 10 % on topic (7.5 % here).
  // Extraction at the general crawl's CPU rate on two cores (the better of 2x one core and the threads' measured
  // rate, which includes their start-up), plus storing the on-topic pages at the measured ingest rate (one writer).
  const gdelt = { pages: 730_000, mb: 3000, onTopic: 0.075 };
  const extractMinutes = gdelt.mb / Math.max(2 * on.cpuMbPerS, two.mbPerS) / 60;
  const storeMinutes = (gdelt.pages * gdelt.onTopic) / ing.docsPerS / 60;
  const gdeltMinutes = extractMinutes + storeMinutes;
  log(`a GDELT day (730,000 pages, 3 GB, 7.5 % on topic) projected on 2 cores: ${gdeltMinutes.toFixed(0)} min (extract ${extractMinutes.toFixed(0)}, store ${storeMinutes.toFixed(0)}; the aim is 30)`);
  const figures = {
    date: new Date().toISOString(),
    quick,
    general_mb: +(g.bytes / 1e6).toFixed(2),
    general_pages: g.pages,
    ontopic_mb: +(t.bytes / 1e6).toFixed(2),
    floor_mb_per_s: +floorMB.toFixed(2),
    floor_mb_per_cpu_s: +fl.cpuMbPerS.toFixed(2),
    extract_mb_per_s: +on.mbPerS.toFixed(3),
    extract_mb_per_cpu_s: +on.cpuMbPerS.toFixed(3),
    extract_mb_per_s_no_prefilter: +off.mbPerS.toFixed(3),
    extract_mb_per_cpu_s_no_prefilter: +off.cpuMbPerS.toFixed(3),
    prefilter_claims_identical: identical,
    prefilter_mb_per_cpu_s: +prefilterMB.toFixed(1),
    extract_floor_ratio_cpu: +(fl.cpuMbPerS / on.cpuMbPerS).toFixed(1),
    ontopic_mb_per_s: +topic.mbPerS.toFixed(3),
    ontopic_mb_per_cpu_s: +topic.cpuMbPerS.toFixed(3),
    extract_mb_per_s_jobs1_thread: +one.mbPerS.toFixed(3),
    extract_mb_per_s_jobs2: +two.mbPerS.toFixed(3),
    threads_2_over_1: +(two.mbPerS / one.mbPerS).toFixed(2),
    ingest_docs_per_s_sqlite: +ing.docsPerS.toFixed(1),
    peak_rss_mb: Math.round(peak),
    gdelt_day_minutes_2_cores: Math.round(gdeltMinutes),
  };
  if (json) console.log(JSON.stringify(figures));
  if (!identical || two.claims !== on.claims.length || one.claims !== on.claims.length) process.exitCode = 1;
} finally {
  rmSync(root, { recursive: true, force: true });
}

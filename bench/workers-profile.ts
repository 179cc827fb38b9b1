// Where queue workers' time goes: like workers.bench.ts, but each worker runs under /usr/bin/time (CPU of the
// process, all threads), PostgreSQL's CPU is read from /proc (live backends + postmaster's reaped children), and
// pg_stat_activity is sampled every 10 ms for backends waiting on a lock.
// Run: npx tsx bench/workers-profile.ts [PAGES=400] [--root=DIR] [--runs=1,2]   (ARMSFLOW_TIMING=1 passes through)
import { execSync, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { nodeFlags, root as here } from "./built.js";
import { generateCrawl, writeCrawl } from "./generate-pages.js";

const args = process.argv.slice(2);
const PAGES = Number(args.find((a) => /^\d+$/.test(a)) ?? 400);
const root = args.find((a) => a.startsWith("--root="))?.slice(7) ?? here;
const runs = (args.find((a) => a.startsWith("--runs="))?.slice(7) ?? "1,2").split(",");
const URL = process.env.ARMSFLOW_TEST_PG ?? "postgres://root@127.0.0.1:5432/test";
const tag = `armsflow_prof_${process.pid}`;

function pgCpuMs(): number {
  const pids = execSync("pgrep -x postgres", { encoding: "utf8" }).split("\n").filter(Boolean);
  const post = Number(execSync("pgrep -o -x postgres", { encoding: "utf8" }).trim());
  let ticks = 0;
  for (const pid of pids) {
    try {
      const f = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
      ticks += Number(f[11]) + Number(f[12]);
      if (Number(pid) === post) ticks += Number(f[13]) + Number(f[14]);
    } catch {}
  }
  return ticks * 10;
}
const load = () => readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ");

function cli(argv: string[], timed = false): Promise<{ code: number | null; err: string }> {
  const cmd = timed ? "/usr/bin/time" : process.execPath;
  const a = timed ? ["-f", "RUSAGE %U %S %e %M", process.execPath, ...nodeFlags, join(root, "bin/armsflow.js"), ...argv] : [...nodeFlags, join(root, "bin/armsflow.js"), ...argv];
  const child = spawn(cmd, a, { cwd: root, stdio: ["ignore", "ignore", "pipe"] });
  let err = "";
  child.stderr.on("data", (d) => (err += d));
  return new Promise((resolve) => child.on("close", (code) => resolve({ code, err })));
}

let seq = 0;
async function run(dir: string, name: string, processes: number, jobs: number) {
  name = `${name}_${seq++}`;
  const queue = `${tag}_${name}_q`;
  const ledger = `${tag}_${name}_l`;
  const r0 = await cli(["queue", "add", dir, "--database-url", URL, "--queue-schema", queue]);
  if (r0.code !== 0) throw new Error(r0.err);
  const mon = new pg.Client({ connectionString: URL });
  await mon.connect();
  let samples = 0, lockWaits = 0, active = 0;
  let stop = false;
  const sampler = (async () => {
    while (!stop) {
      const { rows } = await mon.query(`select count(*) filter (where wait_event_type = 'Lock')::int as w, count(*) filter (where state = 'active' and wait_event_type is distinct from 'Lock' and pid <> pg_backend_pid())::int as a from pg_stat_activity where backend_type = 'client backend'`);
      samples++;
      lockWaits += rows[0].w;
      active += rows[0].a;
      await new Promise((r) => setTimeout(r, 10));
    }
  })();
  const pg0 = pgCpuMs();
  const t0 = performance.now();
  const results = await Promise.all(Array.from({ length: processes }, () => cli(["worker", "--database-url", URL, "--queue-schema", queue, "--ledger-schema", ledger, "--until-empty", "--jobs", String(jobs)], true)));
  const seconds = (performance.now() - t0) / 1000;
  const pgMs = pgCpuMs() - pg0;
  stop = true;
  await sampler;
  const { rows } = await mon.query(`select count(*)::int as n from "${ledger}".documents`);
  const st = await mon.query(`select count(*)::int as n from "${ledger}".statements`);
  await mon.end();
  const n = rows[0].n;
  let cpu = 0;
  const timings: string[] = [];
  for (const r of results) {
    if (r.code !== 0) throw new Error(r.err);
    const m = r.err.match(/RUSAGE ([\d.]+) ([\d.]+) ([\d.]+) (\d+)/);
    if (m) cpu += (Number(m[1]) + Number(m[2])) * 1000;
    for (const line of r.err.split("\n")) if (line.startsWith("TIMING ")) timings.push(line.slice(7));
  }
  const frac = (x: number) => (x / samples).toFixed(2);
  console.log(`${name.padEnd(18)} ${n} docs ${st.rows[0].n} statements in ${seconds.toFixed(1)} s = ${(n / seconds).toFixed(1)} docs/s | worker CPU ${(cpu / n).toFixed(1)} ms/doc, PG CPU ${(pgMs / n).toFixed(1)} ms/doc, cores busy ${((cpu + pgMs) / 1000 / seconds).toFixed(2)} | backends waiting on locks ${frac(lockWaits)}, active ${frac(active)} (avg) | load ${load()}`);
  for (const t of timings) {
    const o = JSON.parse(t);
    const parts = Object.entries(o).filter(([k]) => !["pid"].includes(k)).map(([k, v]) => (typeof v === "object" && v ? `${k} ${(v as { ms: number }).ms}ms/${(v as { n: number }).n}` : `${k} ${v}`));
    console.log(`   ${parts.join(", ")}`);
  }
  return n / seconds;
}

const dir = mkdtempSync(join(tmpdir(), "armsflow-workers-prof-"));
try {
  const made = writeCrawl(dir, generateCrawl({ mb: (PAGES * 2.7) / 1000, onTopic: 0.5, seed: 21 }));
  console.log(`root ${root}; crawl ${made.pages} pages; load ${load()}`);
  for (const r of runs) {
    const [p, j] = r.split("x").map(Number);
    await run(dir, `p${p}_j${j || 1}`, p, j || 1);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
  const c = new pg.Client({ connectionString: URL });
  await c.connect();
  const { rows } = await c.query(`select nspname from pg_namespace where nspname like $1`, [`${tag}_%`]);
  for (const r of rows) await c.query(`drop schema "${r.nspname}" cascade`);
  await c.end();
}

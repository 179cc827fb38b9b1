// `npm run bench [-- NAME...] [--quick] [--json]`: runs the benchmarks (each bench/NAME.bench.ts in a process of its
// own, one after the other, so that they do not share the two cores) and prints their figures.
// `--quick --json` runs the crawl benchmark (quick sizes) and the ingest-scale benchmark and prints one JSON object
// with the figures of both (extract_mb_per_s, ontopic_mb_per_s, floor_mb_per_s, ingest_docs_per_s_sqlite,
// ingest_docs_per_s_at_10k, peak_rss_mb, ...); flags are passed on to every benchmark.
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { nodeFlags } from "./built.js";

const dir = import.meta.dirname;
const args = process.argv.slice(2);
const flags = args.filter((a) => a.startsWith("--"));
const wanted = args.filter((a) => !a.startsWith("--"));
const json = flags.includes("--json");
const all = readdirSync(dir).filter((f) => f.endsWith(".bench.ts")).map((f) => f.replace(/\.bench\.ts$/, ""));
const names = wanted.length ? wanted : flags.includes("--quick") || json ? ["crawl", "ingest-scale"] : all;
let failed = 0;
const figures: Record<string, unknown> = {};
for (const name of names) {
  if (!all.includes(name)) {
    console.error(`no benchmark ${name} (have: ${all.join(", ")})`);
    failed++;
    continue;
  }
  (json ? console.error : console.log)(`\n== ${name}`);
  const r = spawnSync(process.execPath, [...nodeFlags, "--import", "tsx", join(dir, `${name}.bench.ts`), ...flags], { stdio: ["ignore", json ? "pipe" : "inherit", "inherit"], encoding: "utf8", maxBuffer: 64 << 20 });
  if (r.status !== 0) failed++;
  if (json) {
    // Each benchmark's JSON is its last line of standard output; the peak RSS kept is the largest.
    try {
      const own = JSON.parse(r.stdout.trim().split("\n").at(-1) ?? "") as Record<string, unknown>;
      const peak = Math.max(Number(figures.peak_rss_mb ?? 0), Number(own.peak_rss_mb ?? 0));
      Object.assign(figures, own, peak ? { peak_rss_mb: peak } : {});
    } catch {
      console.error(`${name}: no JSON figures`);
    }
  }
}
if (json) console.log(JSON.stringify(figures));
process.exitCode = failed ? 1 : 0;

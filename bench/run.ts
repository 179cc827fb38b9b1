// `npm run bench [-- NAME...]`: runs the benchmarks (each bench/NAME.bench.ts in a process of its own, one
// after the other, so that they do not share the two cores) and prints their figures.
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { join } from "node:path";

const dir = import.meta.dirname;
const wanted = process.argv.slice(2);
const all = readdirSync(dir).filter((f) => f.endsWith(".bench.ts")).map((f) => f.replace(/\.bench\.ts$/, ""));
const names = wanted.length ? wanted : all;
let failed = 0;
for (const name of names) {
  if (!all.includes(name)) {
    console.error(`no benchmark ${name} (have: ${all.join(", ")})`);
    failed++;
    continue;
  }
  console.log(`\n== ${name}`);
  const r = spawnSync(process.execPath, ["--import", "tsx", join(dir, `${name}.bench.ts`)], { stdio: "inherit" });
  if (r.status !== 0) failed++;
}
process.exitCode = failed ? 1 : 0;

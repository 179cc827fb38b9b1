// Per-stage CPU over a generated crawl: `npx tsx bench/stage-profile.ts [--mb N] [--reps N]`.
// Writes the quick crawl (seeds as in crawl.bench.ts) to a temporary folder, then reads the general crawl and the
// on-topic pages with every stage timed by CPU time, and prints each stage's share; claim counts as a check.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readInputs } from "../src/ingest/read-files.js";
import { pipelineStages, processDocument } from "../src/pipeline.js";
import type { NamedStage } from "../src/core/pipeline.js";
import { generateCrawl, writeCrawl } from "./generate-pages.js";

const args = process.argv.slice(2);
const mbArg = args.indexOf("--mb");
const generalMB = mbArg >= 0 ? Number(args[mbArg + 1]) : 2;
const root = mkdtempSync(join(tmpdir(), "armsflow-stage-profile-"));
const general = join(root, "general");
const onTopic = join(root, "on-topic");
const g = writeCrawl(general, generateCrawl({ mb: generalMB, onTopic: 0.1, seed: 7 }));
const t = writeCrawl(onTopic, generateCrawl({ mb: generalMB / 4, onTopic: 1, seed: 8 }));

const cpu = () => {
  const u = process.cpuUsage();
  return u.user + u.system;
};

async function run(dir: string, bytes: number): Promise<void> {
  const spent = new Map<string, number>();
  const stages: NamedStage[] = pipelineStages().map((s) => ({
    name: s.name,
    run: (doc) => {
      const c0 = cpu();
      try {
        return s.run(doc);
      } finally {
        spent.set(s.name, (spent.get(s.name) ?? 0) + cpu() - c0);
      }
    },
  }));
  let claims = 0;
  const c0 = cpu();
  for await (const input of readInputs([dir])) claims += processDocument(input, stages).claims.length;
  const total = cpu() - c0;
  console.log(`${dir.replace(/^.*\//, "")}: ${(bytes / 1e6).toFixed(2)} MB, ${(total / 1e6).toFixed(2)} s CPU, ${(bytes / total).toFixed(3)} MB/s of CPU, ${claims} claims`);
  for (const [name, us] of [...spent].sort((a, b) => b[1] - a[1])) console.log(`  ${name.padEnd(22)} ${(us / 1e6).toFixed(2)} s  ${((100 * us) / total).toFixed(0)} %`);
}

try {
  await run(onTopic, t.bytes); // warms the JIT
  await run(onTopic, t.bytes);
  await run(general, g.bytes);
} finally {
  rmSync(root, { recursive: true, force: true });
}

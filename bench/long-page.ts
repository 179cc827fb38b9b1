// One long page: `npx tsx bench/long-page.ts DIR [N,N,...]` joins the .txt pages of DIR into one text page, N times
// over (default 1,4,8), and reads it through the whole pipeline with every stage timed by CPU time. A reading whose
// cost grows faster than the page shows here first (docs/benchmarks.md, "long pages read in linear time"); the first
// size also warms the code. Raise ARMSFLOW_DOC_BUDGET_MS for large N on a loaded machine.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { ArmsDocument } from "../src/core/document.js";
import { pipelineStages, processDocument } from "../src/pipeline.js";

const [dir, sizes = "1,4,8"] = process.argv.slice(2);
if (!dir) throw new Error("usage: npx tsx bench/long-page.ts DIR [N,N,...]");
const pages = readdirSync(dir).filter((f) => f.endsWith(".txt")).sort().map((f) => readFileSync(join(dir, f), "utf8"));
const cpu = () => {
  const u = process.cpuUsage();
  return u.user + u.system;
};
for (const n of sizes.split(",").map(Number)) {
  const text = Array.from({ length: n }, () => pages.join("\n\n")).join("\n\n");
  const spent = new Map<string, number>();
  const stages = pipelineStages().map((s) => ({
    name: s.name,
    run: (doc: ArmsDocument) => {
      const c0 = cpu();
      try {
        return s.run(doc);
      } finally {
        spent.set(s.name, (spent.get(s.name) ?? 0) + cpu() - c0);
      }
    },
  }));
  const c0 = cpu();
  const doc = processDocument({ path: "long-page.txt", bytes: Buffer.from(text), meta: { id: "long-page", published: "2024-06-01" } }, stages);
  const s = (us: number) => `${(us / 1e6).toFixed(2)} s`;
  console.log(`x${n}: ${(text.length / 1e6).toFixed(2)} MB, ${doc.sentences.length} sentences, ${doc.claims.length} claims, ${s(cpu() - c0)} CPU${doc.failed ? ", failed" : ""}`);
  console.log(`   ${[...spent].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([k, v]) => `${k} ${s(v)}`).join(", ")}`);
}

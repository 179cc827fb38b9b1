// Extraction throughput on one core: `npx tsx bench/extract.bench.ts [MB]`. Two generated corpora:
// reports that are all about transfers (the demo reports' sentences reshuffled), and a general news
// crawl where one sentence in fifty is. Prints MB/s for the whole pipeline and the heap and RSS.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { processDocument } from "../src/pipeline.js";

const targetMB = Number(process.argv[2] ?? 8);
const demo = join(import.meta.dirname, "../corpus/demo");
// Transfer sentences: every sentence of the demo text reports that names a state and a figure or item.
const transferSentences = readdirSync(demo)
  .filter((f) => f.endsWith(".txt"))
  .flatMap((f) => readFileSync(join(demo, f), "utf8").split(/(?<=[.!?])\s+/))
  .filter((s) => s.length > 60 && /Korea|Russia|Pyongyang|Moscow|Iran|China/.test(s) && !/\n/.test(s));
const filler = ["The city council approved a new budget for road repairs on Tuesday.", "Rain is expected across the region for most of the weekend, forecasters said.", "The home side won the match two goals to one after a late penalty.", "Shares in the retailer rose after it reported higher holiday sales.", "The museum will reopen in spring after a long renovation of its west wing.", "Local schools will start the term a week later because of the heating fault.", "The festival drew a record crowd despite the cold weather on Saturday.", "Officials said the new bus line will cut travel times for commuters."];
let seed = 11;
const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n);

function corpus(transferShare: number): string[] {
  const pages: string[] = [];
  let size = 0;
  while (size < targetMB * 1e6) {
    const paras = Array.from({ length: 6 + rand(6) }, () =>
      Array.from({ length: 3 + rand(3) }, () => (rand(1000) < transferShare * 1000 ? transferSentences[rand(transferSentences.length)] : filler[rand(filler.length)])).join(" "),
    );
    const page = `Home NEWS WORLD\n\nA report ${pages.length}\n\nby Staff Correspondents\n\n${paras.join("\n\n")}\n\nLeave a Comment\n`;
    pages.push(page);
    size += Buffer.byteLength(page);
  }
  return pages;
}

function run(label: string, pages: string[]): void {
  const bytes = pages.map((p) => Buffer.from(p));
  const total = bytes.reduce((n, b) => n + b.length, 0);
  processDocument({ path: "warm-up", bytes: bytes[0], meta: { id: "warm-up", published: "2024-02-27" } });
  const before = process.memoryUsage();
  const t0 = process.hrtime.bigint();
  const cpu0 = process.cpuUsage();
  let claims = 0;
  bytes.forEach((b, i) => {
    claims += processDocument({ path: `page-${i}`, bytes: b, meta: { id: `page-${i}`, published: "2024-02-27", outlet: "Bench Daily" } }).claims.length;
  });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const cpu = process.cpuUsage(cpu0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const after = process.memoryUsage();
  console.log(
    `${label}: ${(total / 1e6).toFixed(1)} MB in ${pages.length} pages, ${seconds.toFixed(2)} s wall, ${(total / 1e6 / seconds).toFixed(2)} MB/s wall, ${(total / 1e6 / cpuSeconds).toFixed(2)} MB/s of CPU time, ${claims} claims; heap ${(after.heapUsed / 1e6).toFixed(0)} MB (was ${(before.heapUsed / 1e6).toFixed(0)}), rss ${(after.rss / 1e6).toFixed(0)} MB`,
  );
}

run("all about transfers", corpus(1));
run("general news crawl (2% transfer sentences)", corpus(0.02));

// Extraction throughput on one core: `npx tsx bench/extract.bench.ts [MB]`. Two generated corpora:
// reports that are all about transfers (24 sentences in 25 from bench/generate-pages.ts, the 25th one
// of the demo reports' sentences with its figures and months drawn afresh), and a general news crawl where one sentence in fifty is (the rest ordinary news
// from bench/generate-pages.ts, names and figures drawn afresh). A sentence seldom comes back word for
// word, as in real reports: a corpus of a few hundred sentences repeated would flatter every cache by text.
// Prints MB/s for the whole pipeline and the heap and RSS.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { processDocument } from "../src/pipeline.js";
import { onTopicSentences, ordinarySentences } from "./generate-pages.js";

const targetMB = Number(process.argv[2] ?? 8);
const demo = join(import.meta.dirname, "../corpus/demo");
// Transfer sentences: every sentence of the demo text reports that names a state and a figure or item.
const transferSentences = readdirSync(demo)
  .filter((f) => f.endsWith(".txt"))
  .flatMap((f) => readFileSync(join(demo, f), "utf8").split(/(?<=[.!?])\s+/))
  .filter((s) => s.length > 60 && /Korea|Russia|Pyongyang|Moscow|Iran|China/.test(s) && !/\n/.test(s));
let seed = 11;
const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n);
const filler = ordinarySentences(11);
const generated = onTopicSentences(12);
// The demo reports give 58 such sentences: drawn alone they would repeat nine times in ten however their figures vary; one in 25 keeps a few turns of real reports.
const transfer = () => (rand(25) === 0 ? varied(transferSentences[rand(transferSentences.length)]) : generated());
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
/** A demo sentence with its figures (not its years) and its months drawn afresh. */
const varied = (s: string) =>
  s
    .replace(/\b(?!(?:19|20)\d\d\b)\d+\b/g, (d) => String(10 ** (d.length - 1) + rand(9 * 10 ** (d.length - 1))))
    .replace(new RegExp(`\\b(?:${MONTHS.join("|")})\\b`, "g"), () => MONTHS[rand(12)]);

function corpus(transferShare: number): string[] {
  const pages: string[] = [];
  let size = 0;
  while (size < targetMB * 1e6) {
    const paras = Array.from({ length: 6 + rand(6) }, () =>
      Array.from({ length: 3 + rand(3) }, () => (rand(1000) < transferShare * 1000 ? transfer() : filler())).join(" "),
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

// Ingest throughput on one core: `npx tsx bench/ingest.bench.ts [MB]`. Prints MB/s for the whole
// ingest (text pages and HTML pages) and for sentence splitting alone, and the heap after the run.
import { ArmsDocument } from "../src/core/document.js";
import { ingestStages, readDocument } from "../src/ingest/index.js";
import { splitSentences } from "../src/ingest/split-sentences.js";

const targetMB = Number(process.argv[2] ?? 40);
const words = ["containers", "shells", "the ministry", "officials", "Pyongyang", "Moscow", "rounds", "drones", "since September", "approx.", "U.S.", "Gen. Kim", "4.8 million", "152 mm", "reportedly"];
let seed = 7;
const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n);
const sentence = () => {
  const n = 12 + rand(20);
  const parts = Array.from({ length: n }, () => words[rand(words.length)]);
  return `${parts[0][0].toUpperCase()}${parts.join(" ").slice(1)}${rand(6) === 0 ? ", an official said" : ""}.`;
};
const paragraph = () => Array.from({ length: 2 + rand(4) }, sentence).join(" ");
function textPage(i: number): string {
  const body = Array.from({ length: 8 + rand(12) }, paragraph).join("\n\n");
  return `Home NEWS WORLD Report ${i} on shipments\n\nReport ${i} on shipments\n\nby Staff Correspondents\ndate 2024-02-27 ${body}\n\n_____\n\nRead also: Another story ${i}\n\n${paragraph()}\n_____\n\nLeave a Comment\n\nYou may also like\n`;
}
function htmlPage(i: number): string {
  const ps = Array.from({ length: 8 + rand(12) }, () => `<p>${paragraph()}</p>`).join("\n");
  return `<!doctype html><html><head><title>Story ${i}</title><meta property="og:site_name" content="Bench"><script>var x=${i};</script></head><body><nav><a href="/">Home</a></nav><article><h1>Story ${i}</h1>${ps}</article><footer>© Bench</footer></body></html>`;
}

function run(label: string, pages: string[], ext: string) {
  const bytes = pages.map((p) => new TextEncoder().encode(p));
  const total = bytes.reduce((n, b) => n + b.length, 0);
  const stages = ingestStages();
  let sentences = 0;
  const t0 = performance.now();
  for (let i = 0; i < bytes.length; i++) sentences += readDocument({ path: `p${i}.${ext}`, bytes: bytes[i], meta: { id: `p${i}` } }, {}, stages).sentences.length;
  const s = (performance.now() - t0) / 1000;
  console.log(`${label}: ${(total / 1e6).toFixed(1)} MB, ${pages.length} pages, ${sentences} sentences: ${(total / 1e6 / s).toFixed(1)} MB/s`);
}

const textPages: string[] = [];
for (let size = 0, i = 0; size < targetMB * 1e6; i++) size += (textPages[i] = textPage(i)).length;
run("text pages, all ingest stages", textPages, "txt");
run("html pages, all ingest stages", Array.from({ length: Math.max(50, Math.round(textPages.length / 20)) }, (_, i) => htmlPage(i)), "html");

// Sentence splitting alone, over one large document.
const big = textPages.join("\n\n");
const doc = new ArmsDocument("big.txt", new Uint8Array(0), { id: "big" });
doc.text = big;
let best = Infinity;
for (let k = 0; k < 3; k++) {
  const t0 = performance.now();
  splitSentences()(doc);
  best = Math.min(best, (performance.now() - t0) / 1000);
}
console.log(`split-sentences alone (best of 3): ${(big.length / 1e6).toFixed(1)} MB, ${doc.sentences.length} sentences: ${(big.length / 1e6 / best).toFixed(1)} MB/s`);
console.log(`heap used: ${(process.memoryUsage().heapUsed / 1e6).toFixed(0)} MB`);

// Throughput of parse-amounts and resolve-times on one core over generated candidate sentences:
// `npx tsx bench/amounts.bench.ts [MB]` (default 10). Every sentence carries amounts and dates.
import { ArmsDocument, type Stage } from "../src/core/document.js";
import { parseAmountsStage } from "../src/extract/parse-amounts.js";
import { resolveTimesStage } from "../src/extract/resolve-times.js";

const megabytes = Number(process.argv[2] ?? 10);
let seed = 11;
const rand = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)];

const counts = () => pick([String(Math.floor(rand() * 90) + 2), Math.floor(rand() * 900_000).toLocaleString("en-US"), "three million", "several thousand", "dozens of", "half a million", "4.8 million", "an estimated 6,700", "more than 400,000", "up to 12,000"]);
const nouns = ["containers", "152mm shells", "artillery rounds", "North Korean troops", "Leopard 2A6 tanks", "Shahed drones", "barrels of oil", "tonnes of grain", "air defence systems", "ballistic missiles", "voyages"];
const times = ["since the summit in September", "last week", "between March and November 2024", "on 7 March", "in mid-2023", "so far", "as of February 16", "this year", "from late June to early July", "in 2023"];
const frames = [
  (c: string, n: string, t: string) => `Officials said on Friday that ${c} ${n} had been shipped ${t}.`,
  (c: string, n: string, t: string) => `${t[0].toUpperCase()}${t.slice(1)}, the army received ${c} ${n} from its neighbour, according to the ministry.`,
  (c: string, n: string, t: string) => `The report estimates that ${c} ${n} crossed the border ${t}, a figure the Kremlin rejected.`,
  (c: string, n: string, t: string) => `According to satellite images, ${c} ${n} were loaded at the port ${t}, worth about $1.5bn.`,
];

function corpus(): string[] {
  const out: string[] = [];
  let size = 0;
  while (size < megabytes * 1e6) {
    const s = pick(frames)(counts(), pick(nouns), pick(times));
    out.push(s);
    size += s.length + 1;
  }
  return out;
}

function run(label: string, sentences: string[], stage: Stage, count: (d: ArmsDocument) => number): void {
  const doc = new ArmsDocument("bench", new Uint8Array(), { id: "bench", published: "2024-02-27" });
  doc.text = sentences.join("\n");
  let at = 0;
  for (const s of sentences) {
    doc.sentences.push({ span: { start: at, end: at + s.length }, segment: 0, headline: false, candidate: true });
    at += s.length + 1;
  }
  const t0 = performance.now();
  stage(doc);
  const sec = (performance.now() - t0) / 1000;
  const mb = Buffer.byteLength(doc.text) / 1e6;
  console.log(`${label}: ${mb.toFixed(1)} MB in ${sec.toFixed(2)} s = ${(mb / sec).toFixed(2)} MB/s, ${count(doc)} records, heap ${(process.memoryUsage().heapUsed / 1e6).toFixed(0)} MB`);
}

const sentences = corpus();
run("parse-amounts", sentences, parseAmountsStage(), (d) => d.amounts.length);
run("resolve-times", sentences, resolveTimesStage(), (d) => d.times.length);

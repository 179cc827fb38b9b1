// Throughput of recognise-mentions on one core: `npx tsx bench/mentions.bench.ts [MB]`.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { ArmsDocument } from "../src/core/document.js";
import { gazetteerMatcher, recogniseMentions } from "../src/extract/recognise-mentions.js";

const megabytes = Number(process.argv[2] ?? 20);
const devDir = new URL("../../shared/eval/dev/", import.meta.url).pathname;
const reports = readdirSync(devDir).filter((f) => f.endsWith(".txt")).map((f) => readFileSync(join(devDir, f), "utf8"));
// A general crawl: mostly sentences that name no state (built from the reports' words, shuffled).
const words = reports.join(" ").split(/\s+/).filter((w) => /^[a-z]+[,.]?$/.test(w));
let seed = 7;
const rand = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
const filler = Array.from({ length: 200_000 }, () => words[Math.floor(rand() * words.length)]).join(" ");

function corpus(parts: string[]): string {
  const out: string[] = [];
  let size = 0;
  for (let i = 0; size < megabytes * 1e6; i++) out.push(parts[i % parts.length]), (size += parts[i % parts.length].length);
  return out.join("\n\n");
}

function run(label: string, text: string): void {
  const doc = new ArmsDocument("bench", new Uint8Array(), { id: "bench" });
  doc.text = text;
  let at = 0;
  for (const line of text.split("\n")) {
    doc.sentences.push({ span: { start: at, end: at + line.length }, segment: 0, headline: false });
    at += line.length + 1;
  }
  const stage = recogniseMentions();
  // CPU time, not wall time: the machine is shared, and a busy neighbour should not move the figure.
  const c0 = process.cpuUsage();
  stage(doc);
  const c = process.cpuUsage(c0);
  const s = (c.user + c.system) / 1e6;
  // The floor of STACK.md: a bare pass that splits the same text into sentences with a regex.
  const f0 = process.cpuUsage();
  const parts = text.split(/(?<=[.!?])\s+/).length;
  const f = process.cpuUsage(f0);
  const floor = (f.user + f.system) / 1e6;
  const mb = Buffer.byteLength(text) / 1e6;
  console.log(
    `${label}: ${mb.toFixed(1)} MB in ${s.toFixed(2)} s CPU = ${(mb / s).toFixed(1)} MB/s (sentence-split floor ${(mb / floor).toFixed(0)} MB/s, ${parts} parts), ` +
      `${doc.mentions.length} mentions, heap ${(process.memoryUsage().heapUsed / 1e6).toFixed(0)} MB`,
  );
}

const t0 = performance.now();
gazetteerMatcher();
console.log(`compile: ${(performance.now() - t0).toFixed(0)} ms`);
// Warm-up: the tries of first words are built on first use, and the JIT needs a few passes.
for (let i = 0; i < 3; i++) recogniseMentions()(Object.assign(new ArmsDocument("warm", new Uint8Array(), { id: "warm" }), { text: reports.join("\n") }));
run("transfer reports (dev set repeated)", corpus(reports));
run("general text (few names)", corpus([filler]));

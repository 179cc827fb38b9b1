// How the time of each stage grows with the size of pages made to be slow: each kind of page at
// n and 2n; a stage whose CPU time more than triples when the page doubles is flagged as superlinear.
// `npx tsx bench/hostile.bench.ts [SCALE] [KIND]` (SCALE 1 = 0.4 MB to 0.8 MB pages, the nested page 4,000 to 8,000
// blocks deep; CPU time, not wall time; KIND runs one kind of page only).
import { ArmsDocument } from "../src/core/document.js";
import { pipelineStages } from "../src/pipeline.js";

const scale = Number(process.argv[2] ?? 1);
const stages = pipelineStages();
const SPEAKERS = ["Defence minister Lena Brandt", "Officials in Seoul", "The ministry", "A spokesman, Omar Haddad,", "Analysts at a think tank"];
const PAIRS = [["North Korea", "Russia"], ["Iran", "Russia"], ["Germany", "Ukraine"], ["the United States", "Ukraine"]];
const WORDS = "Russia North Korea shells containers rail port officials said about more than artillery and Iran drones".split(" ");

const pages: Record<string, (bytes: number) => string> = {
  // Report prose: speakers, transfers, quotes, paragraphs.
  report: (bytes) => {
    const out: string[] = [];
    for (let i = 0, len = 0; len < bytes; i++) {
      const [a, b] = PAIRS[i % 4];
      const s = `${SPEAKERS[i % 5]} said on Monday that ${a} had sent ${100 + i} containers of shells to ${b} since August. "We are watching closely," he told a briefing.${i % 7 === 0 ? "\n\n" : " "}`;
      out.push(s);
      len += s.length;
    }
    return out.join("");
  },
  // One claim a line, all of one flow (the merge of many claims of one core).
  claims: (bytes) => {
    const out: string[] = [];
    for (let i = 0, len = 0; len < bytes; i++) {
      const s = `North Korea shipped ${1000 + i} containers of shells to Russia in March, the ministry said.`;
      out.push(s);
      len += s.length + 1;
    }
    return out.join("\n");
  },
  // One sentence with no end.
  sentence: (bytes) => {
    const out: string[] = [];
    for (let i = 0, len = 0; len < bytes; i++) {
      const w = WORDS[(i * 7 + (i >> 3)) % WORDS.length] + (i % 13 === 0 ? "," : "");
      out.push(w);
      len += w.length + 1;
    }
    return `${out.join(" ")}.`;
  },
  // An HTML page of blocks nested one in another (one per 100 bytes asked), a "Read also" box at the bottom.
  nested: (bytes) => {
    const depth = Math.round(bytes / 100);
    return `<html><body><p>North Korea shipped 1,000 containers of shells to Russia, the ministry said.</p>${"<div>".repeat(depth)}<h3>Read also</h3><a>Iran sends more drones to Russia</a>${"</div>".repeat(depth)}</body></html>`;
  },
};

function timeStages(text: string): Map<string, number> {
  const doc = new ArmsDocument(text.startsWith("<html") ? "bench.html" : "bench.txt", new TextEncoder().encode(text), { id: "bench", published: "2024-06-01" });
  const out = new Map<string, number>();
  for (const s of stages) {
    if (doc.failed) break;
    const c0 = process.cpuUsage();
    s.run(doc);
    const c = process.cpuUsage(c0);
    out.set(s.name, (c.user + c.system) / 1e6);
  }
  return out;
}

let flagged = 0;
const only = process.argv[3];
for (const [kind, make] of Object.entries(pages).filter(([k]) => !only || k === only)) {
  const n = Math.round(400_000 * scale);
  const small = timeStages(make(n));
  const large = timeStages(make(2 * n));
  const total = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
  console.log(`${kind}: ${(n / 1e6).toFixed(1)} MB ${total(small).toFixed(1)} s, ${((2 * n) / 1e6).toFixed(1)} MB ${total(large).toFixed(1)} s (x${(total(large) / total(small)).toFixed(2)})`);
  for (const [name, t] of large) {
    const ratio = t / Math.max(small.get(name) ?? 0, 1e-3);
    if (t > 0.5 && ratio > 3) {
      flagged++;
      console.log(`  SUPERLINEAR ${name}: ${small.get(name)!.toFixed(2)} s -> ${t.toFixed(2)} s (x${ratio.toFixed(2)})`);
    }
  }
}
console.log(flagged ? `${flagged} stage(s) grew more than 3x when the page doubled` : "every stage grew at most 3x when the page doubled");

// The part-of-speech tagger alone, one core: `npm run bench -- tagger [--json]` (or `npx tsx bench/tagger.bench.ts [MB]`).
// Every sentence of an on-topic page goes through the tagger, so its own speed bounds how fast on-topic pages can be read
// whatever the other stages cost. Tags 1 MB (by default) of the crawl benchmark's on-topic sentences in pieces of about
// 2 KB, a page's candidate sentences, three times; prints MB per second of CPU time for each run.
import { onTopicSentences } from "./generate-pages.js";
import { tagText } from "../src/extract/tag-sentences.js";

const megabytes = Number(process.argv.slice(2).find((a) => !a.startsWith("--")) ?? 1);
const json = process.argv.includes("--json");
const next = onTopicSentences(8);
const pieces: string[] = [];
let size = 0;
while (size < megabytes * 1e6) {
  let piece = "";
  while (piece.length < 2000) piece += `${next()} `;
  pieces.push(piece);
  size += piece.length;
}
tagText("The model is loaded once, before the runs.");
const runs: number[] = [];
for (let r = 0; r < 3; r++) {
  const before = process.cpuUsage();
  let words = 0;
  for (const piece of pieces) words += tagText(piece).length;
  const used = process.cpuUsage(before);
  const seconds = (used.user + used.system) / 1e6;
  runs.push(size / 1e6 / seconds);
  (json ? console.error : console.log)(`tagger alone: ${(size / 1e6).toFixed(2)} MB, ${words} words, ${seconds.toFixed(2)} s of CPU: ${(size / 1e6 / seconds).toFixed(2)} MB/s`);
}
if (json) console.log(JSON.stringify({ tagger_mb_per_s: +Math.max(...runs).toFixed(2) }));

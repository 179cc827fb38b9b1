// Per-stage CPU over a generated crawl: `npx tsx bench/stage-profile.ts [--mb N] [--by-page]`.
// Writes the quick crawl (seeds as in crawl.bench.ts) to a temporary folder, then reads the general crawl and the
// on-topic pages with every stage timed by CPU time, and prints each stage's share; claim counts and a hash of every
// claim as a check (a change meant to be faster only must leave the hash as it was).
// `--by-page` adds where the CPU goes by kind of page (HTML or text; gives claims, has candidate sentences but gives
// none, has no candidate, spared by the prefilter) and the words that made candidates of the sentences of pages that
// give no claim: what a narrower gate would have to tell apart.
import { createHash } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readInputs } from "../src/ingest/read-files.js";
import { pipelineStages, processDocument } from "../src/pipeline.js";
import type { NamedStage } from "../src/core/pipeline.js";
import type { ArmsDocument } from "../src/core/document.js";
import { toSchemaClaim } from "../src/core/claim.js";
import { isOffTopic } from "../src/extract/prefilter-page.js";
import { findItems } from "../src/extract/claims/find-items.js";
import { findTriggers } from "../src/extract/claims/direction.js";
import { transfer } from "../src/knowledge/lexicon.js";
import { generateCrawl, writeCrawl } from "./generate-pages.js";

const args = process.argv.slice(2);
const mbArg = args.indexOf("--mb");
const generalMB = mbArg >= 0 ? Number(args[mbArg + 1]) : 2;
const byPage = args.includes("--by-page");
const root = mkdtempSync(join(tmpdir(), "armsflow-stage-profile-"));
const general = join(root, "general");
const onTopic = join(root, "on-topic");
const g = writeCrawl(general, generateCrawl({ mb: generalMB, onTopic: 0.1, seed: 7 }));
const t = writeCrawl(onTopic, generateCrawl({ mb: generalMB / 4, onTopic: 1, seed: 8 }));

const cpu = () => {
  const u = process.cpuUsage();
  return u.user + u.system;
};

/** What kind of page a read document was, for the by-page figures. */
function pageKind(doc: ArmsDocument): string {
  const reading = doc.claims.length ? "gives claims" : isOffTopic(doc) ? "spared by the prefilter" : doc.sentences.some((s) => s.candidate) ? "candidates, no claim" : "no candidate";
  return `${doc.format === "html" ? "html" : "text"}, ${reading}`;
}

/** The first thing or transfer word of a candidate sentence: what let it in (find-candidates reads more than these). */
function entryWord(text: string): string {
  const item = findItems(text, 0)[0];
  if (item) return `thing "${text.slice(item.span.start, item.span.end).toLowerCase()}"`;
  const trigger = findTriggers(text, 0)[0];
  if (trigger) return `transfer word "${trigger.text.toLowerCase()}"`;
  transfer.production.lastIndex = 0;
  const made = transfer.production.exec(text);
  transfer.production.lastIndex = 0;
  return made ? `production word "${made[0].toLowerCase()}"` : "other";
}

async function run(dir: string, bytes: number): Promise<void> {
  const spent = new Map<string, number>();
  let page = new Map<string, number>();
  const stages: NamedStage[] = pipelineStages().map((s) => ({
    name: s.name,
    run: (doc) => {
      const c0 = cpu();
      try {
        return s.run(doc);
      } finally {
        const us = cpu() - c0;
        spent.set(s.name, (spent.get(s.name) ?? 0) + us);
        page.set(s.name, (page.get(s.name) ?? 0) + us);
      }
    },
  }));
  const kinds = new Map<string, { pages: number; us: number; stages: Map<string, number> }>();
  const entries = new Map<string, number>();
  const hash = createHash("sha1");
  let claims = 0;
  let own = 0;
  const c0 = cpu();
  for await (const input of readInputs([dir])) {
    page = new Map();
    const p0 = cpu();
    const doc = processDocument(input, stages);
    const us = cpu() - p0;
    for (const c of doc.claims) hash.update(`${JSON.stringify(toSchemaClaim(c))}\n`);
    claims += doc.claims.length;
    if (!byPage) continue;
    const kind = kinds.get(pageKind(doc)) ?? { pages: 0, us: 0, stages: new Map() };
    kinds.set(pageKind(doc), kind);
    kind.pages++;
    kind.us += us;
    for (const [name, t] of page) kind.stages.set(name, (kind.stages.get(name) ?? 0) + t);
    // (Not counted in the CPU figures: the look at the words is the profile's own work.)
    const e0 = cpu();
    if (!doc.claims.length) for (const s of doc.sentences) if (s.candidate) {
      const word = entryWord(doc.slice(s.span));
      entries.set(word, (entries.get(word) ?? 0) + 1);
    }
    own += cpu() - e0;
  }
  const total = cpu() - c0 - own;
  const s = (us: number) => `${(us / 1e6).toFixed(2)} s`;
  console.log(`${dir.replace(/^.*\//, "")}: ${(bytes / 1e6).toFixed(2)} MB, ${s(total)} CPU, ${(bytes / total).toFixed(3)} MB/s of CPU, ${claims} claims (sha1 ${hash.digest("hex").slice(0, 16)})`);
  for (const [name, us] of [...spent].sort((a, b) => b[1] - a[1])) console.log(`  ${name.padEnd(22)} ${s(us)}  ${((100 * us) / total).toFixed(0)} %`);
  if (!byPage) return;
  console.log("  by kind of page (pages, CPU, the dearest stages):");
  for (const [name, k] of [...kinds].sort((a, b) => b[1].us - a[1].us)) {
    const dearest = [...k.stages].sort((a, b) => b[1] - a[1]).slice(0, 5).map(([n, us]) => `${n} ${s(us)}`).join(", ");
    console.log(`    ${name.padEnd(32)} ${String(k.pages).padStart(4)} pages ${s(k.us)}: ${dearest}`);
  }
  const candidates = [...entries.values()].reduce((a, b) => a + b, 0);
  console.log(`  candidate sentences of pages that give no claim: ${candidates}; what let them in (first word found):`);
  for (const [word, n] of [...entries].sort((a, b) => b[1] - a[1]).slice(0, 12)) console.log(`    ${String(n).padStart(5)}  ${word}`);
}

try {
  await run(onTopic, t.bytes); // warms the JIT
  await run(onTopic, t.bytes);
  await run(general, g.bytes);
} finally {
  rmSync(root, { recursive: true, force: true });
}

// A child process that ingests a folder of generated reports into a store, so tests can kill it or weigh it.
// Usage: node --expose-gc --import tsx ingest-child.ts OPTIONS_JSON DIR [REPORT_AT,...]
import { opendir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { openStore } from "../../src/store/open-store.js";
import { makeDoc } from "./make-doc.js";
import type { GeneratedReport } from "./generate-reports.js";

const [options, dir, at = ""] = process.argv.slice(2);
const reportAt = new Set(at.split(",").filter(Boolean).map(Number));
const store = await openStore(JSON.parse(options));
let done = 0;
for await (const entry of await opendir(dir)) {
  if (!entry.name.endsWith(".json")) continue;
  const r = JSON.parse(await readFile(join(dir, entry.name), "utf8")) as GeneratedReport;
  await store.putDocument(makeDoc(r.meta, r.sentences, r.claims));
  done++;
  if (reportAt.has(done)) {
    globalThis.gc?.();
    const m = process.memoryUsage();
    process.stdout.write(`memory ${JSON.stringify({ at: done, heapMB: m.heapUsed / 2 ** 20, rssMB: m.rss / 2 ** 20 })}\n`);
  } else process.stdout.write(`done ${done}\n`);
}
await store.close();
process.stdout.write("finished\n");

// `npm start`: builds the dashboard if it is missing or stale, loads the demo corpus into
// data/armsflow.db on first run, then serves http://localhost:8080 (PORT to change).
import { existsSync, readdirSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { openLedger, serve, WEB_ROOT } from "../src/api/server.js";
import { loadEngine } from "../src/api/engine.js";
import { readInputs } from "../src/ingest/read-files.js";
import type { Store } from "../src/store/store.js";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const DB = process.env.ARMSFLOW_DB ?? join(ROOT, "data", "armsflow.db");
const DEMO = join(ROOT, "corpus", "demo");

/** Newest modification time under a folder. */
function newest(dir: string): number {
  let t = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) t = Math.max(t, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  }
  return t;
}

async function buildDashboard(): Promise<void> {
  const index = join(WEB_ROOT, "index.html");
  if (existsSync(index) && statSync(index).mtimeMs >= newest(join(ROOT, "web"))) return;
  console.log("armsflow: building the dashboard…");
  const { build } = await import("vite");
  await build({ configFile: join(ROOT, "web", "vite.config.ts"), logLevel: "warn" });
}

/** The demo reports (ID.txt or ID.html, each with ID.meta.json beside it), read as `armsflow ingest` reads them. */
async function loadDemo(store: Store): Promise<void> {
  if (!existsSync(DEMO)) return void console.log(`armsflow: no demo corpus at ${DEMO}: starting with an empty ledger`);
  const engine = await loadEngine();
  let reports = 0;
  let claims = 0;
  for await (const input of readInputs([DEMO])) {
    if (input.problem?.severity === "fatal") {
      console.warn(`armsflow: skipped ${input.path}: ${input.problem.code}`);
      continue;
    }
    const doc = await engine.process({ path: input.path, bytes: input.bytes, meta: input.meta });
    if (doc.failed) {
      console.warn(`armsflow: skipped ${input.path}: ${doc.diagnostics.filter((d) => d.severity === "fatal").map((d) => d.code).join(", ")}`);
      continue;
    }
    claims += (await store.putDocument(doc)).claims;
    reports++;
  }
  console.log(`armsflow: loaded ${reports} demo reports (${claims} claims) into ${DB}`);
}

async function main(): Promise<void> {
  await buildDashboard();
  const store = await openLedger({ db: DB });
  try {
    if ((await store.countDocuments()) === 0) await loadDemo(store);
  } finally {
    await store.close();
  }
  const running = await serve({ db: DB, port: Number(process.env.PORT ?? 8080), host: process.env.HOST ?? "127.0.0.1" });
  const stop = () => void running.close().then(() => process.exit(0));
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

main().catch((error: unknown) => {
  console.error(`armsflow: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});

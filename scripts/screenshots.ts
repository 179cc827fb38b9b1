// The pictures of docs/dashboard.md: the dashboard over the demo ledger, each page at 1280 × 800, taken with
// Debian's Chromium through playwright-core (never a downloaded browser). Not run by the tests.
//
//   npx tsx scripts/screenshots.ts                 # the demo corpus, read into a ledger of its own
//   npx tsx scripts/screenshots.ts --db FILE       # an existing ledger, opened read-only
//   npx tsx scripts/screenshots.ts --all --out DIR # every page, at 1280 × 800, 390 × 844 and 320 × 640 (phones), a picture a screen
//   options: --out DIR (default docs/images), CHROMIUM_PATH (default /usr/bin/chromium)
//
// A picture over 200 KB is reduced to 256 colours with ImageMagick's `convert` where it is installed.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { chromium, type Page } from "playwright-core";
import { build } from "../src/api/app.js";
import { loadEngine } from "../src/api/engine.js";
import { WEB_ROOT } from "../src/api/server.js";
import { readInputs } from "../src/ingest/read-files.js";
import { openStore } from "../src/store/open-store.js";
import type { Store } from "../src/store/store.js";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const { values } = parseArgs({ options: { db: { type: "string" }, out: { type: "string", default: join(ROOT, "docs", "images") }, all: { type: "boolean", default: false } } });
const OUT = resolve(values.out!);
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
/** The sizes to take: the documentation's one, or with --all two phones' too (a common one and the narrowest). */
const SIZES = values.all ? [[1280, 800], [390, 844], [320, 640]] : [[1280, 800]];
/** With --all, the screens taken of one page, from its top. */
const SCREENS = 8;
const LARGEST = 200 * 1024;

async function demoLedger(file: string): Promise<void> {
  const store = await openStore({ db: file });
  const engine = await loadEngine();
  try {
    for await (const input of readInputs([join(ROOT, "corpus", "demo")])) {
      if (input.problem?.severity === "fatal") continue;
      const doc = await engine.process({ path: input.path, bytes: input.bytes, meta: input.meta });
      if (!doc.failed) await store.putDocument(doc);
    }
  } finally {
    await store.close();
  }
}

/** The pages to show, some chosen from what the ledger holds: its busiest flow and that flow's most retold statement. */
async function pages(store: Store): Promise<{ name: string; path: string; what: string }[]> {
  const flows = (await store.listFlows()).sort((a, b) => b.statements - a.statements);
  const flow = flows[0];
  if (!flow) throw new Error("the ledger holds no flow: nothing to show");
  const statements = await store.getFlow(flow.supplier, flow.recipient, flow.item);
  const retold = [...statements].sort((a, b) => b.reports.length - a.reports.length || b.independent_sources - a.independent_sources)[0];
  const flowPath = `/flows/${flow.supplier}/${flow.recipient}/${flow.item}`;
  return [
    { name: "overview", path: "/", what: "the overview" },
    { name: "flow", path: flowPath, what: "a flow" },
    { name: "statement", path: `/statements/${encodeURIComponent(retold.id)}`, what: "a statement" },
    { name: "document", path: `/documents/${encodeURIComponent(retold.reports[0].doc)}`, what: "a report in the reader" },
    { name: "sources", path: "/sources", what: "the sources" },
    { name: "state", path: `/states/${flow.supplier}`, what: "a state" },
    { name: "search", path: "/search?q=shin", what: "search" },
    { name: "methodology", path: "/methodology", what: "the methodology" },
    ...(values.all ? [
      { name: "flow-log", path: `${flowPath}?scale=log`, what: "a flow on a logarithmic scale" },
      { name: "statements", path: "/statements", what: "the statements" },
      { name: "statements-filtered", path: `/statements?item=${flow.item}&sort=figure&dir=desc`, what: "the statements of one item, by figure" },
      { name: "states", path: "/states", what: "the states" },
      { name: "state-recipient", path: `/states/${flow.recipient}`, what: "a state that receives" },
      { name: "add", path: "/add", what: "the add page" },
      { name: "not-found", path: "/flows/XXX/YYY/nothing", what: "a page that is not there" },
      { name: "sources-sorted", path: "/sources?sort=source&dir=asc", what: "the sources, by name" },
      { name: "states-sorted", path: "/states?sort=in&dir=desc", what: "the states, by flows in" },
      { name: "state-sorted", path: `/states/${flow.recipient}?in-sort=statements&in-dir=desc`, what: "a state's flows in, by statements" },
      { name: "state-not-found", path: "/states/XXX", what: "a state that is not there" },
    ] : []),
  ];
}

/** Waits until the page is drawn: no "Loading…" left, a heading, and the charts' last frame. */
async function drawn(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.querySelector("main")?.textContent?.includes("Loading…"), undefined, { timeout: 60_000 });
  await page.waitForSelector("main h1", { timeout: 60_000 });
  await page.waitForLoadState("networkidle");
  await page.waitForTimeout(400);
}

function shrink(file: string): void {
  if (statSync(file).size <= LARGEST) return;
  const r = spawnSync("convert", [file, "-strip", "-colors", "256", `PNG8:${file}`], { encoding: "utf8" });
  if (r.error || r.status !== 0) console.warn(`screenshots: ${file} is ${Math.round(statSync(file).size / 1024)} KB and could not be reduced (${r.error?.message ?? r.stderr.trim()})`);
}

async function main(): Promise<void> {
  if (!existsSync(CHROMIUM)) throw new Error(`no browser at ${CHROMIUM} (set CHROMIUM_PATH)`);
  if (!existsSync(join(WEB_ROOT, "index.html"))) {
    console.log("screenshots: building the dashboard…");
    const { build: viteBuild } = await import("vite");
    await viteBuild({ configFile: join(ROOT, "web", "vite.config.ts"), logLevel: "warn" });
  }
  const scratch = mkdtempSync(join(tmpdir(), "armsflow-shots-"));
  const file = values.db ? resolve(values.db) : join(scratch, "demo.db");
  try {
    if (!values.db) {
      console.log("screenshots: reading the demo corpus into a ledger…");
      await demoLedger(file);
    }
    const store = await openStore({ db: file, readOnly: true, mustExist: true });
    const app = await build({ store, token: null, webRoot: WEB_ROOT });
    await app.listen({ port: 0, host: "127.0.0.1" });
    const address = app.server.address();
    const base = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"] });
    try {
      mkdirSync(OUT, { recursive: true });
      for (const [width, height] of SIZES) {
        const page = await browser.newPage({ viewport: { width, height }, deviceScaleFactor: 1, colorScheme: "light" });
        for (const shot of await pages(store)) {
          await page.goto(base + shot.path);
          await drawn(page);
          if (!values.all) {
            const path = join(OUT, `dashboard-${shot.name}.png`);
            await page.screenshot({ path, fullPage: false });
            shrink(path);
            console.log(`screenshots: ${shot.what}: ${path} (${Math.round(statSync(path).size / 1024)} KB) from ${shot.path}`);
            continue;
          }
          // The page as a reader scrolls through it: one picture a screen, at most SCREENS of them.
          const tall = await page.evaluate(() => document.documentElement.scrollHeight);
          const screens = Math.min(SCREENS, Math.ceil(tall / height));
          for (let n = 0; n < screens; n++) {
            const path = join(OUT, `dashboard-${shot.name}-${width}-${n + 1}.png`);
            await page.screenshot({ path, fullPage: true, clip: { x: 0, y: n * height, width, height: Math.min(height, tall - n * height) } });
          }
          console.log(`screenshots: ${shot.what}: ${screens} of ${Math.ceil(tall / height)} screens at ${width} in ${OUT} from ${shot.path}`);
        }
        await page.close();
      }
    } finally {
      await browser.close();
      await app.close();
      await store.close();
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(`screenshots: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});

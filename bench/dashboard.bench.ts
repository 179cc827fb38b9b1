// How soon the overview answers the reader, on the demo ledger, in Debian's Chromium (playwright-core).
// Run: npx tsx bench/dashboard.bench.ts [runs]   (figures are printed, never asserted)
// The demo reports (corpus/demo) are read into a fresh SQLite ledger, the API and the built dashboard
// listen on a loopback port, and the overview is opened `runs` times in a fresh browser context (cold:
// nothing cached) and as many times again in the same context (warm: assets cached). The page marks its
// own moments (performance marks, web/src/router.ts and pages/overview.ts):
//   armsflow:rendered     the page's content is in <main> (the flow list answers clicks and keys)
//   armsflow:map          the map is drawn
//   armsflow:sparklines   the sparklines are filled
// "Interactive" is the later of the first mark and the end of the last long task (> 50 ms) before the
// map is drawn: when a click on a flow is answered at once. Where the wall time goes is printed too: when
// the page, the entry script and the list's read arrived.
//   DASHBOARD_BENCH_DB=FILE       keep the demo ledger in FILE between runs
//   DASHBOARD_BENCH_WEB=DIR       measure the build in DIR instead of dist/web
//   DASHBOARD_BENCH_INLINE=0      serve the overview without the list inside its page (src/api/plugins/web.ts)
//   DASHBOARD_BENCH_COMPARE=DIR   also measure the build in DIR served as before (no list inside the page,
//                                 assets read from the disk on each request), in turns with this one, run
//                                 by run, so both meet the same load on the machine
import { existsSync, mkdtempSync, rmSync, statSync, readdirSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { chromium, type BrowserContext } from "playwright-core";
import { build } from "../src/api/app.js";
import { loadEngine } from "../src/api/engine.js";
import { webPlugin } from "../src/api/plugins/web.js";
import { WEB_ROOT } from "../src/api/server.js";
import { readInputs } from "../src/ingest/read-files.js";
import { openStore } from "../src/store/open-store.js";

const RUNS = Number(process.argv.find((a) => /^\d+$/.test(a)) ?? 7);
const ROOT = resolve(import.meta.dirname, "..");
const DEMO = join(ROOT, "corpus", "demo");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

function newest(dir: string): number {
  let t = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) if (entry.isFile()) t = Math.max(t, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  return t;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const fmt = (x: number | undefined) => (x === undefined || !Number.isFinite(x) ? "—" : `${Math.round(x)} ms`);

interface Sample { rendered: number; interactive: number; map: number; sparklines: number; longTasks: number; longest: number; flowsApi: number; scriptKb: number; cpuRendered: number; cpuMap: number; html: number; script: number; flowsEnd: number; inlined: number }

interface TraceEvent { name: string; ph: string; ts: number; dur?: number; tdur?: number; pid: number; tid: number; args?: { name?: string } }

/**
 * The renderer's main-thread CPU time (the trace's thread durations of its tasks) from the start of the
 * trace to each of the page's marks: the work the page costs, which other load on the machine does not
 * inflate as it inflates wall-clock times.
 */
function cpuUntil(trace: Buffer, marks: string[]): number[] {
  const events = (JSON.parse(trace.toString("utf8")) as { traceEvents: TraceEvent[] }).traceEvents;
  const main = events.find((e) => e.name === "thread_name" && e.args?.name === "CrRendererMain" && events.some((m) => m.pid === e.pid && marks.includes(m.name)));
  if (!main) return marks.map(() => Number.NaN);
  const tasks = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === "X" && e.name === "RunTask" && e.tdur !== undefined);
  return marks.map((name) => {
    const mark = events.find((e) => e.pid === main.pid && e.name === name);
    if (!mark) return Number.NaN;
    return tasks.filter((t) => t.ts <= mark.ts).reduce((sum, t) => sum + Math.min(t.tdur!, (mark.ts - t.ts) * (t.tdur! / Math.max(t.dur ?? t.tdur!, 1))), 0) / 1000;
  });
}

async function measure(context: BrowserContext, url: string): Promise<Sample> {
  const page = await context.newPage();
  const browser = context.browser()!;
  await browser.startTracing(page, { categories: ["devtools.timeline", "blink.user_timing", "toplevel", "disabled-by-default-devtools.timeline"] });
  await page.addInitScript(`window.__long = [];
    try {
      new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__long.push({ start: e.startTime, end: e.startTime + e.duration }); })
        .observe({ type: "longtask", buffered: true });
    } catch {}`);
  await page.goto(url);
  await page.waitForFunction(`performance.getEntriesByName("armsflow:sparklines").length > 0 && performance.getEntriesByName("armsflow:map").length > 0`, null, { timeout: 30_000 });
  await page.waitForTimeout(100);
  // As a string: tsx would wrap named functions in a helper the page does not have.
  const sample = (await page.evaluate(`(() => {
    const at = (name) => performance.getEntriesByName(name)[0]?.startTime ?? NaN;
    const long = window.__long;
    const rendered = at("armsflow:rendered");
    const map = at("armsflow:map");
    const before = long.filter((t) => t.start <= map);
    const interactive = Math.max(rendered, ...before.map((t) => t.end));
    const resources = performance.getEntriesByType("resource");
    const flows = resources.find((r) => /\\/api\\/flows(\\?|$)/.test(r.name) && !r.name.includes("sparklines"));
    const script = resources.find((r) => r.name.endsWith(".js"));
    const nav = performance.getEntriesByType("navigation")[0];
    return {
      html: nav ? nav.responseEnd : NaN, script: script ? script.responseEnd : NaN, flowsEnd: flows ? flows.responseEnd : NaN,
      inlined: document.getElementById("armsflow-flows") || performance.getEntriesByName("armsflow:inlined").length ? 1 : 0,
      rendered, interactive, map, sparklines: at("armsflow:sparklines"),
      longTasks: long.reduce((s, t) => s + (t.end - t.start), 0), longest: Math.max(0, ...long.map((t) => t.end - t.start)),
      flowsApi: flows ? flows.responseEnd - flows.requestStart : NaN, scriptKb: script ? script.transferSize / 1024 : 0,
    };
  })()`)) as Sample;
  const [cpuRendered, cpuMap] = cpuUntil(await browser.stopTracing(), ["armsflow:rendered", "armsflow:map"]);
  await page.close();
  return { ...sample, cpuRendered, cpuMap };
}

async function main(): Promise<void> {
  // DASHBOARD_BENCH_WEB=DIR measures another build of the dashboard (to compare two versions).
  const webRoot = process.env.DASHBOARD_BENCH_WEB ?? WEB_ROOT;
  const index = join(WEB_ROOT, "index.html");
  if (!process.env.DASHBOARD_BENCH_WEB && (!existsSync(index) || statSync(index).mtimeMs < newest(join(ROOT, "web")))) {
    const { build: viteBuild } = await import("vite");
    await viteBuild({ configFile: join(ROOT, "web", "vite.config.ts"), logLevel: "warn" });
  }
  // DASHBOARD_BENCH_DB=FILE keeps the demo ledger between runs (read once into FILE, reused after).
  const keep = process.env.DASHBOARD_BENCH_DB;
  const dir = mkdtempSync(join(tmpdir(), "armsflow-dash-bench-"));
  const store = await openStore({ db: keep ?? join(dir, "ledger.db") });
  const engine = await loadEngine();
  let reports = await store.countDocuments();
  if (reports === 0) for await (const input of readInputs([DEMO])) {
    if (input.problem?.severity === "fatal") continue;
    const doc = await engine.process({ path: input.path, bytes: input.bytes, meta: input.meta });
    if (doc.failed) continue;
    await store.putDocument(doc);
    reports++;
  }
  const flows = (await store.listFlows()).length;
  // The builds measured, each on a server of its own over the same ledger. DASHBOARD_BENCH_INLINE=0 serves the
  // overview without its list inside the page (as before it was put there); DASHBOARD_BENCH_COMPARE=DIR adds
  // that older build, served that way, measured in turns with this one (run by run), so both meet the same load.
  const setups: { name: string; root: string; inlineFlows: boolean; assetsFromMemory?: boolean }[] = [{ name: process.env.DASHBOARD_BENCH_COMPARE ? "this" : "", root: webRoot, inlineFlows: process.env.DASHBOARD_BENCH_INLINE !== "0" }];
  if (process.env.DASHBOARD_BENCH_COMPARE) setups.push({ name: "before", root: process.env.DASHBOARD_BENCH_COMPARE, inlineFlows: false, assetsFromMemory: false });
  const servers = await Promise.all(setups.map(async (setup) => {
    const app = await build({ store, token: "bench" });
    await app.register(webPlugin, { root: setup.root, inlineFlows: setup.inlineFlows, assetsFromMemory: setup.assetsFromMemory });
    await app.listen({ port: 0, host: "127.0.0.1" });
    const address = app.server.address();
    return { ...setup, app, url: `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}/`, cold: [] as Sample[], warm: [] as Sample[] };
  }));
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"] });
  try {
    // One run each to warm the servers (their 30 s read memo) and Chromium: not counted.
    for (const server of servers) {
      const first = await browser.newContext({ viewport: { width: 1280, height: 800 }, bypassCSP: true });
      await measure(first, server.url);
      await first.close();
    }
    for (let i = 0; i < RUNS; i++) {
      for (const server of i % 2 ? [...servers].reverse() : servers) {
        const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, bypassCSP: true });
        server.cold.push(await measure(context, server.url));
        server.warm.push(await measure(context, server.url));
        await context.close();
      }
    }
    console.log(`overview of the demo ledger: ${reports} reports, ${flows} flows; ${RUNS} runs, medians, 1280x800`);
    const row = (name: string, xs: Sample[]) => console.log(`${name.padEnd(12)} main-thread CPU: to the list ${fmt(median(xs.map((s) => s.cpuRendered)))}, to the map ${fmt(median(xs.map((s) => s.cpuMap)))}; wall: rendered ${fmt(median(xs.map((s) => s.rendered)))}, interactive ${fmt(median(xs.map((s) => s.interactive)))}, map ${fmt(median(xs.map((s) => s.map)))}, sparklines ${fmt(median(xs.map((s) => s.sparklines)))}, long tasks ${fmt(median(xs.map((s) => s.longTasks)))} (longest ${fmt(median(xs.map((s) => s.longest)))}), /api/flows ${fmt(median(xs.map((s) => s.flowsApi)))}, script ${median(xs.map((s) => s.scriptKb)).toFixed(0)} KB sent`);
    // Where the wall time goes: the page's answer, the entry script, the list's read (absent when the list came inlined in the page).
    const steps = (name: string, xs: Sample[]) => console.log(`${name.padEnd(12)} arrived: page ${fmt(median(xs.map((s) => s.html)))}, script ${fmt(median(xs.map((s) => s.script)))}, /api/flows ${xs.every((s) => Number.isNaN(s.flowsEnd)) ? "not read (inlined in the page)" : fmt(median(xs.filter((s) => !Number.isNaN(s.flowsEnd)).map((s) => s.flowsEnd)))}; list inlined in ${xs.filter((s) => s.inlined).length} of ${xs.length} runs`);
    for (const server of servers) {
      row(`${server.name} cold`.trim(), server.cold);
      row(`${server.name} warm`.trim(), server.warm);
    }
    for (const server of servers) {
      steps(`${server.name} cold`.trim(), server.cold);
      steps(`${server.name} warm`.trim(), server.warm);
    }
    console.log(`load average at the end: ${loadavg().map((l) => l.toFixed(1)).join(" ")} (${cpus().length} cores): wall times grow with it, CPU times much less`);
    const { cold, warm } = servers[0];
    console.log(JSON.stringify({ overview_cpu_to_list_ms: Math.round(median(cold.map((s) => s.cpuRendered))), overview_cpu_to_map_ms: Math.round(median(cold.map((s) => s.cpuMap))), overview_rendered_ms: Math.round(median(cold.map((s) => s.rendered))), overview_interactive_ms: Math.round(median(cold.map((s) => s.interactive))), overview_interactive_warm_ms: Math.round(median(warm.map((s) => s.interactive))) }));
  } finally {
    await browser.close();
    for (const server of servers) await server.app.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

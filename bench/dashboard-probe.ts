// A look inside one cold visit of the overview: when each resource started and arrived (resource timing), and
// the renderer's long tasks with what they spent their time on (a trace). Figures are printed, never asserted.
// Run: DASHBOARD_BENCH_DB=FILE [DASHBOARD_BENCH_WEB=DIR] [DASHBOARD_BENCH_INLINE=0] npx tsx bench/dashboard-probe.ts [runs]
import { chromium } from "playwright-core";
import { build } from "../src/api/app.js";
import { webPlugin } from "../src/api/plugins/web.js";
import { WEB_ROOT } from "../src/api/server.js";
import { openStore } from "../src/store/open-store.js";

interface TraceEvent { name: string; ph: string; ts: number; dur?: number; tdur?: number; pid: number; tid: number; args?: { name?: string; data?: { url?: string } } }

const RUNS = Number(process.argv.find((a) => /^\d+$/.test(a)) ?? 3);
const store = await openStore({ db: process.env.DASHBOARD_BENCH_DB! });
const app = await build({ store, token: "probe" });
await app.register(webPlugin, { root: process.env.DASHBOARD_BENCH_WEB ?? WEB_ROOT, inlineFlows: process.env.DASHBOARD_BENCH_INLINE !== "0" });
await app.listen({ port: 0, host: "127.0.0.1" });
const address = app.server.address();
const url = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}/`;
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"] });
for (let i = 0; i < RUNS; i++) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, bypassCSP: true });
  const page = await context.newPage();
  await browser.startTracing(page, { categories: ["devtools.timeline", "blink.user_timing", "toplevel", "v8", "disabled-by-default-devtools.timeline"] });
  await page.goto(url);
  await page.waitForFunction(`performance.getEntriesByName("armsflow:map").length > 0`);
  const rows = await page.evaluate(`(() => {
    const r = (x) => Math.round(x);
    const nav = performance.getEntriesByType("navigation")[0];
    const out = ["page: request " + r(nav.requestStart) + ", answer " + r(nav.responseStart) + "-" + r(nav.responseEnd) + ", domInteractive " + r(nav.domInteractive)];
    for (const e of performance.getEntriesByType("resource")) out.push(new URL(e.name).pathname + new URL(e.name).search + ": start " + r(e.startTime) + ", request " + r(e.requestStart) + ", answer " + r(e.responseStart) + "-" + r(e.responseEnd) + ", " + e.transferSize + " B");
    for (const m of performance.getEntriesByType("mark")) out.push("mark " + m.name + " " + r(m.startTime));
    return out.join("\\n");
  })()`);
  const events = (JSON.parse((await browser.stopTracing()).toString("utf8")) as { traceEvents: TraceEvent[] }).traceEvents;
  const main = events.find((e) => e.name === "thread_name" && e.args?.name === "CrRendererMain" && events.some((m) => m.pid === e.pid && m.name === "armsflow:rendered"))!;
  const nav = events.find((e) => e.pid === main.pid && e.name === "navigationStart") ?? events.find((e) => e.pid === main.pid)!;
  const mine = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === "X");
  const tasks = mine.filter((e) => e.name === "RunTask" && (e.dur ?? 0) > 30_000);
  console.log(`--- cold ${i}\n${rows}`);
  for (const t of tasks) {
    const inside = mine.filter((e) => e !== t && e.ts >= t.ts && e.ts + (e.dur ?? 0) <= t.ts + (t.dur ?? 0) && (e.dur ?? 0) > 5_000);
    const what = inside.map((e) => `${e.name}${e.args?.data?.url ? ` ${e.args.data.url.replace(/^.*\//, "")}` : ""} ${Math.round((e.dur ?? 0) / 1000)}/${Math.round((e.tdur ?? 0) / 1000)}`).slice(0, 12).join("; ");
    console.log(`long task at ${Math.round((t.ts - nav.ts) / 1000)} ms: ${Math.round((t.dur ?? 0) / 1000)} ms wall, ${Math.round((t.tdur ?? 0) / 1000)} ms CPU: ${what}`);
  }
  await context.close();
}
await browser.close();
await app.close();
await store.close();

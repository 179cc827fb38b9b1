// Screenshots of every page of the dashboard at a desktop and a phone width, to look at (nothing is asserted).
// Run: npx tsx bench/dashboard-shots.ts LEDGER.db [OUT_DIR]   (OUT_DIR defaults to /tmp/shots)
// The ledger is served the way the browser tests serve theirs (src/api/app.ts on a loopback port, the built
// dashboard), and opened in Debian's Chromium (playwright-core). Pages that need an id (a flow, a statement,
// a report, a state) take the first the API lists. Each shot is the whole page, named PAGE-WIDTH.png.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { chromium, type Page } from "playwright-core";
import { build } from "../src/api/app.js";
import { WEB_ROOT } from "../src/api/server.js";
import { openStore } from "../src/store/open-store.js";

const [db, out = "/tmp/shots"] = process.argv.slice(2);
if (!db) {
  console.error("usage: npx tsx bench/dashboard-shots.ts LEDGER.db [OUT_DIR]");
  process.exit(2);
}
mkdirSync(out, { recursive: true });
const store = await openStore({ db });
const app = await build({ store, token: "shots", webRoot: WEB_ROOT });
await app.listen({ port: 0, host: "127.0.0.1" });
const address = app.server.address();
const base = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;

const flows = (await app.inject({ url: "/api/flows" })).json().flows as { supplier: string; recipient: string; item: string; statements: number }[];
const busiest = [...flows].sort((a, b) => b.statements - a.statements)[0];
const statements = (await app.inject({ url: "/api/statements?limit=5" })).json().statements as { id: string; reports: { doc: string; start: number; end: number }[] }[];
const s = statements[0];
const pages: [string, string][] = [
  ["overview", "/"],
  ["flow", `/flows/${busiest.supplier}/${busiest.recipient}/${busiest.item}`],
  ["flow-log", `/flows/${busiest.supplier}/${busiest.recipient}/${busiest.item}?scale=log`],
  ["statements", "/statements"],
  ["statements-filtered", `/statements?state=${busiest.recipient}&certainty=reported&sort=figure&dir=asc`],
  ["statement", `/statements/${encodeURIComponent(s.id)}`],
  ["reader", `/documents/${encodeURIComponent(s.reports[0].doc)}?at=${s.reports[0].start}-${s.reports[0].end}`],
  ["states", "/states"],
  ["state", `/states/${busiest.supplier}`],
  ["sources", "/sources"],
  ["search", "/search?q=Russia"],
  ["methodology", "/methodology"],
  ["add", "/add"],
  ["not-found", "/no/such/page"],
];

async function settle(page: Page): Promise<void> {
  await page.waitForSelector("main .view h1", { timeout: 20_000 });
  await page.waitForTimeout(600); // the map, the sparklines
}

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run"] });
try {
  for (const [width, height] of [[1280, 800], [390, 844]]) {
    const page = await browser.newPage({ viewport: { width, height } });
    page.on("pageerror", (e) => console.log(`page error at ${page.url()}: ${e.message}`));
    for (const [name, path] of pages) {
      await page.goto(base + path);
      await settle(page);
      const sideways = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      await page.screenshot({ path: join(out, `${name}-${width}.png`), fullPage: true });
      // The long page again in parts a screen or two high, readable at their own size.
      const tall = await page.evaluate(() => document.documentElement.scrollHeight);
      const step = width < 600 ? 1200 : 1600;
      const parts = Math.min(Math.ceil(tall / step), 6);
      if (parts > 1) for (let i = 0; i < parts; i++) {
        await page.screenshot({ path: join(out, `${name}-${width}-part${i + 1}.png`), fullPage: true, clip: { x: 0, y: i * step, width, height: Math.min(step, tall - i * step) } });
      }
      console.log(`${name}-${width}.png ${path}${parts > 1 ? ` (${parts} parts)` : ""}${sideways > 0 ? ` (the page scrolls ${sideways} px sideways)` : ""}`);
    }
    await page.close();
  }
} finally {
  await browser.close();
  await app.close();
  await store.close();
}

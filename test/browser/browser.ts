// What the browser tests share: Debian's Chromium through playwright-core (never a downloaded browser),
// a built dashboard, and a server on a real SQLite ledger listening on a free loopback port.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { FastifyInstance } from "fastify";
import { chromium, type Browser, type Page } from "playwright-core";
import { build } from "../../src/api/app.js";
import { WEB_ROOT } from "../../src/api/server.js";
import { openStore } from "../../src/store/open-store.js";
import type { Store } from "../../src/store/store.js";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const ARTIFACTS = resolve(import.meta.dirname, "../../test-artifacts");
export const TOKEN = "browser-test-token";

/** Builds dist/web once where it is missing (a fresh clone). */
export async function ensureDashboard(): Promise<void> {
  if (existsSync(join(WEB_ROOT, "index.html"))) return;
  const { build: viteBuild } = await import("vite");
  await viteBuild({ configFile: resolve(import.meta.dirname, "../../web/vite.config.ts"), logLevel: "warn" });
}

export interface Harness {
  readonly base: string;
  readonly store: Store;
  readonly app: FastifyInstance;
  readonly browser: Browser;
  close(): Promise<void>;
}

export async function start(seed: (store: Store) => Promise<void>): Promise<Harness> {
  await ensureDashboard();
  const dir = mkdtempSync(join(tmpdir(), "armsflow-browser-"));
  const store = await openStore({ db: join(dir, "ledger.db") });
  await seed(store);
  const app = await build({ store, token: TOKEN, webRoot: WEB_ROOT });
  await app.listen({ port: 0, host: "127.0.0.1" });
  const address = app.server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
  });
  mkdirSync(ARTIFACTS, { recursive: true });
  return {
    base: `http://127.0.0.1:${port}`, store, app, browser,
    async close() {
      await browser.close();
      await app.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Saves what the page shows now, as test-artifacts/NAME-WIDTH.png (look at them). */
export async function shoot(page: Page, name: string): Promise<void> {
  const width = page.viewportSize()?.width ?? 0;
  await page.screenshot({ path: join(ARTIFACTS, `${name}-${width}.png`), fullPage: false });
}

/** A new page at `width` x `height`, with the API reads it makes (path and query) and the errors its scripts throw. */
export async function watchedPage(browser: Browser, width = 1280, height = 800): Promise<{ page: Page; asked: string[]; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width, height } });
  const asked: string[] = [];
  const errors: string[] = [];
  page.on("request", (r) => {
    const url = new URL(r.url());
    if (url.pathname.startsWith("/api/")) asked.push(url.pathname + url.search);
  });
  page.on("pageerror", (e) => errors.push(e.message));
  return { page, asked, errors };
}

/** Waits until the dashboard has rendered the page at `path`. */
export async function rendered(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.querySelector("main")?.textContent?.includes("Loading…"));
  await page.waitForSelector("main h1");
}

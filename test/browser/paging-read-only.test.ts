// In Debian's Chromium: /statements pages a ledger past a thousand statements through the server (one
// page of 100 asked at a time, "Showing a–b of N", first/previous/next/last, Back), the overview's list
// arrives inside the page, and a ledger served read-only hides "Add a report" and says why
// on its page. Screenshots go to test-artifacts/.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { build } from "../../src/api/app.js";
import { WEB_ROOT } from "../../src/api/server.js";
import { openStore } from "../../src/store/open-store.js";
import type { Store } from "../../src/store/store.js";
import { MANY, seedMany } from "../api/many-statements.js";
import { seed } from "../api/seed.js";
import { needsChromium } from "../services.js";
import { shoot, start, watchedPage, type Harness } from "./browser.js";

const hasChromium = needsChromium();
const count = (p: Page) => p.locator("p.count").textContent();
const grouped = (n: number) => n.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ",");

describe.skipIf(!hasChromium)("statements paged by the server, preloaded overview reads, and a read-only ledger", () => {
  let h: Harness;
  let total: number;
  beforeAll(async () => {
    h = await start(async (store) => {
      await seed(store);
      await seedMany(store);
    });
    total = (await h.app.inject({ url: "/api/statements?limit=1" })).json().total as number;
  }, 180_000);
  afterAll(async () => {
    await h?.close();
  });

  const open = (width = 1280) => watchedPage(h.browser, width);

  it("shows a page of 100 of more than a thousand, says which, and moves to the last page and back", async () => {
    expect(total).toBeGreaterThan(MANY);
    const { page, asked, errors } = await open();
    await page.goto(h.base + "/statements");
    await page.waitForSelector("table.statement-list tbody tr");
    expect(await count(page)).toBe(`Showing 1–100 of ${grouped(total)} statements.`);
    expect(await page.locator("table.statement-list tbody tr").count()).toBe(100);
    const pages = Math.ceil(total / 100);
    expect(await page.locator(".pager .at").textContent()).toBe(` Page 1 of ${pages} `);
    await page.locator(".pager a.last").click();
    await page.waitForURL(new RegExp(`page=${pages}$`));
    const last = `Showing ${grouped((pages - 1) * 100 + 1)}–${grouped(total)} of ${grouped(total)} statements.`;
    await page.waitForFunction((t) => document.querySelector("p.count")?.textContent === t, last);
    expect(await page.locator("table.statement-list tbody tr").count()).toBe(total - (pages - 1) * 100);
    await shoot(page, "statements-last-page");
    await page.locator(".pager a[rel=prev]").click();
    await page.waitForURL(new RegExp(`page=${pages - 1}$`));
    await page.waitForFunction((t) => document.querySelector("p.count")?.textContent?.startsWith(t), `Showing ${grouped((pages - 2) * 100 + 1)}–${grouped((pages - 1) * 100)} of`);
    await page.goBack();
    await page.waitForFunction((t) => document.querySelector("p.count")?.textContent === t, last);
    // The page asked the server for one page at a time, never for the whole list.
    const reads = asked.filter((u) => u.startsWith("/api/statements?"));
    expect(reads.length).toBeGreaterThanOrEqual(3);
    for (const u of reads) expect(new URLSearchParams(u.split("?")[1]).get("limit"), u).toBe("100");
    expect(reads.some((u) => u.includes(`offset=${(pages - 1) * 100}`))).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("sorts and finds on the server: the order and the count hold across the pages", async () => {
    const { page } = await open();
    await page.goto(h.base + "/statements?q=quadcopters");
    await page.waitForSelector("table.statement-list tbody tr");
    const found = (await h.app.inject({ url: "/api/statements?q=quadcopters&limit=1" })).json().total as number;
    expect(found).toBeGreaterThan(300);
    expect(await count(page)).toBe(`Showing 1–100 of ${found} statements.`);
    await page.locator("th a.sort", { hasText: "Figure" }).click();
    await page.waitForURL(/sort=figure&dir=desc/);
    await page.waitForFunction(() => document.querySelector("th[aria-sort=descending]")?.textContent?.startsWith("Figure"));
    const top = (await h.app.inject({ url: "/api/statements?q=quadcopters&sort=figure&dir=desc&limit=1" })).json().statements[0].quantity.value as number;
    expect(await page.locator("table.statement-list tbody tr td:nth-child(3)").first().textContent()).toBe(`${grouped(top)} drones`);
    // Page 2 of the sorted list continues where page 1 stopped.
    const page1 = await page.locator("table.statement-list tbody tr td:nth-child(3)").allTextContents();
    await page.locator(".pager a[rel=next]").click();
    await page.waitForURL(/page=2/);
    await page.waitForFunction(() => document.querySelector("p.count")?.textContent?.startsWith("Showing 101–200 of"));
    const page2 = await page.locator("table.statement-list tbody tr td:nth-child(3)").allTextContents();
    const value = (t: string) => Number(t.replace(/[^\d]/g, ""));
    expect(value(page2[0])).toBeLessThanOrEqual(value(page1.at(-1)!));
    expect(new URL(page.url()).searchParams.get("q")).toBe("quadcopters");
    await page.close();
  });

  it("brings the overview's list inside the page: /api/flows is not read for it, and no preload asks for it", async () => {
    const response = await fetch(h.base + "/");
    expect(response.headers.get("link") ?? "").not.toContain("/api/flows");
    expect(await response.text()).toContain('<script type="application/json" id="armsflow-flows">');
    const { page, asked, errors } = await open();
    await page.goto(h.base + "/");
    await page.waitForSelector("table.flows tbody tr");
    expect(asked.filter((u) => u === "/api/flows")).toEqual([]);
    // A deep link is not the overview: neither the list nor a preload there.
    const deep = await fetch(h.base + "/statements");
    expect(deep.headers.get("link")).toBeNull();
    expect(await deep.text()).not.toContain("armsflow-flows");
    expect(errors).toEqual([]);
    await page.close();
  });

  describe("on a ledger served read-only", () => {
    let dir: string;
    let store: Store;
    let app: FastifyInstance;
    let base: string;
    beforeAll(async () => {
      dir = mkdtempSync(join(tmpdir(), "armsflow-browser-ro-"));
      const file = join(dir, "ledger.db");
      const writable = await openStore({ db: file });
      await seed(writable);
      await writable.close();
      store = await openStore({ db: file, readOnly: true });
      app = await build({ store, token: "read-only", webRoot: WEB_ROOT });
      await app.listen({ port: 0, host: "127.0.0.1" });
      const address = app.server.address();
      base = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
    });
    afterAll(async () => {
      await app?.close();
      await store?.close();
      if (dir) rmSync(dir, { recursive: true, force: true });
    });

    it("hides the link to the add page, and the page itself says why instead of showing a form", async () => {
      for (const width of [1280, 390]) {
        const page = await h.browser.newPage({ viewport: { width, height: 800 } });
        await page.goto(base + "/");
        await page.waitForSelector("table.flows tbody tr");
        await page.waitForFunction(() => (document.querySelector("header nav a[href='/add']") as HTMLElement | null)?.hidden === true);
        expect(await page.locator("header nav a[href='/add']").isVisible()).toBe(false);
        await page.goto(base + "/add");
        await page.waitForSelector("#read-only");
        expect(await page.locator("#read-only").textContent()).toContain("served read-only");
        expect(await page.locator("#read-only").textContent()).toContain("--read-only");
        expect(await page.locator("textarea").count()).toBe(0);
        expect(await page.locator("h1").textContent()).toBe("Add a report");
        await shoot(page, "add-read-only");
        await page.close();
      }
    });

    it("keeps the link and the form on a ledger that takes writes", async () => {
      const page = await h.browser.newPage({ viewport: { width: 1280, height: 800 } });
      await page.goto(h.base + "/");
      await page.waitForSelector("table.flows tbody tr");
      // The answer to the health question has come when the page has asked it and drawn its flows.
      await page.waitForFunction(() => performance.getEntriesByType("resource").some((r) => r.name.endsWith("/api/health") && r.responseEnd > 0));
      expect(await page.locator("header nav a[href='/add']").isVisible()).toBe(true);
      await page.locator("header nav a[href='/add']").click();
      await page.waitForSelector("textarea#report-text");
      expect(await page.locator("#read-only").count()).toBe(0);
      await page.close();
    });
  });
});

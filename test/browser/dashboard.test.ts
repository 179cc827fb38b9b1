// The dashboard in Debian's Chromium: follow a figure from the overview to its sentence, add a report,
// and read a hostile report that must run nothing. Screenshots go to test-artifacts/.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SEED, seed } from "../api/seed.js";
import { needsChromium } from "../services.js";
import { CHROMIUM, rendered, shoot, start, TOKEN, type Harness } from "./browser.js";

const hasChromium = needsChromium();
if (!hasChromium) console.warn(`\n!!!!! no Chromium at ${CHROMIUM}: the browser suite is SKIPPED (apt-get install -y chromium) !!!!!\n`);

describe.skipIf(!hasChromium)("the dashboard", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await start(seed);
  });
  afterAll(async () => {
    await h?.close();
  });

  async function open(width: number): Promise<{ page: Page; dialogs: string[]; errors: string[] }> {
    const page = await h.browser.newPage({ viewport: { width, height: 800 } });
    const dialogs: string[] = [];
    const errors: string[] = [];
    page.on("dialog", (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    page.on("pageerror", (e) => errors.push(e.message));
    return { page, dialogs, errors };
  }

  it("goes from the overview to a flow, from a figure to its statement, and to the highlighted sentence", async () => {
    const { page, errors } = await open(1280);
    const t0 = Date.now();
    await page.goto(h.base + "/");
    await page.waitForSelector("svg.map .arrow");
    await page.waitForSelector("table.flows tbody tr");
    console.log(`overview interactive after ${Date.now() - t0} ms`);
    await shoot(page, "overview");
    // Keyboard: the flow's row opens with Enter.
    const row = page.locator("table.flows tbody tr", { hasText: "artillery ammunition" }).first();
    await row.focus();
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/flows\/PRK\/RUS\/artillery-ammunition$/);
    await page.waitForSelector("svg.timeline a.mark");
    await rendered(page);
    expect(await page.locator("h1").textContent()).toContain("North Korea → Russia");
    await shoot(page, "flow");
    // A figure on the chart is a link to its statement.
    const mark = page.locator("svg.timeline a.mark").first();
    const statement = await mark.getAttribute("data-statement");
    await mark.click();
    await page.waitForURL(/\/statements\//);
    await page.waitForSelector("table.reports tbody tr");
    expect(decodeURIComponent(page.url())).toContain(statement!);
    await shoot(page, "statement");
    const evidence = (await page.locator("table.reports td.evidence").first().textContent())!;
    await page.locator("table.reports tbody tr a").first().click();
    await page.waitForURL(/\/documents\/.+\?at=\d+-\d+$/);
    const target = page.locator("mark.target");
    await target.waitFor();
    expect(await target.textContent()).toBe(evidence);
    expect(await target.isVisible()).toBe(true);
    await shoot(page, "reader");
    await page.goto(h.base + "/sources");
    await page.waitForSelector("table.sources tbody tr");
    await shoot(page, "sources");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("reads at phone width without the page itself scrolling sideways", async () => {
    const { page, errors } = await open(375);
    const doc = SEED[1];
    for (const [name, path, ready] of [
      ["overview", "/", "table.flows"],
      ["flow", "/flows/PRK/RUS/artillery-ammunition", "svg.timeline"],
      ["reader", `/documents/${doc.meta.id}?at=${doc.claims[0].evidence.start}-${doc.claims[0].evidence.end}`, "mark.target"],
      ["sources", "/sources", "table.sources"],
      ["add", "/add", "form.add"],
    ] as const) {
      await page.goto(h.base + path);
      await page.waitForSelector(ready);
      await shoot(page, name);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, name).toBeLessThanOrEqual(1);
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it("lists statements at phone width as rows that need no sideways scrolling, with the sort links kept", async () => {
    const { page, errors } = await open(390);
    await page.goto(h.base + "/statements");
    await page.waitForSelector("table.statement-list tbody tr");
    await shoot(page, "statements");
    const wide = await page.evaluate(() => [...document.querySelectorAll(".table-wrap")].map((w) => w.scrollWidth - w.clientWidth));
    for (const extra of wide) expect(extra).toBeLessThanOrEqual(1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(1);
    // Every row still shows its figure and its source.
    const first = page.locator("table.statement-list tbody tr").first();
    expect(await first.locator("td.num").first().isVisible()).toBe(true);
    expect(await first.locator("td").nth(3).isVisible()).toBe(true);
    expect(await page.locator("th a.sort", { hasText: "Figure" }).isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("adds a report through the page: claims appear as it is pasted, and are stored with the token", async () => {
    const { page, errors } = await open(1280);
    await page.goto(h.base + "/add");
    await page.waitForSelector("form.add");
    const report = [
      "Drone parts shipped east",
      "Iran has supplied about 400 Shahed drones to Russia since last autumn, a Ukrainian intelligence spokesman said on Monday.",
      "The shipments went by sea.",
    ].join("\n\n");
    await page.fill("#report-text", report);
    await page.fill("#report-outlet", "Browser Test Post");
    await page.fill("#report-published", "2024-03-12");
    await page.waitForSelector("#extracted table.claims tbody tr");
    expect(await page.locator("#extracted").textContent()).toContain("Iran");
    await page.fill("#report-token", TOKEN);
    await page.click("button[type=submit]");
    await page.waitForFunction(() => document.querySelector(".status")?.textContent?.startsWith("Stored as"));
    const rows = await page.locator("#extracted table.claims tbody tr").count();
    expect(rows).toBeGreaterThan(0);
    await shoot(page, "add");
    await page.locator("#extracted a", { hasText: "Open the report" }).click();
    await page.waitForSelector(".doc-text mark.claim");
    expect(await page.locator(".doc-text").textContent()).toContain("Shahed drones");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("previews again when the date, outlet or address changes, and reads a report typed fast once, far under the server's limit", async () => {
    const { page, errors } = await open(1280);
    const bodies: Record<string, string>[] = [];
    page.on("request", (r) => {
      if (r.method() === "POST" && new URL(r.url()).pathname === "/api/extract") bodies.push(JSON.parse(r.postData() ?? "{}"));
    });
    await page.goto(h.base + "/add");
    await page.waitForSelector("form.add");
    // Typed a key at a time, as fast as a person types: one read, not one a key (the server allows 30 a minute).
    await page.locator("#report-text").pressSequentially("Minsk sent 40 trucks of fuel to Tbilisi on Monday, the transport ministry said.", { delay: 15 });
    await page.waitForSelector("#extracted table.claims tbody tr");
    expect(bodies.length).toBeLessThanOrEqual(2);
    const stated = () => page.locator("#extracted table.claims tbody tr td.stated").first().textContent();
    await page.fill("#report-published", "2024-03-13");
    await page.dispatchEvent("#report-published", "change");
    await expect.poll(stated, { timeout: 15_000 }).toMatch(/^2024-03-(0[6-9]|1[0-3])$/);
    await page.fill("#report-published", "2024-06-12");
    await page.dispatchEvent("#report-published", "change");
    await expect.poll(stated, { timeout: 15_000 }).toMatch(/^2024-06-(0[5-9]|1[0-2])$/);
    expect(bodies.at(-1)!.published).toBe("2024-06-12");
    await page.fill("#report-outlet", "Caucasus Freight Wire");
    await expect.poll(() => bodies.at(-1)?.outlet, { timeout: 15_000 }).toBe("Caucasus Freight Wire");
    await page.fill("#report-url", "https://example.org/freight/trucks");
    await expect.poll(() => bodies.at(-1)?.url, { timeout: 15_000 }).toBe("https://example.org/freight/trucks");
    const reads = bodies.length;
    // "Find claims" with nothing changed reads again only because it was asked; the same fields typed again do not.
    await page.fill("#report-outlet", "Caucasus Freight Wire");
    await page.waitForTimeout(1500);
    expect(bodies.length).toBe(reads);
    expect(bodies.length).toBeLessThanOrEqual(6);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("tells what is new since the last visit from this browser", async () => {
    const context = await h.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(h.base + "/");
    await page.waitForSelector("section.news h2");
    expect(await page.locator("section.news").textContent()).toContain("first visit");
    const text = "Belarus received 12 howitzers from Russia last month, the Belarusian defence ministry said.";
    const r = await h.app.inject({ method: "POST", url: "/api/documents", headers: { authorization: `Bearer ${TOKEN}` }, payload: { text, title: "Howitzers for Minsk", id: "news-since-visit" } });
    expect(r.statusCode).toBe(200);
    await page.reload();
    await page.waitForSelector("section.news ul li");
    expect(await page.locator("section.news").textContent()).toContain("1 new report");
    expect(await page.locator("section.news li a").first().textContent()).toBe("Howitzers for Minsk");
    await context.close();
  });

  it("shows a hostile report as text and runs nothing in it", async () => {
    const hostile = [
      "<script>alert('script')</script><img src=x onerror=\"window.__pwned=1;alert('img')\">",
      "Russia sent 20 tanks to Belarus, the <b>ministry</b> said. <a href=\"javascript:alert('link')\">click</a>",
      "<svg onload=\"window.__pwned=2\"></svg><iframe src=\"javascript:alert('frame')\"></iframe>",
    ].join("\n\n");
    const title = "<img src=x onerror=\"window.__pwned=3\"><h1>Big</h1><script>alert('title')</script>";
    const headers = { authorization: `Bearer ${TOKEN}` };
    const payload = { text: hostile, title, outlet: "<b>Evil</b> Daily", id: "hostile-report" };
    const badUrl = await h.app.inject({ method: "POST", url: "/api/documents", headers, payload: { ...payload, url: "javascript:alert('url')" } });
    expect(badUrl.json().error.code).toBe("BAD_REQUEST");
    const stored = await h.app.inject({ method: "POST", url: "/api/documents", headers, payload });
    expect(stored.statusCode).toBe(200);
    const { page, dialogs, errors } = await open(1280);
    await page.goto(h.base + "/documents/hostile-report");
    await page.waitForSelector(".doc-text");
    const dangerous = "main script, main img, main iframe, main svg[onload], [onerror], [onload], a[href^='javascript:'], iframe";
    expect(await page.locator(dangerous).count()).toBe(0);
    expect(await page.locator("h1").textContent()).toBe(title);
    expect(await page.locator(".doc-text").textContent()).toBe(hostile);
    expect(await page.locator(".lede").textContent()).toContain("<b>Evil</b> Daily");
    await shoot(page, "hostile-reader");
    // The same text pasted on the add page: previewed as text too.
    await page.goto(h.base + "/add");
    await page.fill("#report-text", hostile);
    await page.click("button[type=button]");
    await page.waitForFunction(() => document.querySelector(".status")?.textContent?.includes("found"));
    expect(await page.locator(dangerous).count()).toBe(0);
    await page.waitForTimeout(300); // let any injected handler that could fire, fire
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});

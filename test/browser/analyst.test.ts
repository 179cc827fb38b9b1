// The dashboard as an analyst uses it all day, in Debian's Chromium: charts that read right, in-app
// navigation that never shows a stale page, no dead links, find and filter as URL state, a page per
// state, export, citation, methodology, and cached compressed assets. Screenshots go to test-artifacts/.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Store } from "../../src/store/store.js";
import { seed } from "../api/seed.js";
import { makeDoc } from "../store/make-doc.js";
import { needsChromium } from "../services.js";
import { CHROMIUM, shoot, start, type Harness } from "./browser.js";

const hasChromium = needsChromium();

/** 26 sources telling of one flow (drones, Iran to Russia) over 26 months: more sources than colours. */
const DRONE_SOURCES = Array.from({ length: 26 }, (_, i) => `Analyst Desk ${String.fromCharCode(65 + i)}`);
/** 110 statements in all, so /statements has two pages. */
const FILLER = 84;

async function seedMore(store: Store): Promise<void> {
  await seed(store);
  for (const [i, org] of DRONE_SOURCES.entries()) {
    const month = String((i % 12) + 1).padStart(2, "0");
    const year = 2022 + Math.floor(i / 12);
    const n = 100 * (i + 1) + 7;
    const sentence = `${org} counted roughly ${n} attack drones handed over by Tehran to Moscow in all.`;
    await store.putDocument(makeDoc({ id: `drone-${i}`, outlet: `Outlet ${i}`, title: `Drone tally ${i}`, published: `${year}-${month}-15`, url: `https://example.org/drones/${i}` }, [sentence],
      [{ evidence: sentence, supplier: "IRN", recipient: "RUS", item: "drones", quantity: { value: n, unit: "drones", approx: true }, org, stated: `${year}-${month}-14`, cumulative: true }]));
  }
  // A factory's output: a statement with no recipient, whose links must not lead to /flows/PRK/null/...
  const made = "Officials in Seoul estimated that northern factories turn out about 2,282,552.8 shells a year.";
  await store.putDocument(makeDoc({ id: "factory-output", outlet: "Plant Watch", title: "Factory output", published: "2024-05-02" }, [made],
    [{ evidence: made, kind: "production", supplier: "PRK", recipient: null, quantity: { value: 2_282_552.8, unit: "rounds", approx: true }, org: "Ministry of National Defense", country: "KOR", stated: "2024-05-01" }]));
  // A relayed statement: a news agency citing a ministry, printed by a daily.
  const relayed = "A wire agency, citing the ministry in Kyiv, said 40 armoured vehicles had crossed to Belarus.";
  await store.putDocument(makeDoc({ id: "relay-story", outlet: "Morning Daily", title: "Vehicles cross", published: "2024-04-10" }, [relayed],
    [{ evidence: relayed, supplier: "RUS", recipient: "BLR", item: "armoured-vehicles", quantity: { value: 40, unit: "vehicles" }, org: "Ministry of Defence of Ukraine", country: "UKR", stated: "2024-04-09", relays: ["Wire Agency"] }]));
  for (let i = 0; i < FILLER; i++) {
    const sentence = `Customs papers list ${1000 + i} tonnes of grain sent from Moscow to Pyongyang in batch ${i}.`;
    await store.putDocument(makeDoc({ id: `grain-${i}`, outlet: "Grain Monitor", title: `Grain batch ${i}`, published: `2023-${String((i % 12) + 1).padStart(2, "0")}-20` }, [sentence],
      [{ evidence: sentence, supplier: "RUS", recipient: "PRK", item: "food", quantity: { value: 1000 + i, unit: "tonnes" }, org: `Customs Watch ${i}`, stated: `2023-${String((i % 12) + 1).padStart(2, "0")}-${String(1 + Math.floor(i / 12)).padStart(2, "0")}` }]));
  }
}

/** Whether any two boxes overlap (by more than half a pixel). */
function overlapping(boxes: { x: number; y: number; width: number; height: number }[]): boolean {
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const [a, b] = [boxes[i], boxes[j]];
      if (a.x + a.width - 0.5 > b.x && b.x + b.width - 0.5 > a.x && a.y + a.height - 0.5 > b.y && b.y + b.height - 0.5 > a.y) return true;
    }
  }
  return false;
}

describe.skipIf(!hasChromium)("the dashboard for an analyst", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await start(seedMore);
  }, 60_000);
  afterAll(async () => {
    await h?.close();
  });

  async function open(width = 1280, height = 800): Promise<{ page: Page; errors: string[] }> {
    const page = await h.browser.newPage({ viewport: { width, height } });
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    return { page, errors };
  }
  const view = (page: Page) => page.waitForSelector("main .view h1");

  it("draws the timeline on a linear axis unless log is chosen, marks log, and never piles axis labels", async () => {
    for (const width of [1280, 390]) {
      const { page, errors } = await open(width);
      await page.goto(h.base + "/flows/IRN/RUS/drones");
      await page.waitForSelector("svg.timeline a.mark");
      expect(await page.locator("svg.timeline").first().getAttribute("data-scale")).toBe("linear");
      expect(await page.locator("svg.timeline .scale-note").count()).toBe(0);
      for (const scale of ["linear", "log"]) {
        if (scale === "log") {
          await page.check("#log-scale");
          await page.waitForSelector("svg.timeline[data-scale=log]");
          expect(page.url()).toContain("scale=log");
          expect(await page.locator("figure.chart figcaption").first().textContent()).toContain("logarithmic");
          expect(await page.locator("svg.timeline .scale-note").first().textContent()).toContain("logarithmic scale");
        }
        for (const axis of ["y-axis", "x-axis"]) {
          const boxes = await page.locator(`svg.timeline .${axis} text`).evaluateAll((els) => els.map((e) => { const r = e.getBoundingClientRect(); return { x: r.x, y: r.y, width: r.width, height: r.height }; }));
          expect(boxes.length, `${scale} ${axis} at ${width}`).toBeGreaterThan(1);
          expect(overlapping(boxes), `${scale} ${axis} at ${width}`).toBe(false);
        }
      }
      await shoot(page, "flow-log");
      // 26 sources: the first 24 each have a colour of their own, the rest share grey and the legend says so.
      const colours = await page.locator(".legend .source-toggle .swatch").evaluateAll((els) => els.map((e) => (e as HTMLElement).style.background));
      expect(colours).toHaveLength(26);
      expect(new Set(colours.slice(0, 24)).size).toBe(24);
      expect(await page.locator(".legend").textContent()).toContain("2 more sources share grey");
      expect(errors).toEqual([]);
      await page.close();
    }
  });

  it("switches a source off and back, and narrows the dates, as address state", async () => {
    const { page } = await open();
    await page.goto(h.base + "/flows/IRN/RUS/drones");
    await page.waitForSelector("svg.timeline a.mark");
    const before = await page.locator("svg.timeline a.mark").count();
    await page.locator(".source-toggle", { hasText: "Analyst Desk A" }).click();
    await page.waitForFunction((n) => document.querySelectorAll("svg.timeline a.mark").length === n - 1, before);
    expect(page.url()).toContain("hide=");
    await page.fill("#range-from", "2023-01-01");
    await page.dispatchEvent("#range-from", "change");
    await page.waitForURL(/from=2023-01-01/);
    // The address changes first; the table follows when the narrowed page has been drawn.
    await page.waitForFunction(() => {
      const cells = [...document.querySelectorAll("table.statements tbody tr td:first-child")].map((c) => c.textContent ?? "");
      return cells.length > 0 && cells.every((d) => d >= "2023-01-01");
    }, undefined, { timeout: 15_000 });
    const dates = await page.locator("table.statements tbody tr td:first-child").allTextContents();
    expect(dates.length).toBeGreaterThan(0);
    for (const d of dates) expect(d >= "2023-01-01").toBe(true);
    await page.goBack();
    await page.waitForFunction(() => !location.search.includes("from="));
    await page.waitForFunction((n) => document.querySelectorAll("svg.timeline a.mark").length === n - 1, before);
    await page.close();
  });

  it("puts one unit on each sparkline and one arrow per direction on the map, labelled when it stands for several flows", async () => {
    const { page } = await open();
    await page.goto(h.base + "/");
    await page.waitForSelector("svg.map .arrow");
    await page.waitForSelector("td.spark svg.sparkline");
    const units = await page.locator("td.spark svg.sparkline").evaluateAll((els) => els.map((e) => e.getAttribute("data-unit")));
    expect(units.every((u) => u !== null)).toBe(true);
    const arrows = await page.locator("svg.map .arrow").evaluateAll((els) => els.map((e) => e.getAttribute("aria-label")!.split(",")[0]));
    expect(new Set(arrows).size).toBe(arrows.length);
    await shoot(page, "overview-analyst");
    await page.close();
  });

  it("moves without reloads, shows a loading sign, and a slow earlier page never paints over a newer one", async () => {
    const { page, errors } = await open();
    await page.goto(h.base + "/");
    await page.waitForSelector("table.flows tbody tr");
    await page.evaluate(() => ((window as unknown as { __same: number }).__same = 1));
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    await page.route("**/api/flows/IRN/RUS/drones", async (route) => {
      await held;
      await route.continue();
    });
    await page.locator("table.flows a", { hasText: "Iran → Russia" }).first().click();
    await page.waitForURL(/\/flows\/IRN\/RUS\/drones/);
    await page.waitForSelector("#loading:not([hidden])");
    await page.locator("header nav a", { hasText: "Sources" }).click();
    await page.waitForSelector("table.sources");
    release();
    await page.waitForTimeout(500);
    expect(new URL(page.url()).pathname).toBe("/sources");
    expect(await page.locator("main h1").textContent()).toBe("Sources");
    expect(await page.locator("#loading").isHidden()).toBe(true);
    // A mark on a timeline is a link within the app.
    await page.goto(h.base + "/flows/IRN/RUS/drones");
    await page.evaluate(() => ((window as unknown as { __same: number }).__same = 3));
    await page.waitForSelector("svg.timeline a.mark");
    await page.locator("svg.timeline a.mark").first().dispatchEvent("click");
    await page.waitForURL(/\/statements\//);
    await view(page);
    expect(await page.evaluate(() => (window as unknown as { __same?: number }).__same)).toBe(3);
    // A map arrow is a link within the app too.
    await page.goto(h.base + "/");
    await page.evaluate(() => ((window as unknown as { __same: number }).__same = 2));
    await page.waitForSelector("svg.map .arrow");
    await page.locator("svg.map .arrow").first().dispatchEvent("click");
    await page.waitForFunction(() => location.pathname !== "/");
    await view(page);
    expect(await page.evaluate(() => (window as unknown as { __same?: number }).__same)).toBe(2);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("focuses the highlighted sentence, and Back restores the view and its scroll", async () => {
    const { page } = await open(1280, 500);
    await page.goto(h.base + "/statements");
    await page.waitForSelector("table.statement-list tbody tr");
    await page.evaluate(() => window.scrollTo(0, 900));
    await page.waitForFunction(() => window.scrollY >= 890);
    // A link the reader sees there (so the click does not scroll to it first), whatever the rows' heights.
    const nth = await page.locator("table.statement-list tbody tr a").evaluateAll((els) => els.findIndex((e) => e.getBoundingClientRect().top > 80));
    expect(nth).toBeGreaterThan(0);
    const link = page.locator("table.statement-list tbody tr a").nth(nth);
    const name = await link.textContent();
    await link.click();
    await page.waitForSelector("table.reports tbody tr a");
    await page.locator("table.reports tbody tr a").first().click();
    await page.waitForSelector("mark.target");
    await page.waitForFunction(() => document.activeElement?.id === "target");
    await page.goBack();
    await page.goBack();
    await page.waitForSelector("table.statement-list tbody tr");
    await page.waitForFunction(() => Math.abs(window.scrollY - 900) < 5);
    expect(await page.locator("table.statement-list tbody tr a").nth(nth).textContent()).toBe(name);
    await page.close();
  });

  it("pages statements and says how many there are", async () => {
    const { page } = await open();
    await page.goto(h.base + "/statements");
    await page.waitForSelector("table.statement-list tbody tr");
    // The API counts what matches whatever the page: the page's "of N" is that count.
    const total = (await h.app.inject({ url: "/api/statements?limit=1" })).json().total as number;
    expect(total).toBe((await h.app.inject({ url: "/api/statements?limit=1000" })).json().statements.length);
    expect(total).toBeGreaterThan(100);
    expect(await page.locator("p.count").textContent()).toBe(`Showing 1–100 of ${total} statements.`);
    expect(await page.locator("table.statement-list tbody tr").count()).toBe(100);
    await page.locator(".pager a[rel=next]").click();
    await page.waitForURL(/page=2/);
    await page.waitForFunction((t) => document.querySelector("p.count")?.textContent === `Showing 101–${t} of ${t} statements.`, total);
    await shoot(page, "statements-page-2");
    await page.close();
  });

  it("filters and searches as address state: shareable, and Back undoes it", async () => {
    const { page } = await open();
    await page.goto(h.base + "/statements");
    await page.waitForSelector("table.statement-list tbody tr");
    await page.selectOption("#f-item", "drones");
    await page.waitForURL(/item=drones/);
    await page.waitForFunction(() => document.querySelector("p.count")?.textContent?.includes("of 26 statements"));
    await page.fill("#f-from", "2023-06-01");
    await page.fill("#f-to", "2023-12-31");
    await page.click("form.filters button[type=submit]");
    await page.waitForURL(/to=2023-12-31/);
    // The address changes first; the filtered page replaces the old one when its answer arrives.
    await page
      .waitForFunction(() => {
        const cells = [...document.querySelectorAll("table.statement-list tbody tr td:first-child")].map((c) => c.textContent ?? "");
        return cells.length > 0 && cells.every((d) => d >= "2023-06-01" && d <= "2023-12-31");
      }, undefined, { timeout: 15_000 })
      .catch(() => undefined); // the assertions below say what is wrong
    const dates = await page.locator("table.statement-list tbody tr td:first-child").allTextContents();
    expect(dates.length).toBeGreaterThan(0);
    for (const d of dates) expect(d >= "2023-06-01" && d <= "2023-12-31", d).toBe(true);
    // Shareable: the same address in a fresh page shows the same rows.
    const shared = await h.browser.newPage();
    await shared.goto(page.url());
    await shared.waitForSelector("table.statement-list tbody tr");
    expect(await shared.locator("table.statement-list tbody tr td:first-child").allTextContents()).toEqual(dates);
    await shared.close();
    await page.goBack();
    await page.waitForFunction(() => !location.search.includes("to="));
    await page.waitForFunction(() => document.querySelector("p.count")?.textContent?.includes("of 26 statements"));
    // Sorting by figure, ascending.
    // The address changes before the sorted page arrives: wait for the header that page draws, then for its rows.
    await page.locator("th a.sort", { hasText: "Figure" }).click();
    await page.waitForURL(/sort=figure/);
    await page.waitForSelector("th[aria-sort] a.sort:has-text('Figure')");
    await page.locator("th a.sort", { hasText: "Figure" }).click();
    await page.waitForURL(/dir=asc/);
    await expect
      .poll(() => page.locator("table.statement-list tbody tr td.num").first().textContent(), { timeout: 15_000 })
      .toBe("about 107 drones");
    // The search box in the header: a person, a state, words of a sentence.
    await page.fill("#search-q", "Park Jae-ho");
    await page.press("#search-q", "Enter");
    await page.waitForURL(/\/search\?q=Park/);
    await page.waitForSelector("section.results");
    expect(await page.locator("section.results[aria-label='People and bodies'] li").count()).toBeGreaterThan(0);
    await page.fill("#search-q", "Belarus");
    await page.press("#search-q", "Enter");
    await page.waitForSelector("section.results[aria-label='States'] li a[href='/states/BLR']");
    await page.fill("#search-q", "grain batch 83");
    await page.press("#search-q", "Enter");
    await page.waitForFunction(() => document.querySelector("section.results[aria-label='Statements'] h2")?.textContent === "Statements (1)");
    await shoot(page, "search");
    await page.close();
  });

  it("has a page per state, exports what a page shows with its provenance, and copies a citation", async () => {
    const context = await h.browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: h.base });
    const page = await context.newPage();
    await page.goto(h.base + "/states/PRK");
    await page.waitForSelector("table.sends tbody tr");
    expect(await page.locator("h1").textContent()).toBe("North Korea");
    expect(await page.locator("table.sends").textContent()).toContain("artillery ammunition");
    expect(await page.locator("table.receives").textContent()).toContain("oil fuel");
    expect(await page.locator("table.own").textContent()).toContain("2.28 million rounds");
    await shoot(page, "state");
    await page.goto(h.base + "/statements?item=drones");
    await page.waitForSelector("table.statement-list tbody tr");
    const [download] = await Promise.all([page.waitForEvent("download"), page.click(".export-csv")]);
    const csv = await (await import("node:fs/promises")).readFile((await download.path())!, "utf8");
    const lines = csv.trim().split("\r\n");
    expect(lines[0]).toContain("statement,stated");
    for (const column of ["source", "outlet", "published", "url", "evidence"]) expect(lines[0].split(",")).toContain(column);
    expect(lines).toHaveLength(27);
    const [json] = await Promise.all([page.waitForEvent("download"), page.click(".export-json")]);
    const rows = JSON.parse(await (await import("node:fs/promises")).readFile((await json.path())!, "utf8")) as { url: string }[];
    expect(rows).toHaveLength(26);
    expect(rows.every((r) => r.url.startsWith("https://example.org/drones/"))).toBe(true);
    await page.locator("table.statement-list tbody tr a").first().click();
    await page.waitForSelector("#copy-citation");
    await page.click("#copy-citation");
    await page.waitForFunction(() => document.querySelector(".actions .status")?.textContent?.includes("copied"));
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain("Analyst Desk");
    expect(copied).toContain("https://example.org/drones/");
    expect(copied).toContain("attack drones");
    // The day it was stated and the outlet that printed it, as the page shows them.
    expect(copied).toMatch(/stated 20\d\d-\d\d-\d\d/);
    expect(copied).toMatch(/reported by Outlet \d+ on 20\d\d-\d\d-\d\d/);
    await context.close();
  });

  it("reads figures without false precision, and shows the relay from source to relay to outlet", async () => {
    const { page } = await open();
    await page.goto(h.base + "/statements?q=factories");
    await page.waitForSelector("table.statement-list tbody tr");
    expect(await page.locator("table.statement-list td.num").first().textContent()).toBe("about 2.28 million rounds");
    await page.locator("table.statement-list tbody tr a").first().click();
    await page.waitForSelector("p.lede");
    expect(await page.locator("p.lede a").first().getAttribute("href")).toBe("/states/PRK");
    await page.goto(h.base + "/statements?q=armoured");
    await page.waitForSelector("table.statement-list tbody tr");
    await page.locator("table.statement-list tbody tr a").first().click();
    await page.waitForSelector("td.relay-path");
    expect(await page.locator("td.relay-path").textContent()).toBe("Ministry of Defence of Ukraine (Ukraine) → Wire Agency → Morning Daily");
    await page.close();
  });

  it("has no dead link: every link of every page leads to a page that is found", async () => {
    const { page, errors } = await open();
    const seen = new Set<string>();
    const queue = ["/", "/statements", "/states", "/sources", "/methodology", "/add", "/search?q=Russia"];
    const pattern = (path: string) => path.replace(/\d+/g, "N");
    const patterns = new Map<string, number>();
    const bad: string[] = [];
    while (queue.length && seen.size < 90) {
      const path = queue.shift()!;
      if (seen.has(path)) continue;
      seen.add(path);
      await page.goto(h.base + path);
      await view(page);
      const h1 = await page.locator("main h1").textContent();
      const failed = await page.locator("main .error").count();
      if (h1 === "Not found" || failed) bad.push(`${path}: ${h1}`);
      const links = await page.locator("a[href^='/']").evaluateAll((els) => els.map((e) => e.getAttribute("href")!));
      for (const l of links) {
        if (l.includes("/null") || l.includes("/undefined")) bad.push(`${path} links to ${l}`);
        const p = pattern(l);
        const n = patterns.get(p) ?? 0;
        // Many links of one shape (a hundred statements): a few of each are enough.
        if (!seen.has(l) && n < 3) {
          patterns.set(p, n + 1);
          queue.push(l);
        }
      }
    }
    expect(bad).toEqual([]);
    expect(seen.size).toBeGreaterThan(30);
    expect(errors).toEqual([]);
    await page.close();
  }, 180_000);

  it("lays the filters out on one line on a wide screen, none stretched across a line of its own, two to a line on a phone", async () => {
    for (const [width, height] of [[1280, 800], [390, 844]]) {
      const { page } = await open(width, height);
      await page.goto(h.base + "/statements");
      await page.waitForSelector("form.filters #f-to");
      const boxes = await page.locator("form.filters > *").evaluateAll((els) => els.map((e) => { const r = e.getBoundingClientRect(); return { name: e.querySelector("input, select, button")?.id || e.className, top: r.top, bottom: r.bottom, width: r.width }; }));
      // The field's own box is the line it sits on: its bottom (inputs and selects differ by a pixel or two in height).
      const bottoms = boxes.map((b) => b.bottom).sort((a, b) => a - b);
      const lines = new Set(bottoms.filter((b, i) => i === 0 || b - bottoms[i - 1] > 10));
      if (width === 1280) {
        expect(lines.size, JSON.stringify(boxes)).toBe(1);
        for (const b of boxes.slice(1)) expect(b.width, b.name).toBeLessThanOrEqual(300);
      } else {
        expect(lines.size).toBeLessThanOrEqual(5); // text; two by two; the buttons
        for (const b of boxes) expect(b.width, b.name).toBeLessThanOrEqual(width);
      }
      // What the text box asks for is read whole.
      const clipped = await page.locator("#f-q").evaluate((e) => { const i = e as HTMLInputElement; const c = document.createElement("canvas").getContext("2d")!; c.font = getComputedStyle(i).font; return c.measureText(i.placeholder).width > i.clientWidth - 16; });
      expect(clipped, `placeholder at ${width}`).toBe(false);
      await page.close();
    }
  });

  it("says plainly that an address leads to nothing, with ways on, never the API's error", async () => {
    const { page, errors } = await open(390, 844);
    for (const path of ["/flows/XXX/YYY/nothing", "/flows/PRK/RUS/aircraft", "/statements/no-such-statement", "/documents/no-such-report", "/nowhere/at/all"]) {
      await page.goto(h.base + path);
      await page.waitForFunction(() => document.querySelector("main .view h1")?.textContent === "Not found");
      const said = (await page.locator("main .view").textContent())!;
      expect(said, path).toMatch(/The (ledger holds|dashboard has) no |This address names no /);
      expect(said, path).not.toMatch(/[A-Z]{3,}_[A-Z]{3,}|params\/|BAD_REQUEST/);
      expect(await page.locator("main .view p.ways-on a[href='/']").count(), path).toBe(1);
    }
    await shoot(page, "not-found");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("explains itself on a methodology page", async () => {
    const { page } = await open(390, 844);
    await page.goto(h.base + "/methodology");
    await view(page);
    const text = (await page.locator("main").textContent())!;
    for (const words of ["Statement", "Running total", "Independent sources", "Admiralty", "ICD 203", "roughly even chance", "Estimates"]) expect(text).toContain(words);
    await shoot(page, "methodology");
    await page.close();
  });

  it("sends assets compressed with long-cached hashed names, and the index uncached", async () => {
    const index = await h.app.inject({ url: "/", headers: { "accept-encoding": "br, gzip" } });
    expect(index.headers["cache-control"]).toMatch(/(^|, )no-cache$/);
    const script = /src="(\/assets\/[^"]+\.js)"/.exec((await h.app.inject({ url: "/" })).body)![1];
    expect(script).toMatch(/\/assets\/index-[\w-]{8,}\.js$/);
    for (const encoding of ["br", "gzip"]) {
      const r = await h.app.inject({ url: script, headers: { "accept-encoding": encoding } });
      expect(r.statusCode).toBe(200);
      expect(r.headers["content-encoding"]).toBe(encoding);
      expect(r.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
      expect(r.rawPayload.length).toBeLessThan(120_000);
    }
    const deep = await h.app.inject({ url: "/flows/PRK/RUS/artillery-ammunition" });
    expect(deep.headers["cache-control"]).toBe("no-cache");
  });
});

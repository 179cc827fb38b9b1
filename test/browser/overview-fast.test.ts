// The overview's first answer, in Debian's Chromium: the list of flows comes inside the page's HTML (no read
// after the script), safely escaped, gated like the API, and fresh after a write; and the analyst's checklist
// items no other browser test walks (filters by state, source and certainty as address state with Back, a rate
// drawn apart from totals, the sources compared). Screenshots go to test-artifacts/.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { INLINE_FLOWS_ID, scriptSafeJson, withInlineFlows } from "../../src/api/plugins/web.js";
import { WEB_ROOT } from "../../src/api/server.js";
import type { Store } from "../../src/store/store.js";
import { seed } from "../api/seed.js";
import { makeDoc } from "../store/make-doc.js";
import { needsChromium } from "../services.js";
import { shoot, start, TOKEN, watchedPage, type Harness } from "./browser.js";

const hasChromium = needsChromium();

/** A source whose name would end a script element and open another, were it written into the page as it is. */
const HOSTILE_ORG = "Bureau </script><script>window.__ran = 1</script> \u2028 & <!-- watch";

async function seedOverview(store: Store): Promise<void> {
  await seed(store);
  const hostile = "The watchers said 12 howitzer systems went from Minsk to Moscow in the spring.";
  await store.putDocument(makeDoc({ id: "hostile-name", outlet: "Odd Wire", title: "Howitzers", published: "2024-03-02" }, [hostile],
    [{ evidence: hostile, supplier: "BLR", recipient: "RUS", item: "artillery-systems", quantity: { value: 12, unit: "systems" }, org: HOSTILE_ORG, stated: "2024-03-01" }]));
  // Oil, Russia to North Korea: running totals from two sources and a rate, so the flow page draws them apart and compares the sources.
  const told: [string, string, string, number, string, boolean][] = [
    ["oil-a", "Tanker trackers counted 600,000 barrels of fuel shipped to the north so far.", "Tanker Trackers", 600_000, "2024-03-15", true],
    ["oil-b", "A customs source said deliveries now run at about 90,000 barrels a month.", "Customs Source", 90_000, "2024-04-20", false],
    ["oil-c", "Tanker trackers now count 800,000 barrels of fuel delivered in all.", "Tanker Trackers", 800_000, "2024-06-10", true],
  ];
  for (const [id, sentence, org, value, stated, cumulative] of told) {
    const doc = makeDoc({ id, outlet: `Outlet ${id}`, title: id, published: stated }, [sentence],
      [{ evidence: sentence, supplier: "RUS", recipient: "PRK", item: "oil-fuel", quantity: { value, unit: "barrels" }, org, stated, cumulative, certainty: id === "oil-b" ? "reported" : "asserted" }]);
    // The amount's span, as the extractor marks it: the words after it ("a month") make the figure a rate.
    const amount = /[\d,]+ barrels/.exec(sentence)!;
    (doc.claims[0] as { parts: unknown }).parts = { amount: { start: amount.index, end: amount.index + amount[0].length } };
    await store.putDocument(doc);
  }
}

describe("the list inside the overview's page", () => {
  it("escapes what would end the script element, and JSON reads back the same", () => {
    const json = JSON.stringify({ flows: [{ org: HOSTILE_ORG }] });
    const safe = scriptSafeJson(json);
    expect(safe).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(safe)).toEqual(JSON.parse(json));
    const page = withInlineFlows("<html><body><main></main></body></html>", json);
    expect(page.match(/<\/script>/g)).toHaveLength(1);
    expect(page).toContain(`<script type="application/json" id="${INLINE_FLOWS_ID}">`);
    expect(page.endsWith("</body></html>")).toBe(true);
  });
});

describe.skipIf(!hasChromium)("the overview's first answer, and the analyst's checklist", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await start(seedOverview);
  }, 60_000);
  afterAll(async () => {
    await h?.close();
  });

  const open = (width = 1280, height = 800) => watchedPage(h.browser, width, height);
  const block = (html: string) => new RegExp(`<script type="application/json" id="${INLINE_FLOWS_ID}">([^<]*)</script>`).exec(html)?.[1] ?? null;

  it("draws the list from the page itself: /api/flows is never read for it, and report text stays text", async () => {
    const served = await h.app.inject({ url: "/" });
    expect(served.headers["content-type"]).toMatch(/^text\/html/);
    expect(served.headers["cache-control"]).toMatch(/no-cache/);
    expect(served.headers["content-security-policy"]).toContain("script-src 'self'");
    expect(served.headers.link ?? "").not.toContain("/api/flows");
    const inline = block(served.body);
    expect(inline).not.toBeNull();
    expect(JSON.parse(inline!)).toEqual((await h.app.inject({ url: "/api/flows" })).json());
    const { page, asked, errors } = await open();
    await page.goto(h.base + "/");
    await page.waitForSelector("table.flows tbody tr");
    expect(asked.filter((u) => u === "/api/flows")).toEqual([]);
    expect(await page.locator(`#${INLINE_FLOWS_ID}`).count()).toBe(0); // taken once
    expect(await page.evaluate(() => (window as unknown as { __ran?: number }).__ran)).toBeUndefined();
    const row = page.locator("table.flows tbody tr", { hasText: "Belarus → Russia" });
    expect(await row.count()).toBe(1);
    expect(await row.locator("a[title]").first().getAttribute("title")).toContain("</script><script>");
    await shoot(page, "overview-inline");
    // Back on the overview after another page: the list is read afresh, not taken from the old page.
    await page.locator("header nav a", { hasText: "States" }).click();
    await page.waitForSelector("table.states");
    asked.length = 0;
    await page.locator("header nav a", { hasText: "Overview" }).click();
    await page.waitForSelector("table.flows tbody tr");
    expect(asked).toContain("/api/flows");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("carries the list only to a client the API would give it to; others get the bare page and the preload", async () => {
    const far = await h.app.inject({ url: "/", remoteAddress: "203.0.113.9" });
    expect(far.statusCode).toBe(200);
    expect(block(far.body)).toBeNull();
    expect(far.body).not.toContain("Park Jae-ho");
    expect(far.headers.link).toContain("</api/flows>; rel=preload");
    const withToken = await h.app.inject({ url: "/", remoteAddress: "203.0.113.9", headers: { authorization: `Bearer ${TOKEN}` } });
    expect(block(withToken.body)).not.toBeNull();
    expect(String(withToken.headers["cache-control"])).toContain("private");
  });

  it("sends the page compressed, answers 304 while nothing changed, and carries a new flow after a write", async () => {
    const first = await h.app.inject({ url: "/", headers: { "accept-encoding": "br, gzip" } });
    expect(first.headers["content-encoding"]).toBe("br");
    expect(first.headers.vary).toContain("Accept-Encoding");
    const etag = String(first.headers.etag);
    const again = await h.app.inject({ url: "/", headers: { "accept-encoding": "br, gzip", "if-none-match": etag } });
    expect(again.statusCode).toBe(304);
    const gz = await h.app.inject({ url: "/", headers: { "accept-encoding": "gzip" } });
    expect(gz.headers["content-encoding"]).toBe("gzip");
    expect(gz.headers.etag).not.toBe(etag);
    const plain = await h.app.inject({ url: "/" });
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(block(plain.body)).not.toContain('"recipient":"GEO"');
    // A report stored through the API clears the read memo: the next page carries its flow.
    const posted = await h.app.inject({
      method: "POST", url: "/api/documents", headers: { authorization: `Bearer ${TOKEN}` },
      payload: { text: "Freight crews said Minsk had sent 30 fuel trucks to Tbilisi last week, the ministry of transport said.", outlet: "Test Wire", published: "2025-03-02" },
    });
    expect(posted.statusCode).toBeLessThan(300);
    const after = await h.app.inject({ url: "/", headers: { "accept-encoding": "br, gzip", "if-none-match": etag } });
    expect(after.statusCode).toBe(200);
    const carried = JSON.parse(block((await h.app.inject({ url: "/" })).body)!) as { flows: { supplier: string; recipient: string }[] };
    expect(carried.flows.some((f) => f.supplier === "BLR" && f.recipient === "GEO")).toBe(true);
    expect(carried).toEqual((await h.app.inject({ url: "/api/flows" })).json());
  });

  it("sends the build's scripts as the files are, in the encoding asked, and nothing outside the build", async () => {
    const script = /src="(\/assets\/[^"]+\.js)"/.exec((await h.app.inject({ url: "/" })).body)![1];
    const file = readFileSync(join(WEB_ROOT, script));
    const plain = await h.app.inject({ url: script });
    expect(plain.statusCode).toBe(200);
    expect(plain.headers["content-type"]).toMatch(/^text\/javascript/);
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.rawPayload.equals(file)).toBe(true);
    const br = await h.app.inject({ url: script, headers: { "accept-encoding": "gzip;q=0.5, br" } });
    expect(br.headers["content-encoding"]).toBe("br");
    expect(brotliDecompressSync(br.rawPayload).equals(file)).toBe(true);
    const gz = await h.app.inject({ url: script, headers: { "accept-encoding": "br;q=0, gzip" } });
    expect(gz.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(gz.rawPayload).equals(file)).toBe(true);
    expect(gz.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    const head = await h.app.inject({ method: "HEAD", url: script });
    expect([head.statusCode, head.body]).toEqual([200, ""]);
    for (const url of ["/assets/missing-0000.js", "/assets/..%2f..%2fpackage.json", "/assets/.hidden.js"]) {
      const r = await h.app.inject({ url });
      expect(r.statusCode, url).toBe(404);
    }
  });

  it("filters by state, source and certainty as address state, and Back undoes each", async () => {
    const { page, errors } = await open();
    await page.goto(h.base + "/statements");
    await page.waitForSelector("table.statement-list tbody tr");
    const all = await page.locator("p.count").textContent();
    await page.selectOption("#f-state", "BLR");
    await page.waitForURL(/state=BLR/);
    await page.waitForFunction(() => document.querySelector("main h1")?.textContent === "Statements on Belarus");
    const flowsShown = await page.locator("table.statement-list tbody tr td:nth-child(2)").allTextContents();
    expect(flowsShown.length).toBeGreaterThan(0);
    for (const f of flowsShown) expect(f).toContain("Belarus");
    await page.goBack();
    await page.waitForFunction((n) => document.querySelector("p.count")?.textContent === n, all);
    expect(await page.locator("#f-state").inputValue()).toBe("");
    await page.fill("#f-source", "Tanker Trackers");
    await page.press("#f-source", "Enter");
    await page.waitForURL(/source=Tanker/);
    await page.waitForFunction(() => document.querySelector("p.count")?.textContent === "Showing 1–2 of 2 statements.");
    for (const s of await page.locator("table.statement-list tbody tr td:nth-child(4)").allTextContents()) expect(s).toContain("Tanker Trackers");
    await page.selectOption("#f-certainty", "reported");
    await page.waitForURL(/certainty=reported/);
    expect(new URL(page.url()).searchParams.get("source")).toBe("Tanker Trackers"); // filters add up
    await page.waitForFunction(() => document.querySelector("p.count")?.textContent === "No statement matches.");
    await page.goBack();
    await page.waitForFunction(() => document.querySelector("p.count")?.textContent === "Showing 1–2 of 2 statements.");
    expect(await page.locator("#f-certainty").inputValue()).toBe("");
    await page.goBack();
    await page.waitForFunction((n) => document.querySelector("p.count")?.textContent === n, all);
    // Certainty alone, shared as an address.
    await page.goto(h.base + "/statements?certainty=reported");
    await page.waitForSelector("table.statement-list tbody tr");
    for (const c of await page.locator("table.statement-list tbody tr td:nth-child(5)").allTextContents()) expect(c).toBe("reported");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("keeps every state's name on the map inside the map, at both widths", async () => {
    for (const width of [1280, 390]) {
      const { page, errors } = await open(width, width === 390 ? 844 : 800);
      await page.goto(h.base + "/");
      await page.waitForSelector("svg.map .map-label");
      const frame = (await page.locator("svg.map").boundingBox())!;
      const boxes = await page.locator("svg.map .map-label").evaluateAll((els) => els.map((e) => { const r = e.getBoundingClientRect(); return { name: e.textContent, x: r.x, y: r.y, right: r.right, bottom: r.bottom }; }));
      expect(boxes.length).toBeGreaterThan(2);
      for (const b of boxes) {
        expect(b.x, `${b.name} at ${width}`).toBeGreaterThanOrEqual(frame.x - 0.5);
        expect(b.right, `${b.name} at ${width}`).toBeLessThanOrEqual(frame.x + frame.width + 0.5);
        expect(b.y, `${b.name} at ${width}`).toBeGreaterThanOrEqual(frame.y - 0.5);
      }
      expect(errors).toEqual([]);
      await page.close();
    }
  });

  it("keeps what was searched readable in the header's box (dark text on its white ground)", async () => {
    const { page, errors } = await open(390, 844);
    await page.goto(h.base + "/search?q=Tanker");
    await page.waitForSelector("section.results");
    const box = await page.evaluate(() => { const s = getComputedStyle(document.getElementById("search-q")!); return { value: (document.getElementById("search-q") as HTMLInputElement).value, color: s.color, ground: s.backgroundColor }; });
    expect(box.value).toBe("Tanker");
    expect(box.color).not.toBe(box.ground);
    expect(box.color).toBe("rgb(27, 31, 36)");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("draws a rate apart from running totals, and sets the sources side by side", async () => {
    for (const width of [1280, 390]) {
      const { page, errors } = await open(width, width === 390 ? 844 : 800);
      await page.goto(h.base + "/flows/RUS/PRK/oil-fuel");
      await page.waitForSelector("figure.chart[data-unit=barrels] svg.timeline a.mark");
      const marks = page.locator("figure.chart[data-unit=barrels] svg.timeline a.mark");
      const rate = marks.locator("xpath=self::*[contains(@class,'m-rate')]");
      expect(await rate.count()).toBe(1);
      expect(await rate.locator("path").count()).toBe(1); // a diamond
      expect(await rate.locator("circle:not(.outside-ring)").count()).toBe(0);
      // Far below the running totals, ringed, and the reason under the chart says it is a rate.
      expect(await rate.locator("circle.outside-ring").count()).toBe(1);
      expect(await page.locator("p.band-note[data-unit=barrels]").textContent()).toContain("rate or share, never added to a flow");
      expect(await marks.locator("xpath=self::*[contains(@class,'m-stock')]").count()).toBeGreaterThanOrEqual(2);
      expect(await page.locator(".mark-legend [data-kind=rate]").count()).toBe(1);
      const compared = page.locator("table.compare tbody tr");
      expect(await compared.count()).toBeGreaterThanOrEqual(2);
      expect(await page.locator("table.compare").textContent()).toContain("Tanker Trackers");
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
      await shoot(page, "flow-rate-compare");
      expect(errors).toEqual([]);
      await page.close();
    }
  });
  it("sorts the list of flows by any column, as address state that Back walks", async () => {
    const { page, errors } = await open();
    const column = async (n: number) => (await page.locator(`table.flows tbody tr td:nth-child(${n})`).allTextContents()).map((t) => t.trim());
    const numbers = async (n: number) => (await column(n)).map(Number);
    await page.goto(h.base + "/");
    await page.waitForSelector("table.flows tbody tr");
    const first = await column(1);
    await page.locator("table.flows th a.sort", { hasText: "Statements" }).click();
    await page.waitForURL(/\?sort=statements&dir=desc$/);
    // (The first list, by latest figure, has a descending header too: wait for the caption of the sorted one.)
    await expect.poll(() => page.locator("table.flows caption").textContent(), { timeout: 15_000 }).toContain("by statements, descending");
    const down = await numbers(5);
    expect(down).toEqual([...down].sort((a, b) => b - a));
    expect(await page.locator("table.flows caption").textContent()).toContain("by statements, descending");
    await page.locator("table.flows th a.sort", { hasText: "Statements" }).click();
    await page.waitForURL(/\?sort=statements&dir=asc$/);
    await page.waitForSelector("table.flows th[aria-sort=ascending]");
    const up = await numbers(5);
    expect(up).toEqual([...up].sort((a, b) => a - b));
    await page.locator("table.flows th a.sort", { hasText: "Flow" }).click();
    await page.waitForURL(/\?sort=flow&dir=asc$/);
    // The address changes first; the sorted list replaces the old one when it is drawn.
    await expect.poll(() => page.locator("table.flows caption").textContent(), { timeout: 15_000 }).toContain("by flow");
    const names = await column(1);
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    await page.goBack();
    await page.waitForURL(/\?sort=statements&dir=asc$/);
    // (The list sorted by flow has an ascending header too: wait for the caption of the list Back returns to.)
    await expect.poll(() => page.locator("table.flows caption").textContent(), { timeout: 15_000 }).toContain("by statements, ascending");
    expect(await numbers(5)).toEqual(up);
    await page.goto(h.base + "/?sort=nonsense&dir=sideways");
    await page.waitForSelector("table.flows tbody tr");
    expect(await column(1)).toEqual(first); // an order it does not know: by latest figure
    expect(errors).toEqual([]);
    await page.close();
  });
});

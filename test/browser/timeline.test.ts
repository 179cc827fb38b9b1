// The flow timeline as an analyst reads it, in Debian's Chromium: a date-range brush (drag across the
// chart; the address keeps the range, Back restores the whole), the estimate band with the reason it
// leaves stated figures outside, running totals, amounts over a window and rates drawn apart with a
// legend, and open bounds ("at least", "up to") as a tick with an arrow. Screenshots go to test-artifacts/.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Store } from "../../src/store/store.js";
import { seed } from "../api/seed.js";
import { makeDoc, type ClaimSpec } from "../store/make-doc.js";
import { needsChromium } from "../services.js";
import { shoot, start, type Harness } from "./browser.js";

const hasChromium = needsChromium();

type Told = { id: string; sentence: string; claim: Omit<ClaimSpec, "evidence">; period?: { start: string; end: string } };

/** Drones, Iran to Russia: running totals, one source far above the rest, an amount over a window; rounds with open bounds. */
const TOLD: Told[] = [
  { id: "dr-jan", sentence: "The monitoring group counted 100 attack drones delivered to Moscow so far.", claim: { quantity: { value: 100, unit: "drones" }, org: "Monitoring Group", stated: "2023-01-10", cumulative: true } },
  { id: "dr-mar", sentence: "An exile outlet claimed that 2,000 drones had already reached Russian units.", claim: { quantity: { value: 2000, unit: "drones" }, org: "Exile Outlet", stated: "2023-03-10", cumulative: true } },
  { id: "dr-jun", sentence: "The monitoring group now counts 300 drones delivered in all.", claim: { quantity: { value: 300, unit: "drones" }, org: "Monitoring Group", stated: "2023-06-10", cumulative: true } },
  { id: "dr-aug", sentence: "In August alone, 40 drones were handed to Russian units, a customs leak showed.", claim: { quantity: { value: 40, unit: "drones" }, org: "Customs Leak", stated: "2023-09-25" }, period: { start: "2023-08-01", end: "2023-08-31" } },
  { id: "dr-nov", sentence: "By November the monitoring group put the total at 500 drones.", claim: { quantity: { value: 500, unit: "drones" }, org: "Monitoring Group", stated: "2023-11-10", cumulative: true } },
  { id: "dr-feb", sentence: "Analysts at a research centre put the total so far at 650 drones.", claim: { quantity: { value: 650, unit: "drones" }, org: "Research Centre", stated: "2024-02-12", cumulative: true } },
  { id: "rd-least", sentence: "Intelligence officials said at least 1 million rounds had gone north to south by October.", claim: { quantity: { min: 1_000_000, unit: "rounds" }, org: "Intelligence Service", country: "KOR", stated: "2023-10-20", cumulative: true } },
  { id: "rd-most", sentence: "A think tank estimated the shipments at no more than 3 million rounds.", claim: { quantity: { max: 3_000_000, unit: "rounds" }, org: "Think Tank", stated: "2024-02-05", cumulative: true } },
  { id: "rd-point", sentence: "The defence ministry put the count at 2.5 million rounds in total.", claim: { quantity: { value: 2_500_000, unit: "rounds" }, org: "Defence Ministry", country: "KOR", stated: "2024-01-15", cumulative: true } },
];

async function seedTimeline(store: Store): Promise<void> {
  await seed(store);
  for (const t of TOLD) {
    const drones = t.id.startsWith("dr-");
    const doc = makeDoc({ id: t.id, outlet: `Outlet ${t.id}`, title: t.id, published: t.claim.stated ?? "2023-01-01" }, [t.sentence],
      [{ evidence: t.sentence, ...(drones ? { supplier: "IRN", recipient: "RUS", item: "drones" } : {}), ...t.claim }]);
    if (t.period) (doc.claims[0] as { period: unknown }).period = t.period;
    await store.putDocument(doc);
  }
}

describe.skipIf(!hasChromium)("the flow timeline", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await start(seedTimeline);
  }, 60_000);
  afterAll(async () => {
    await h?.close();
  });

  async function open(path: string, width = 1280, height = 800): Promise<{ page: Page; errors: string[] }> {
    const page = await h.browser.newPage({ viewport: { width, height } });
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(h.base + path);
    await page.waitForSelector("svg.timeline a.mark");
    return { page, errors };
  }
  const days = (page: Page) => page.locator("figure.chart[data-unit=drones] svg.timeline a.mark").evaluateAll((els) => els.map((e) => e.getAttribute("data-day")!));

  it("narrows the dates by a drag across the chart, keeps them in the address, and Back restores the whole", async () => {
    for (const width of [1280, 390]) {
      const { page, errors } = await open("/flows/IRN/RUS/drones", width, width === 390 ? 844 : 800);
      const all = await days(page);
      expect(all.length).toBe(6);
      const box = (await page.locator("figure.chart[data-unit=drones] svg.timeline").boundingBox())!;
      const y = box.y + box.height * 0.5;
      // From about a quarter to about three quarters of the width: the middle months.
      await page.mouse.move(box.x + box.width * 0.3, y);
      await page.mouse.down();
      await page.mouse.move(box.x + box.width * 0.55, y, { steps: 4 });
      await page.mouse.move(box.x + box.width * 0.8, y, { steps: 4 });
      await page.mouse.up();
      await page.waitForURL(/from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}/);
      const url = new URL(page.url());
      const [from, to] = [url.searchParams.get("from")!, url.searchParams.get("to")!];
      expect(from < to).toBe(true);
      await page.waitForFunction((n) => document.querySelectorAll("figure.chart[data-unit=drones] svg.timeline a.mark").length < n, all.length);
      const narrowed = await days(page);
      expect(narrowed.length).toBeGreaterThan(0);
      for (const d of narrowed) expect(d >= from && d.slice(0, 10) <= to).toBe(true);
      expect(narrowed).toEqual(all.filter((d) => d >= from && d.slice(0, 10) <= to));
      expect(await page.locator("#range-from").inputValue()).toBe(from);
      expect(await page.locator("#range-to").inputValue()).toBe(to);
      await shoot(page, "flow-brushed");
      await page.goBack();
      await page.waitForFunction((n) => document.querySelectorAll("figure.chart[data-unit=drones] svg.timeline a.mark").length === n, all.length);
      expect(new URL(page.url()).searchParams.get("from")).toBeNull();
      // A click (no drag) on the chart changes nothing, and a mark stays a link.
      const before = page.url();
      await page.mouse.click(box.x + box.width * 0.5, box.y + box.height * 0.1);
      await page.waitForTimeout(150);
      expect(page.url()).toBe(before);
      expect(errors).toEqual([]);
      await page.close();
    }
  });

  it("says on the chart why the band leaves stated figures outside it, and rings those figures", async () => {
    for (const width of [1280, 390]) {
      const { page, errors } = await open("/flows/IRN/RUS/drones", width, width === 390 ? 844 : 800);
      const api = (await h.app.inject({ url: "/api/flows/IRN/RUS/drones" })).json();
      const outside = api.estimate.find((c: { unit: string }) => c.unit === "drones").outside;
      expect(outside).not.toBeNull();
      const note = page.locator("figure.chart[data-unit=drones] p.band-note");
      await expect.poll(() => note.textContent()).toContain(outside.note);
      expect(outside.note).toMatch(/^The band leaves \d+ stated figures? /);
      const ringed = await page.locator("figure.chart[data-unit=drones] a.mark.outside").evaluateAll((els) => els.map((e) => e.getAttribute("data-statement")));
      expect(ringed.sort()).toEqual(outside.statements.map((o: { statement: string }) => o.statement).sort());
      expect(await page.locator("figure.chart[data-unit=drones] .band-flag").textContent()).toMatch(new RegExp(`^${ringed.length} figures? outside the band`));
      // The flag and the scale note never sit on each other, even in log scale on a phone.
      await page.locator("#log-scale").check();
      await page.waitForSelector("svg.timeline.log");
      const boxes = await page.locator("figure.chart[data-unit=drones] svg.timeline").evaluate((svg) => [...svg.querySelectorAll(".band-flag, .scale-note")].map((t) => (t as SVGGraphicsElement).getBoundingClientRect()).map((r) => ({ x: r.x, y: r.y, w: r.width, h: r.height })));
      expect(boxes).toHaveLength(2);
      const [a, b] = boxes;
      expect(a.x + a.w <= b.x || b.x + b.w <= a.x || a.y + a.h <= b.y || b.y + b.h <= a.y).toBe(true);
      await page.locator("#log-scale").uncheck();
      await page.waitForSelector("svg.timeline:not(.log)");
      await page.locator("figure.chart[data-unit=drones]").scrollIntoViewIfNeeded();
      await shoot(page, "flow-band-note");
      expect(errors).toEqual([]);
      await page.close();
    }
  });

  it("draws running totals, amounts over a window and open bounds apart, with a legend", async () => {
    const { page } = await open("/flows/IRN/RUS/drones");
    const marks = await page.locator("figure.chart[data-unit=drones] a.mark").evaluateAll((els) => els.map((e) => ({
      cls: e.getAttribute("class")!, fill: e.querySelector("circle:not(.outside-ring)")?.getAttribute("fill") ?? null, window: !!e.querySelector("line.window"),
    })));
    const stocks = marks.filter((m) => m.cls.includes("m-stock"));
    const increments = marks.filter((m) => m.cls.includes("m-increment"));
    expect(stocks.length).toBeGreaterThan(2);
    expect(increments.length).toBe(1);
    expect(stocks.every((m) => m.fill !== "#fff")).toBe(true); // filled
    expect(increments[0].fill).toBe("#fff"); // hollow
    expect(increments[0].window).toBe(true); // a line across its window
    const legend = await page.locator(".mark-legend [data-kind]").evaluateAll((els) => els.map((e) => e.getAttribute("data-kind")));
    expect(legend).toEqual(expect.arrayContaining(["stock", "increment", "band", "outside"]));
    expect(legend).not.toContain("rate"); // only the kinds this flow has
    await page.close();

    // Rounds: "at least 1 million" and "up to 3 million" are a tick with an arrow, never a bar to the axis edge.
    for (const width of [1280, 390]) {
      const { page: p2, errors } = await open("/flows/PRK/RUS/artillery-ammunition", width, width === 390 ? 844 : 800);
      const chart = p2.locator("figure.chart[data-unit=rounds] svg.timeline");
      const plot = (await chart.boundingBox())!;
      for (const cls of ["open-up", "open-down"]) {
        const mark = chart.locator(`a.mark.${cls}`);
        expect(await mark.count()).toBe(1);
        const box = (await mark.boundingBox())!;
        expect(box.height).toBeLessThan(plot.height * 0.2);
        expect(await mark.locator("path").count()).toBe(1); // the arrow head
      }
      expect(await p2.locator(".mark-legend [data-kind=open]").count()).toBe(1);
      await chart.scrollIntoViewIfNeeded();
      await shoot(p2, "flow-rounds-open-bounds");
      expect(errors).toEqual([]);
      await p2.close();
    }
  });
});

// The overview's map and sparklines on a ledger shaped like the demo's (many flows each way between two
// neighbours, a few between far states), in Debian's Chromium: no word of the map covers another at
// either width, every arrow that stands for several flows says how many, and a sparkline draws only the
// figures the flow's own figure is read from (no rate joined to totals, no point for a flow without a figure).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Item } from "../../src/core/claim.js";
import type { Store } from "../../src/store/store.js";
import { makeDoc, type ClaimSpec } from "../store/make-doc.js";
import { needsChromium } from "../services.js";
import { shoot, start, watchedPage, type Harness } from "./browser.js";

const hasChromium = needsChromium();

type Told = [supplier: string, recipient: string, item: Item, claim: Omit<ClaimSpec, "evidence" | "supplier" | "recipient" | "item">];

/** One made-up sentence per statement; what matters here is who sends what to whom. */
const TOLD: Told[] = [
  ["PRK", "RUS", "artillery-ammunition", { quantity: { value: 2000, unit: "containers" }, org: "Harbour Watch", stated: "2023-11-02", cumulative: true }],
  ["PRK", "RUS", "artillery-ammunition", { quantity: { value: 6000, unit: "containers" }, org: "Harbour Watch", stated: "2024-05-02", cumulative: true }],
  ["PRK", "RUS", "ballistic-missiles", { quantity: { min: 50, unit: "missiles" }, org: "Rail Monitors", stated: "2024-02-10", cumulative: true }],
  ["PRK", "RUS", "troops", { quantity: { value: 11000, unit: "troops" }, org: "Border Desk", stated: "2024-11-01", cumulative: true }],
  ["PRK", "RUS", "artillery-systems", { quantity: { value: 120, unit: "systems" }, org: "Border Desk", stated: "2024-12-01", cumulative: true }],
  ["PRK", "RUS", "workers", { quantity: { value: 3000, unit: "workers" }, org: "Labour Desk", stated: "2025-01-20", cumulative: true }],
  ["PRK", "RUS", "raw-materials", { quantity: { min: 9000, unit: "tonnes" }, org: "Ore Watch", stated: "2024-06-01", cumulative: true }],
  ["RUS", "PRK", "oil-fuel", { quantity: { value: 600_000, unit: "barrels" }, org: "Tanker Count", stated: "2024-03-15", cumulative: true }],
  ["RUS", "PRK", "oil-fuel", { quantity: { value: 800_000, unit: "barrels" }, org: "Tanker Count", stated: "2024-06-10", cumulative: true }],
  ["RUS", "PRK", "food", { quantity: { value: 1500, unit: "tonnes" }, org: "Grain Desk", stated: "2024-05-21", cumulative: true }],
  ["RUS", "PRK", "air-defence-systems", { quantity: { min: 1, unit: "systems" }, org: "Sky Watch", stated: "2025-05-29", cumulative: true }],
  ["RUS", "PRK", "aircraft", { quantity: { value: 20, unit: "aircraft" }, org: "Sky Watch", stated: "2025-06-01", certainty: "possible" }],
  ["RUS", "PRK", "money", { quantity: null, org: "Bank Desk", stated: "2024-11-05", cumulative: true }],
  ["RUS", "UKR", "artillery-ammunition", { quantity: { value: 27, unit: "items" }, org: "Front Desk", stated: "2024-06-23" }],
  ["RUS", "UKR", "goods-unspecified", { quantity: null, org: "Front Desk", stated: "2024-06-23" }],
  ["USA", "RUS", "money", { quantity: null, org: "Capital Desk", stated: "2024-09-04" }],
  ["USA", "RUS", "oil-fuel", { quantity: null, org: "Capital Desk", stated: "2024-09-04" }],
  ["IRN", "RUS", "drones", { quantity: null, org: "Gulf Desk", stated: "2025-06-10" }],
];

async function seedDemoLike(store: Store): Promise<void> {
  for (const [i, [supplier, recipient, item, claim]] of TOLD.entries()) {
    const sentence = `Desk note ${i}: ${supplier} and ${recipient} traded ${item} this season.`;
    await store.putDocument(makeDoc({ id: `note-${i}`, outlet: `Outlet ${i % 5}`, title: `Note ${i}`, published: claim.stated ?? "2024-01-01" }, [sentence],
      [{ evidence: sentence, supplier, recipient, item, ...claim }]));
  }
  // A rate among the oil totals: the words after the amount ("a month") make it one.
  const rate = "A customs source said deliveries now run at about 90,000 barrels a month.";
  const doc = makeDoc({ id: "oil-rate", outlet: "Customs Wire", title: "Oil rate", published: "2024-04-20" }, [rate],
    [{ evidence: rate, supplier: "RUS", recipient: "PRK", item: "oil-fuel", quantity: { value: 90_000, unit: "barrels", approx: true }, org: "Customs Source", stated: "2024-04-20" }]);
  const amount = /[\d,]+ barrels/.exec(rate)!;
  (doc.claims[0] as { parts: unknown }).parts = { amount: { start: amount.index, end: amount.index + amount[0].length } };
  await store.putDocument(doc);
}

type Rect = { text: string; x: number; y: number; right: number; bottom: number };
function touching(boxes: Rect[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const [a, b] = [boxes[i], boxes[j]];
      if (Math.min(a.right, b.right) - Math.max(a.x, b.x) > 0.5 && Math.min(a.bottom, b.bottom) - Math.max(a.y, b.y) > 0.5) out.push(`${a.text} / ${b.text}`);
    }
  }
  return out;
}

describe.skipIf(!hasChromium)("the overview's map and sparklines", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await start(seedDemoLike);
  }, 60_000);
  afterAll(async () => {
    await h?.close();
  });

  it("never lets a word of the map cover another, at either width, and counts the flows of every arrow that stands for several", async () => {
    for (const [width, height] of [[1280, 800], [390, 844], [320, 700]]) {
      const { page, errors } = await watchedPage(h.browser, width, height);
      await page.goto(h.base + "/");
      await page.waitForSelector("svg.map .map-label");
      const words = await page.locator("svg.map .map-label, svg.map .map-count").evaluateAll((els) => els.map((e) => {
        const r = e.getBoundingClientRect();
        return { text: e.textContent ?? "", x: r.x, y: r.y, right: r.right, bottom: r.bottom };
      }));
      expect(words.filter((w) => w.text.endsWith("flows")).length, `at ${width}`).toBeGreaterThanOrEqual(3);
      expect(touching(words), `at ${width}`).toEqual([]);
      const frame = (await page.locator("svg.map").boundingBox())!;
      for (const w of words) {
        expect(w.x, `${w.text} at ${width}`).toBeGreaterThanOrEqual(frame.x - 0.5);
        expect(w.right, `${w.text} at ${width}`).toBeLessThanOrEqual(frame.x + frame.width + 0.5);
        expect(w.bottom, `${w.text} at ${width}`).toBeLessThanOrEqual(frame.y + frame.height + 0.5);
      }
      // Every arrow of several flows has its count, in its own colour.
      const several = await page.locator("svg.map .arrow[data-flows]").evaluateAll((els) => els
        .filter((e) => Number(e.getAttribute("data-flows")) > 1)
        .map((e) => ({ n: e.getAttribute("data-flows"), colour: e.querySelector("path")!.getAttribute("stroke") })));
      const counts = await page.locator("svg.map .map-count").evaluateAll((els) => els.map((e) => ({ n: e.textContent!.split(" ")[0], colour: (e as SVGElement).style.fill })));
      // (The counts are drawn in the order of their arrows.)
      expect(counts.map((c) => c.n)).toEqual(several.map((s) => s.n));
      several.forEach((s, i) => {
        const [r, g, b] = [1, 3, 5].map((k) => parseInt(s.colour!.slice(k, k + 2), 16));
        expect(counts[i].colour).toBe(`rgb(${r}, ${g}, ${b})`);
      });
      await page.locator("svg.map").scrollIntoViewIfNeeded();
      await shoot(page, "map-demo-like");
      expect(errors).toEqual([]);
      await page.close();
    }
  });

  it("draws in a sparkline only the figures a flow's own figure is read from", async () => {
    const { flows } = (await h.app.inject({ url: "/api/flows?sparklines=true" })).json() as { flows: { supplier: string; recipient: string; item: string; latest: unknown; points?: [string, number, string][] }[] };
    const of = (s: string, r: string, i: string) => flows.find((f) => f.supplier === s && f.recipient === r && f.item === i)!;
    // Running totals only: the rate of 90,000 barrels a month is not joined to them.
    expect(of("RUS", "PRK", "oil-fuel").points!.map((p) => p[1])).toEqual([600_000, 800_000]);
    // "At least one system" and a plan are no figure of the flow: no point either.
    for (const item of ["air-defence-systems", "aircraft"]) {
      expect(of("RUS", "PRK", item).latest, item).toBeNull();
      expect(of("RUS", "PRK", item).points, item).toEqual([]);
    }
    const { page, errors } = await watchedPage(h.browser);
    await page.goto(h.base + "/");
    await page.waitForSelector("td.spark svg.sparkline");
    const rows = await page.locator("table.flows tbody tr").evaluateAll((trs) => trs.map((tr) => ({
      figure: tr.querySelector("td.num")?.textContent ?? "",
      points: Number(tr.querySelector("td.spark svg")?.getAttribute("data-points") ?? "0"),
      unit: tr.querySelector("td.spark svg")?.getAttribute("data-unit") ?? "",
    })));
    expect(rows.length).toBe(flows.length);
    for (const r of rows) {
      if (r.figure === "no figure") expect(r.points, r.figure).toBe(0);
      // One unit to a sparkline: that of the row's figure.
      else expect(r.figure.endsWith(r.unit) || (r.unit === "percent" && r.figure.endsWith("%")), `${r.figure} drawn in ${r.unit}`).toBe(true);
    }
    expect(rows.filter((r) => r.figure === "no figure").length).toBeGreaterThanOrEqual(4);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("marks the kind of a figure only where there is a figure: never \"no figure total\"", async () => {
    const { page, errors } = await watchedPage(h.browser);
    await page.goto(h.base + "/flows/RUS/PRK/money");
    await page.waitForSelector("table.statements tbody tr");
    expect(await page.locator("table.statements tbody tr td.num").first().textContent()).toBe("no figure");
    await page.goto(h.base + "/flows/RUS/PRK/oil-fuel");
    await page.waitForSelector("table.statements tbody tr");
    expect(await page.locator("table.statements tbody tr td.num").allTextContents()).toEqual(expect.arrayContaining(["600,000 barrels total", "about 90,000 barrels rate"]));
    expect(errors).toEqual([]);
    await page.close();
  });
});

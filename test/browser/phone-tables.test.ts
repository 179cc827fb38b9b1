// In Debian's Chromium, on a phone (390 and 320 wide): the sources and a state's tables read down the screen, a
// card a row, with nothing to scroll sideways (neither the page nor a table), and their headings still sort. On a
// wide screen they stay tables with every column. Screenshots go to test-artifacts/.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seed } from "../api/seed.js";
import { makeDoc } from "../store/make-doc.js";
import { needsChromium } from "../services.js";
import { shoot, start, watchedPage, type Harness } from "./browser.js";

const hasChromium = needsChromium();

/** How far the page and each table's box can be scrolled sideways (0: not at all), and the widest cell's right edge past the screen. */
function sideways(page: Page): Promise<{ page: number; tables: number[]; past: number }> {
  return page.evaluate(() => {
    const root = document.documentElement;
    const width = root.clientWidth;
    const cells = [...document.querySelectorAll("main td, main th")].filter((c) => c.getClientRects().length > 0);
    return {
      page: root.scrollWidth - width,
      tables: [...document.querySelectorAll("main .table-wrap")].map((w) => w.scrollWidth - w.clientWidth),
      past: Math.max(0, ...cells.map((c) => Math.ceil(c.getBoundingClientRect().right - width))),
    };
  });
}

describe.skipIf(!hasChromium)("the sources and a state's tables on a phone", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await start(async (store) => {
      await seed(store);
      // Long names of bodies and people, and a state with flows both ways and things it holds: the widest rows a page has.
      const lines = [
        "The Main Intelligence Directorate of the Ministry of Defence of Ukraine said Russia had sent 1,200 armoured vehicles to Belarus.",
        "Customs officers in Minsk recorded 500 tonnes of potatoes leaving for Russia, a Belarusian customs spokeswoman said.",
        "Belarus holds some 400 tanks in reserve, the International Institute for Strategic Studies estimated.",
      ];
      await store.putDocument(makeDoc({ id: "belarus-long-names", outlet: "Border Watch", title: "Belarus traffic", published: "2024-03-02" }, lines, [
        { evidence: lines[0], supplier: "RUS", recipient: "BLR", item: "armoured-vehicles", quantity: { value: 1200, unit: "vehicles" }, org: "Main Intelligence Directorate of the Ministry of Defence of Ukraine", speaker: "Andriy Oleksandrovych Kovalenko-Shevchenko", country: "UKR", stated: "2024-03-01" },
        { evidence: lines[1], supplier: "BLR", recipient: "RUS", item: "food", quantity: { value: 500, unit: "tonnes" }, org: "State Customs Committee of the Republic of Belarus", country: "BLR", stated: "2024-01-05" },
        { evidence: lines[2], supplier: "BLR", recipient: null, kind: "status", item: "armoured-vehicles", quantity: { value: 400, unit: "tanks", approx: true }, org: "International Institute for Strategic Studies", country: "GBR", certainty: "believed", stated: "2024-02-20" },
      ]));
    });
  }, 180_000);
  afterAll(async () => {
    await h?.close();
  });

  for (const [width, height] of [[390, 844], [320, 640]]) {
    it(`shows the sources with nothing to scroll sideways at ${width} wide, and sorts them`, async () => {
      const { page, errors } = await watchedPage(h.browser, width, height);
      await page.goto(h.base + "/sources");
      await page.waitForSelector("table.sources tbody tr");
      expect(await sideways(page)).toEqual({ page: 0, tables: [0], past: 0 });
      // Every row still says its grade, statements and reasons.
      const first = page.locator("table.sources tbody tr").first();
      expect(await first.locator("td[data-col=grade]").isVisible()).toBe(true);
      expect(await first.locator("td[data-col=statements]").isVisible()).toBe(true);
      await shoot(page, "phone-sources");
      // The headings still sort, and the order goes in the address.
      await page.locator("th a.sort", { hasText: "Source" }).click();
      await page.waitForURL(/\/sources\?sort=source&dir=asc$/);
      await page.waitForFunction(() => document.querySelector("table.sources th[aria-sort=ascending]")?.textContent?.startsWith("Source") ?? false);
      expect(await sideways(page)).toEqual({ page: 0, tables: [0], past: 0 });
      expect(errors).toEqual([]);
      await page.close();
    });

    it(`shows a state's tables with nothing to scroll sideways at ${width} wide, and sorts them`, async () => {
      const { page, errors } = await watchedPage(h.browser, width, height);
      await page.goto(h.base + "/states/BLR");
      await page.waitForSelector("table.own tbody tr");
      expect(await sideways(page)).toEqual({ page: 0, tables: [0, 0, 0], past: 0 });
      // The latest figure's day and source, hidden as columns on a wide screen's narrow cousin, are read in the row.
      expect(await page.locator("table.receives tbody tr").first().innerText()).toContain("Andriy Oleksandrovych Kovalenko-Shevchenko");
      expect(await page.locator("table.receives tbody tr").first().innerText()).toContain("2024-03-01");
      await shoot(page, "phone-state");
      await page.locator("table.own th a.sort", { hasText: "Figure" }).click();
      await page.waitForURL(/own-sort=figure&own-dir=desc/);
      expect(await sideways(page)).toEqual({ page: 0, tables: [0, 0, 0], past: 0 });
      await page.goto(h.base + "/states");
      await page.waitForSelector("table.states tbody tr");
      expect(await sideways(page)).toEqual({ page: 0, tables: [0], past: 0 });
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  it("keeps the tables, with nothing to scroll sideways, on a small tablet (700 wide)", async () => {
    const { page, errors } = await watchedPage(h.browser, 700, 900);
    for (const [path, table, tables] of [["/sources", "sources", 1], ["/states/BLR", "own", 3]] as const) {
      await page.goto(h.base + path);
      await page.waitForSelector(`table.${table} tbody tr`);
      expect(await page.locator(`table.${table} tbody td`).first().evaluate((td) => getComputedStyle(td).display), path).toBe("table-cell");
      expect(await sideways(page), path).toEqual({ page: 0, tables: Array(tables).fill(0), past: 0 });
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it("keeps the tables, every column shown, on a wide screen", async () => {
    const { page, errors } = await watchedPage(h.browser, 1280, 800);
    await page.goto(h.base + "/sources");
    await page.waitForSelector("table.sources tbody tr");
    const shown = (table: string) => page.locator(`table.${table} thead th`).evaluateAll((ths) => ths.filter((th) => getComputedStyle(th).display === "table-cell").map((th) => th.textContent!.replace(/ [▲▼]$/, "")));
    expect(await shown("sources")).toEqual(["Source", "State", "Kind", "Grade", "Statements", "Why"]);
    await page.goto(h.base + "/states/BLR");
    await page.waitForSelector("table.own tbody tr");
    expect(await shown("receives")).toEqual(["Item", "With", "Latest figure", "Stated", "Source", "Statements"]);
    expect(await shown("own")).toEqual(["Stated", "Kind", "Item", "Figure", "Source", "Certainty"]);
    expect(await sideways(page)).toEqual({ page: 0, tables: [0, 0, 0], past: 0 });
    expect(errors).toEqual([]);
    await page.close();
  });
});

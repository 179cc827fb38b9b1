// In Debian's Chromium: the sources, the states and a state's tables sort by their columns (a click or
// Enter on a heading, aria-sort, the order in the address so Back and a shared link keep it), say how
// many rows they hold and page past a hundred; an address that names no state or no flow shows "Not
// found" saying what it asked for; "Copy citation" is as small as the download buttons. Screenshots go
// to test-artifacts/.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MANY, seedMany } from "../api/many-statements.js";
import { seed } from "../api/seed.js";
import { makeDoc } from "../store/make-doc.js";
import { needsChromium } from "../services.js";
import { shoot, start, watchedPage, type Harness } from "./browser.js";

const hasChromium = needsChromium();
const grouped = (n: number) => n.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ",");

/** The text of column `n` (1-based) of each row of the table `table`. */
const column = (page: Page, table: string, n: number) => page.locator(`table.${table} tbody tr td:nth-child(${n})`).allTextContents();
const sortedBy = (page: Page, table: string, label: string, dir: "ascending" | "descending") =>
  page.waitForFunction(([t, l, d]) => document.querySelector(`table.${t} th[aria-sort=${d}]`)?.textContent?.startsWith(l) ?? false, [table, label, dir] as const);

describe.skipIf(!hasChromium)("sortable, counted and paged tables, and addresses that name nothing", () => {
  let h: Harness;
  let sources: number;
  beforeAll(async () => {
    h = await start(async (store) => {
      await seed(store);
      await seedMany(store);
      // Belarus receives two items from Russia and sends one to it: the state's tables have rows to order.
      const lines = [
        "A border monitor counted 12 armoured vehicles driven from Smolensk into Belarus.",
        "The same monitor logged 300 tonnes of grain moving from Russia to Minsk.",
        "Customs in Minsk recorded 500 tonnes of potatoes leaving for Russia.",
      ];
      await store.putDocument(makeDoc({ id: "belarus-watch", outlet: "Border Watch", title: "Belarus traffic", published: "2024-03-02" }, lines, [
        { evidence: lines[0], supplier: "RUS", recipient: "BLR", item: "armoured-vehicles", quantity: { value: 12, unit: "vehicles" }, org: "Border Monitor", stated: "2024-03-01" },
        { evidence: lines[1], supplier: "RUS", recipient: "BLR", item: "food", quantity: { value: 300, unit: "tonnes" }, org: "Border Monitor", stated: "2024-02-01" },
        { evidence: lines[2], supplier: "BLR", recipient: "RUS", item: "food", quantity: { value: 500, unit: "tonnes" }, org: "Minsk Customs", stated: "2024-01-05" },
      ]));
    });
    sources = (await h.app.inject({ url: "/api/sources" })).json().sources.length as number;
  }, 180_000);
  afterAll(async () => {
    await h?.close();
  });

  it("sorts the sources by a heading (click and Enter), counts and pages them, and keeps the order in the address", async () => {
    expect(sources).toBeGreaterThan(MANY);
    const { page, errors } = await watchedPage(h.browser);
    await page.goto(h.base + "/sources");
    await page.waitForSelector("table.sources tbody tr");
    expect(await page.locator("p.count").textContent()).toBe(`Showing 1–100 of ${grouped(sources)} sources`);
    expect(await page.locator("table.sources tbody tr").count()).toBe(100);
    // At first, the sources with the most statements first.
    expect(await page.locator("table.sources th[aria-sort=descending]").textContent()).toBe("Statements ▼");
    const counts = (await column(page, "sources", 5)).map(Number);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    // A click on "Source": A to Z, in the address, the focus back on the heading.
    await page.locator("th a.sort", { hasText: "Source" }).click();
    await page.waitForURL(/\/sources\?sort=source&dir=asc$/);
    await sortedBy(page, "sources", "Source", "ascending");
    const names = await page.locator("table.sources tbody tr td:nth-child(1) > a").allTextContents();
    expect(names).toEqual([...names].sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : a.toLowerCase() > b.toLowerCase() ? 1 : 0)));
    expect(await page.locator("table.sources th[aria-sort]").count()).toBe(1);
    // Enter on the same heading: Z to A; the heading keeps the focus.
    await page.focus("#sort-source");
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/sources\?sort=source&dir=desc$/);
    await sortedBy(page, "sources", "Source", "descending");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("sort-source");
    const descending = await page.locator("table.sources tbody tr td:nth-child(1) > a").first().textContent();
    expect(descending).not.toBe(names[0]);
    // The next page keeps the order; Back returns to the first page, then to A to Z.
    await page.locator(".pager a[rel=next]").click();
    await page.waitForURL(/sort=source&dir=desc&page=2$/);
    await page.waitForFunction((t) => document.querySelector("p.count")?.textContent === t, `Showing 101–200 of ${grouped(sources)} sources`);
    await shoot(page, "sources-sorted-page-2");
    await page.goBack();
    await page.waitForFunction((t) => document.querySelector("table.sources tbody tr td a")?.textContent === t, descending);
    await page.goBack();
    await sortedBy(page, "sources", "Source", "ascending");
    expect(await page.locator("table.sources tbody tr td:nth-child(1) > a").first().textContent()).toBe(names[0]);
    // A shared link opens in its order and page.
    const shared = await h.browser.newPage({ viewport: { width: 390, height: 844 } });
    await shared.goto(h.base + "/sources?sort=statements&dir=asc&page=2");
    await sortedBy(shared, "sources", "Statements", "ascending");
    expect(await shared.locator(".pager .at").textContent()).toBe(` Page 2 of ${Math.ceil(sources / 100)} `);
    await shoot(shared, "sources-shared");
    await shared.close();
    expect(errors).toEqual([]);
    await page.close();
  });

  it("sorts the states and each of a state's tables apart, with their counts", async () => {
    const { page, errors } = await watchedPage(h.browser);
    await page.goto(h.base + "/states");
    await page.waitForSelector("table.states tbody tr");
    const states = (await column(page, "states", 1)).length;
    expect(await page.locator("p.count").textContent()).toBe(`${states} states`);
    expect(await page.locator("table.states th[aria-sort=ascending]").textContent()).toBe("State ▲");
    await page.locator("th a.sort", { hasText: "Flows in" }).click();
    await page.waitForURL(/\/states\?sort=in&dir=desc$/);
    await sortedBy(page, "states", "Flows in", "descending");
    const flowsIn = (await column(page, "states", 3)).map(Number);
    expect(flowsIn).toEqual([...flowsIn].sort((a, b) => b - a));
    await shoot(page, "states-sorted");

    await page.goto(h.base + "/states/BLR");
    await page.waitForSelector("table.receives tbody tr");
    expect(await page.locator(".sortable[data-table='flows receives'] p.count").textContent()).toBe("2 flows");
    expect(await page.locator(".sortable[data-table='flows sends'] p.count").textContent()).toBe("1 flow");
    expect(await column(page, "receives", 1)).toEqual(["armoured vehicles", "food"]);
    // The receiving table, Z to A: its own keys in the address, the sending table left as it was.
    await page.locator("table.receives th a.sort", { hasText: "Item" }).click();
    await page.waitForURL(/\/states\/BLR\?in-sort=item&in-dir=desc$/);
    await sortedBy(page, "receives", "Item", "descending");
    expect(await column(page, "receives", 1)).toEqual(["food", "armoured vehicles"]);
    expect(await page.locator("table.sends th[aria-sort=ascending]").textContent()).toBe("Item ▲");
    await page.locator("table.receives th a.sort", { hasText: "Stated" }).click();
    await page.waitForURL(/in-sort=stated&in-dir=desc/);
    await sortedBy(page, "receives", "Stated", "descending");
    expect(await column(page, "receives", 1)).toEqual(["armoured vehicles", "food"]);
    await shoot(page, "state-sorted");
    await page.goBack();
    await sortedBy(page, "receives", "Item", "descending");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("shows Not found for a code that names no state, saying what was asked", async () => {
    const { page, errors } = await watchedPage(h.browser, 390, 844);
    for (const [path, words] of [["/states/XXX", "“XXX” is no state’s code"], ["/states/qqq", "“qqq” is no state’s code"], ["/states/RUS-NOBODY", "“RUS-NOBODY”, a body of Russia"]]) {
      await page.goto(h.base + path);
      await page.waitForFunction(() => document.querySelector("main .view h1")?.textContent === "Not found");
      const said = (await page.locator("main .view p.notice").textContent())!;
      expect(said, path).toMatch(/^This address names no state: /);
      expect(said, path).toContain(words);
      expect(await page.locator("main .view button").count(), path).toBe(0);
      expect(await page.locator("main .view p.ways-on a[href='/']").count(), path).toBe(1);
    }
    await shoot(page, "state-not-found");
    // A state the ledger knows by its code still has its page.
    await page.goto(h.base + "/states/BLR");
    await page.waitForFunction(() => document.querySelector("main .view h1")?.textContent === "Belarus");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("says which flow an address asked for when the ledger holds none", async () => {
    const { page } = await watchedPage(h.browser, 390, 844);
    for (const [path, said] of [
      ["/flows/XXX/YYY/nothing", "This address names no flow in the ledger: it asks for “nothing” from “XXX” to “YYY”."],
      ["/flows/PRK/RUS/aircraft", "This address names no flow in the ledger: it asks for “aircraft” from North Korea to Russia."],
      ["/flows/BLR/RUS/armoured-vehicles", "This address names no flow in the ledger: it asks for “armoured vehicles” from Belarus to Russia."],
    ]) {
      await page.goto(h.base + path);
      await page.waitForFunction(() => document.querySelector("main .view h1")?.textContent === "Not found");
      expect(await page.locator("main .view p.notice").textContent(), path).toBe(said);
    }
    await shoot(page, "flow-not-found");
    await page.close();
  });

  it("draws Copy citation as the download buttons are drawn", async () => {
    const { page } = await watchedPage(h.browser);
    const id = (await h.app.inject({ url: "/api/statements?limit=1" })).json().statements[0].id as string;
    await page.goto(h.base + `/statements/${encodeURIComponent(id)}`);
    await page.waitForSelector("#copy-citation");
    const look = (selector: string) => page.locator(selector).evaluate((el) => {
      const s = getComputedStyle(el);
      return { font: s.fontSize, padding: s.padding, height: Math.round(el.getBoundingClientRect().height) };
    });
    expect(await look("#copy-citation")).toEqual(await look(".export-csv"));
    await shoot(page, "statement-citation");
    await page.close();
  });
});

// A table of transfers (an HTML table, a markdown table, tab-separated lines) is read row by row under its header:
// each row whose header names the giver or the receiver and the item is one claim. Tables of anything else give none.
import { describe, expect, it } from "vitest";
import { pipelineStages, processDocument } from "../../src/pipeline.js";

const withTables = pipelineStages();
const withoutTables = withTables.filter((s) => s.name !== "table-claims");

const claimsOf = (path: string, text: string, stages = withTables) =>
  processDocument({ path, bytes: Buffer.from(text), meta: { id: "tables", outlet: "Probe Ledger", published: "2025-06-10" } as never }, stages).claims;

const page = (body: string) => `<html><head><title>Deliveries tracked</title></head><body><article><h1>Deliveries tracked</h1>
<p>Our researchers have gathered the shipments of armour and guns that governments confirmed over the past two years, with the dates they gave.</p>
${body}
<p>The list will be brought up to date each quarter as new figures come in from the ministries concerned.</p></article></body></html>`;

const tables: [string, string, string, { supplier: string; recipient: string; item: string; value: number | null }[]][] = [
  [
    "an HTML table with exporter, importer, weapon and number",
    "ledger.html",
    page(`<table><tr><th>Exporter</th><th>Importer</th><th>Weapon</th><th>Number</th><th>Year</th></tr>
<tr><td>Poland</td><td>Ukraine</td><td>Krab self-propelled howitzers</td><td>18</td><td>2024</td></tr>
<tr><td>Spain</td><td>Ukraine</td><td>Leopard 2A4 tanks</td><td>10</td><td>2023</td></tr></table>`),
    [
      { supplier: "POL", recipient: "UKR", item: "artillery-systems", value: 18 },
      { supplier: "ESP", recipient: "UKR", item: "armoured-vehicles", value: 10 },
    ],
  ],
  [
    "a markdown table with from, to, equipment and qty",
    "ledger.md.txt",
    "Deliveries tracked\n\nThe figures below come from the two governments' own statements.\n\n| From | To | Equipment | Qty |\n|---|---|---|---|\n| Turkey | Azerbaijan | Bayraktar TB2 drones | 6 |\n| Israel | Azerbaijan | Barak-8 air defence systems | 2 |\n",
    [
      { supplier: "TUR", recipient: "AZE", item: "drones", value: 6 },
      { supplier: "ISR", recipient: "AZE", item: "air-defence-systems", value: 2 },
    ],
  ],
  [
    "tab-separated lines with supplier, delivered to and hardware",
    "ledger.tsv.txt",
    "Deliveries tracked\n\nSupplier\tDelivered to\tHardware\tStatus\nFrance\tIndia\tRafale fighter jets\tdelivered in 2022\nFrance\tGreece\tRafale fighter jets\tpledged\n",
    [
      { supplier: "FRA", recipient: "IND", item: "aircraft", value: null },
      { supplier: "FRA", recipient: "GRC", item: "aircraft", value: null },
    ],
  ],
];

describe("a table of transfers gives one claim a row", () => {
  it.each(tables)("%s", (_, path, text, expected) => {
    const got = claimsOf(path, text).map((c) => ({ supplier: c.supplier, recipient: c.recipient, item: c.item, value: c.quantity?.value ?? null }));
    for (const e of expected) expect(got).toContainEqual(e);
    // Turned off, the rows give none of these claims.
    const off = claimsOf(path, text, withoutTables).map((c) => `${c.supplier}|${c.recipient}|${c.item}`);
    for (const e of expected) expect(off).not.toContain(`${e.supplier}|${e.recipient}|${e.item}`);
  });
});

describe("a table of anything else gives no claim", () => {
  it.each([
    ["a league table", "league.html", page(`<table><tr><th>Team</th><th>Played</th><th>Points</th></tr><tr><td>Poland</td><td>8</td><td>19</td></tr><tr><td>Ukraine</td><td>8</td><td>14</td></tr></table>`)],
    ["a price list", "prices.txt", "Market close\n\n| Grade | Price | Change |\n|---|---|---|\n| Kuwait Export | 71.20 | -0.40 |\n| Arab Light | 72.05 | +0.15 |\n"],
    ["a stock list", "stocks.txt", "Market close\n\nDefence stock\tClose\tChange\nRheinmetall\t1,512.00\t+2.1%\nSaab\t212.40\t-0.8%\n"],
  ])("%s", (_, path, text) => {
    expect(claimsOf(path, text)).toEqual([]);
  });
});

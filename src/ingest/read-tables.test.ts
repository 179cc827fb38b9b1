import { describe, expect, it } from "vitest";
import { ArmsDocument } from "../core/document.js";
import { blockText, parsePage } from "./html-text.js";
import { readTables } from "./read-tables.js";

const text = (html: string) => blockText(parsePage(html).body as unknown as Parameters<typeof blockText>[0]);

const tablesOf = (t: string) => {
  const doc = new ArmsDocument("t.txt", new Uint8Array(), { id: "t" });
  doc.text = t;
  readTables()(doc);
  return doc.tables.map((tb) => [tb.header.map((c) => c.text), ...tb.rows.map((r) => r.cells.map((c) => c.text))]);
};

describe("an HTML table of data", () => {
  it("keeps each row on a line of its own, cells apart, header first", () => {
    expect(text("<table><thead><tr><th>Grade</th><th>Price</th></tr></thead><tbody><tr><td>Light</td><td><b>71</b></td></tr><tr><td>Heavy</td><td>64</td></tr></tbody></table>")).toBe("Grade | Price\n\nLight | 71\n\nHeavy | 64");
  });
  it("leaves a table that lays out the page as blocks", () => {
    expect(text("<table><tr><td><h2>News</h2><p>One.</p></td><td><p>Two.</p></td></tr><tr><td>a</td><td>b</td></tr></table>")).toBe("News\n\nOne.\n\nTwo.\n\na\n\nb");
  });
});

describe("readTables", () => {
  it("reads pipe rows a blank line apart, markdown rows and tab rows", () => {
    expect(tablesOf("Intro.\n\nA | B\n\n1 | 2\n\nEnd.")).toEqual([[["A", "B"], ["1", "2"]]]);
    expect(tablesOf("| A | B |\n|---|---|\n| 1 | 2 |\n")).toEqual([[["A", "B"], ["1", "2"]]]);
    expect(tablesOf("A\tB\tC\n1\t2\t3\n")).toEqual([[["A", "B", "C"], ["1", "2", "3"]]]);
  });
  it("reads comma- and semicolon-separated rows under a header of column names, a quoted cell whole", () => {
    expect(tablesOf("Note.\ndonor,item,qty\nNorway,tanks,8\nItaly,guns,4\n")).toEqual([[["donor", "item", "qty"], ["Norway", "tanks", "8"], ["Italy", "guns", "4"]]]);
    expect(tablesOf("year;buyer;system\n2020;Chile;jets\n2021;Peru;boats")).toEqual([[["year", "buyer", "system"], ["2020", "Chile", "jets"], ["2021", "Peru", "boats"]]]);
    expect(tablesOf('to,"item, as named",qty\nChile,"jets, used",6\nPeru,"boats, new",2')).toEqual([[["to", "item, as named", "qty"], ["Chile", "jets, used", "6"], ["Peru", "boats, new", "2"]]]);
  });
  it("finds no delimited table in prose lines with commas, nor under a header of figures or sentences", () => {
    expect(tablesOf("First, we met, then we left.\nLater, at noon, they came.\nAfter that, too, it rained.")).toEqual([]);
    expect(tablesOf("2020,2021,2022\n4,5,6\n7,8,9\n")).toEqual([]);
    expect(tablesOf("donor,item,qty\nNorway,tanks,8\n")).toEqual([]);
  });
  it("finds no table in one line, nor in lines of different widths", () => {
    expect(tablesOf("Grain deal | Wire\n\nText.")).toEqual([]);
    expect(tablesOf("A | B\nC | D | E\n")).toEqual([]);
  });
});

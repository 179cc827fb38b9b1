// A chronology lists its entries by the day they were announced ("2025-03-04 | X says ...", "12 Feb 2025 - ..."): the
// row's date is the day of the saying it retells, so the row and a report of that saying on its day are one statement
// however long after the chronology came out. A row of another day stays apart. All reports below are our own.
import { describe, expect, it } from "vitest";
import { statementsOfPages, type Page } from "./helpers.js";

const one = (pages: readonly Page[]) => new Set(statementsOfPages(pages)).size === 1;

const rows: [string, Page, Page][] = [
  [
    "a row opened by a full date and a bar, a person speaking",
    ["cr1a", "Finland has started to ship air-defence missiles to Estonia, Defence Minister Aino Rautio said on Tuesday.", "2025-03-05"],
    ["cr1b", "2025-03-04 | Helsinki. Aino Rautio says Finland has started to ship air-defence missiles to Estonia. | [Note: first such shipment.]", "2026-01-20"],
  ],
  [
    "a row opened by day, month and year and a dash, a body approving",
    ["cr2a", "The Norwegian defence ministry on Wednesday approved the delivery of 14 NASAMS launchers to Latvia.", "2025-02-13"],
    ["cr2b", "12 Feb 2025 - The Norwegian defence ministry approves the delivery of 14 NASAMS launchers to Latvia. [ministry release]", "2025-12-30"],
  ],
  [
    "a row opened by month, day and year and a long dash",
    ["cr3a", "Poland has begun handing tanks to Ukraine, Prime Minister Marek Zielak said on Friday.", "2025-06-07"],
    ["cr3b", "June 6, 2025 — Marek Zielak says Poland has begun handing tanks to Ukraine.", "2026-02-11"],
  ],
];

describe("a chronology's row and a report of the saying on the row's day are one statement", () => {
  it.each(rows)("%s", (_, a, b) => expect(one([a, b])).toBe(true));
});

describe("others stay apart", () => {
  it("a row of another day", () => {
    const [, a, b] = rows[0];
    expect(one([a, [b[0], b[1].replace("2025-03-04", "2025-05-20"), b[2]]])).toBe(false);
  });
  it("a row of another month", () => {
    const [, a, b] = rows[1];
    expect(one([a, [b[0], b[1].replace("12 Feb 2025", "12 Apr 2025"), b[2]]])).toBe(false);
  });
});

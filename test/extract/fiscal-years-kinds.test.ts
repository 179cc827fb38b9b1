// Kinds of periods told by a financial or fiscal year (SCHEMA.md, "Periods"), each shown by phrasings of our own: a year
// written across two years ("the 2022-23 financial year", "over the 2023-24 fiscal year") runs from April of its first year to
// March of the next, not over both whole years; "this financial year" is the one the report falls in. A span of two
// years that names no financial year keeps both whole years.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

function periodOf(page: string, published = "2025-09-05") {
  const doc = processDocument({ path: "fiscal-years.txt", bytes: new TextEncoder().encode(page), meta: { id: "fiscal-years", outlet: "Test Wire", published } });
  return doc.claims[0]?.period ?? null;
}

describe("a financial year written across two years runs from April to March", () => {
  it.each([
    ["During the 2022-23 financial year Norway delivered 14 howitzers to Ukraine, the ministry's annual report shows.", "2022-04", "2023-03"],
    ["Throughout the 2020-21 financial year Spain sold 16 patrol boats to Morocco.", "2020-04", "2021-03"],
    ["Over the 2023-24 fiscal year Poland shipped 200 mortars to Ukraine.", "2023-04", "2024-03"],
  ])("%s", (page, start, end) => {
    expect(periodOf(page)).toEqual({ start, end });
  });
});

describe("this financial year is the one the report falls in", () => {
  it.each([
    ["Canada will ship 40 armoured vehicles to Ukraine in this financial year, the minister said.", "2025-06-14", "2025-04", "2026-03"],
    ["Norway is to give Ukraine 12 air-defence launchers during the current financial year.", "2026-02-10", "2025-04", "2026-03"],
    ["Australia plans to send 20 Bushmaster vehicles to Ukraine this fiscal year.", "2025-11-03", "2025-04", "2026-03"],
  ])("%s", (page, published, start, end) => {
    expect(periodOf(page, published)).toEqual({ start, end });
  });
});

describe("a span of two years that names no financial year keeps both whole years", () => {
  it("Chile sold 12 tanks to Peru in 2021-22.", () => {
    expect(periodOf("Chile sold 12 tanks to Peru in 2021-22.")).toEqual({ start: "2021", end: "2022" });
  });
});

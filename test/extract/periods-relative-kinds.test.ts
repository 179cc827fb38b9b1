// Kinds of periods named relative to the report or to an event (SCHEMA.md, "Periods"), each shown by phrasings of our own:
// "over the past year" is the twelve months back from the publication date; "the first year of the full-scale invasion"
// starts at the event; "the last quarter of 2023" is its last three months.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

function periodOf(page: string) {
  const doc = processDocument({ path: "periods-relative.txt", bytes: new TextEncoder().encode(page), meta: { id: "periods-relative", outlet: "Test Wire", published: "2024-09-11" } });
  return doc.claims[0]?.period ?? null;
}

describe("the past year, month or week counts back from the report", () => {
  it.each([
    ["Iran has sent 400 drones to Russia over the past year.", "2023-09"],
    ["Belarus shipped 90 tanks to Russia within the past year.", "2023-09"],
    ["Iran shipped 90 drones to Russia in the past month.", "2024-08"],
  ])("%s", (page, start) => {
    expect(periodOf(page)?.start).toBe(start);
  });
});

describe("the first stretch of an event starts at the event", () => {
  it.each([
    ["Iran sent 400 drones to Russia in the first year of the full-scale invasion.", "2022-02-24"],
    ["Iran sent 400 drones to Russia during the first months of the full-scale invasion.", "2022-02-24"],
    ["Poland delivered 200 tanks to Ukraine in the opening months of the war in Ukraine.", "2022-02-24"],
  ])("%s", (page, start) => {
    expect(periodOf(page)?.start).toBe(start);
  });
});

describe("the last quarter of a year is its last three months", () => {
  it.each([
    ["Iran sent 400 drones to Russia in the last quarter of 2023.", "2023-10"],
    ["Serbia sold 3,000 rockets to Sudan in the final quarter of 2022.", "2022-10"],
    ["Turkey delivered 30 drones to Kenya during the last quarter of 2021.", "2021-10"],
  ])("%s", (page, start) => {
    expect(periodOf(page)?.start).toBe(start);
  });
});

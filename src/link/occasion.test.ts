import { expect, it } from "vitest";
import { dayRange, daysApart } from "./occasion.js";

it("measures the days between partial dates, overlapping ones being 0 apart", () => {
  expect(daysApart("2024-02-26", "2024-02-27")).toBe(1);
  expect(daysApart("2024-02-26", "2024-02")).toBe(0);
  expect(daysApart("2024-05-01", "2024-02")).toBe(62);
  expect(daysApart(null, "2024-02")).toBeNull();
  expect(dayRange("2023")![1] - dayRange("2023")![0]).toBe(364);
});

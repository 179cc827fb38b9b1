import { expect, it } from "vitest";
import { agreedDay, dayRange, daysApart } from "./occasion.js";

it("measures the days between partial dates, overlapping ones being 0 apart", () => {
  expect(daysApart("2024-02-26", "2024-02-27")).toBe(1);
  expect(daysApart("2024-02-26", "2024-02")).toBe(0);
  expect(daysApart("2024-05-01", "2024-02")).toBe(62);
  expect(daysApart(null, "2024-02")).toBeNull();
  expect(dayRange("2023")![1] - dayRange("2023")![0]).toBe(364);
  expect(dayRange("2024-03-04/2024-03-10")).toEqual([dayRange("2024-03-04")![0], dayRange("2024-03-10")![0]]);
  expect(daysApart("2024-03-04/2024-03-10", "2024-03-05")).toBe(0);
  expect(daysApart("2024-03-04/2024-03-10", "2024-03-13")).toBe(3);
});

it("takes the most precise day the dates agree on, never a later one", () => {
  expect(agreedDay(["2023-12", "2023-12-29"])).toBe("2023-12-29");
  expect(agreedDay(["2024-08-27", "2024-08", "2024-08-29"])).toBe("2024-08-27");
  expect(agreedDay(["2024-02-26", "2024-03"])).toBe("2024-02-26");
  expect(agreedDay(["2024", "2024-05", "2024-05-02"])).toBe("2024-05-02");
  expect(agreedDay(["2024-05-02", "2024-05-30"])).toBe("2024-05-02");
  expect(agreedDay([])).toBeNull();
});

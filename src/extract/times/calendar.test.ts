import { describe, expect, it } from "vitest";
import { addMonths, formatPoint, lastWeekday, previousWeek, yearOfDay, yearOfMonth } from "./calendar.js";

describe("calendar", () => {
  it("formats by precision", () => {
    expect(formatPoint({ y: 2024 })).toBe("2024");
    expect(formatPoint({ y: 2024, m: 3 })).toBe("2024-03");
    expect(formatPoint({ y: 2024, m: 3, d: 7 })).toBe("2024-03-07");
  });
  it("wraps months", () => expect(addMonths(2024, 1, -2)).toEqual({ y: 2023, m: 11 }));
  it("puts a bare month on or before the reference", () => {
    expect(yearOfMonth(9, { y: 2024, m: 2 })).toBe(2023);
    expect(yearOfMonth(2, { y: 2024, m: 2 })).toBe(2024);
    expect(yearOfMonth(2, { y: 2024, m: 2 }, true)).toBe(2023);
    expect(yearOfDay(2, 28, { y: 2024, m: 2, d: 27 })).toBe(2023);
  });
  it("finds the last weekday, the same day included", () => {
    // 2023-12-29 is a Friday
    expect(lastWeekday(5, { y: 2023, m: 12, d: 29 })).toEqual({ y: 2023, m: 12, d: 29 });
    expect(lastWeekday(1, { y: 2023, m: 12, d: 29 })).toEqual({ y: 2023, m: 12, d: 25 });
  });
  it("takes last week as Monday to Sunday", () => {
    // 2024-07-15 is a Monday
    expect(previousWeek({ y: 2024, m: 7, d: 15 })).toEqual([{ y: 2024, m: 7, d: 8 }, { y: 2024, m: 7, d: 14 }]);
  });
});

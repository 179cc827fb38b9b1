import { describe, expect, it } from "vitest";
import { readDigits } from "./digits.js";

describe("readDigits", () => {
  it.each([
    ["6,700", 6700], ["10 000", 10000], ["1,250,000", 1250000], ["4.8", 4.8], ["10.000", 10000],
    ["1.000.000", 1000000], ["1.234,5", 1234.5], ["7.62", 7.62], ["2023", 2023], ["1,5", 1.5], ["0.125", 0.125],
  ])("%s → %d", (text, value) => expect(readDigits(text)).toBe(value));
  it("keeps a dot with three decimals before a scale word", () => expect(readDigits("1.500", true)).toBe(1.5));
  it("refuses garbage", () => expect(readDigits("1,2,3")).toBeNull());
});

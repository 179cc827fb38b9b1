import { describe, expect, it } from "vitest";
import { dayOrPublished } from "./claim.js";
import { indexAt, span } from "./span.js";

describe("indexAt", () => {
  const list = [{ span: span(0, 4) }, { span: span(5, 9) }, { span: span(12, 20) }];
  it.each([[0, 0], [3, 0], [5, 1], [8, 1], [12, 2], [19, 2]])("offset %i lies in span %i", (offset, index) => expect(indexAt(list, offset)).toBe(index));
  it.each([[4, 1], [10, 2], [20, 3], [99, 3]])("offset %i lies in none: ~%i, the next span's index", (offset, next) => expect(~indexAt(list, offset)).toBe(next));
  it("finds nothing in an empty list", () => expect(indexAt([], 3)).toBe(~0));
});

describe("dayOrPublished", () => {
  it.each([
    ["2024-03-04", "2024-03-12", "2024-03-04"],
    ["2024-03", "2024-03-12", "2024-03"],
    ["2024-03-04/2024-03-10", "2024-03-12", "2024-03-12"],
    [null, "2024-03-12", "2024-03-12"],
    [null, null, null],
  ])("stated %s, published %s: %s", (stated, published, day) => expect(dayOrPublished(stated, published)).toBe(day));
});

import { describe, expect, it } from "vitest";
import { objectList } from "./object-list.js";

describe("objectList", () => {
  it("is empty and takes objects like any array", () => {
    const list = objectList<{ n: number }>();
    expect(list).toEqual([]);
    list.push({ n: 1 }, { n: 2 });
    expect(list.map((x) => x.n)).toEqual([1, 2]);
  });
  it("gives a new array at each call", () => {
    const a = objectList<object>();
    a.push({});
    expect(objectList<object>()).toHaveLength(0);
  });
});

import { describe, expect, it } from "vitest";
import { ReadCache } from "./cache.js";

describe("ReadCache", () => {
  it("computes once within its lifetime, again after it or after clear()", async () => {
    let t = 0;
    let calls = 0;
    const cache = new ReadCache(1000, () => t);
    const compute = async () => ++calls;
    expect(await cache.get("k", compute)).toBe(1);
    expect(await cache.get("k", compute)).toBe(1);
    t = 1500;
    expect(await cache.get("k", compute)).toBe(2);
    cache.clear();
    expect(await cache.get("k", compute)).toBe(3);
  });

  it("forgets failures", async () => {
    const cache = new ReadCache(1000);
    await expect(cache.get("k", () => Promise.reject(new Error("down")))).rejects.toThrow("down");
    expect(await cache.get("k", async () => "up")).toBe("up");
  });
});

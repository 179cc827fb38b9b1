// The API's read memo keeps one entry per key (a filtered statements list is one per filter): expired
// entries and the oldest past the bound go, so many different filters cannot grow the memo without end.
import { describe, expect, it } from "vitest";
import { ReadCache } from "../../src/api/cache.js";

describe("ReadCache bounds", () => {
  it("keeps at most maxEntries, dropping the oldest first", async () => {
    let t = 0;
    const cache = new ReadCache(1_000, () => t, 3);
    let computed = 0;
    const get = (key: string) => cache.get(key, async () => `${key}:${++computed}`);
    for (const key of ["a", "b", "c", "d"]) await get(key);
    expect(computed).toBe(4);
    // "a" was the oldest and went; b, c and d are still kept.
    for (const key of ["b", "c", "d"]) await get(key);
    expect(computed).toBe(4);
    expect(await get("a")).toBe("a:5");
  });

  it("drops expired entries when another is added, and recomputes an expired key", async () => {
    let t = 0;
    const cache = new ReadCache(100, () => t, 10);
    let computed = 0;
    const get = (key: string) => cache.get(key, async () => ++computed);
    await get("x");
    t = 50;
    expect(await get("x")).toBe(1);
    t = 150;
    expect(await get("x")).toBe(2);
    expect(await get("y")).toBe(3);
  });

  it("shares one computation between requests that miss together", async () => {
    const cache = new ReadCache(1_000);
    let computed = 0;
    const slow = () => new Promise<number>((resolve) => setTimeout(() => resolve(++computed), 10));
    const [a, b] = await Promise.all([cache.get("k", slow), cache.get("k", slow)]);
    expect([a, b, computed]).toEqual([1, 1, 1]);
  });
});

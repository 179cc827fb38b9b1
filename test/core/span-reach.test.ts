// anyHolds, anyOverlaps and firstFrom answer as a scan of the whole list does, on lists in any order, with nested, touching and
// empty spans, and again after the list grows.
import { describe, expect, it } from "vitest";
import { anyHolds, anyOverlaps, contains, firstFrom, overlaps, type Span } from "../../src/core/span.js";

/** A small seeded generator, so that a failure can be replayed. */
function random(seed: number): () => number {
  let s = seed;
  return () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
}

describe("anyHolds and anyOverlaps", () => {
  it("agree with a scan of the list", () => {
    const next = random(7);
    const int = (n: number) => Math.floor(next() * n);
    for (let round = 0; round < 200; round++) {
      const list: { span: Span }[] = [];
      for (let i = int(12); i > 0; i--) {
        const start = int(60);
        list.push({ span: { start, end: start + int(next() < 0.2 ? 1 : 15) } });
      }
      for (let grown = 0; grown < 2; grown++) {
        for (let q = 0; q < 40; q++) {
          const start = int(70);
          const s = { start, end: start + int(8) };
          expect(anyHolds(list, s)).toBe(list.some((x) => contains(x.span, s)));
          expect(anyOverlaps(list, s)).toBe(list.some((x) => overlaps(x.span, s)));
        }
        // (The answers are kept per list: a list that grows is read again.)
        list.push({ span: { start: 30, end: 45 } });
      }
    }
  });

  it("find nothing in an empty list", () => {
    expect(anyHolds([], { start: 0, end: 0 })).toBe(false);
    expect(anyOverlaps([], { start: 0, end: 5 })).toBe(false);
  });
});

describe("firstFrom", () => {
  it("finds the first span of a sorted list that starts at or after an offset, as a scan does", () => {
    const next = random(11);
    const int = (n: number) => Math.floor(next() * n);
    for (let round = 0; round < 200; round++) {
      const list = Array.from({ length: int(12) }, () => int(50)).sort((a, b) => a - b).map((start) => ({ span: { start, end: start + 3 } }));
      for (let q = 0; q < 30; q++) {
        const at = int(60);
        const scanned = list.findIndex((x) => x.span.start >= at);
        expect(firstFrom(list, at)).toBe(scanned < 0 ? list.length : scanned);
      }
    }
  });
});

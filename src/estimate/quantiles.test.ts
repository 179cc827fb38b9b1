import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { quantile, select, summarize } from "./quantiles.js";

describe("summarize", () => {
  it("reads percentiles by interpolation", () => {
    const s = summarize(Float64Array.of(3, 1, 2));
    expect(s.median).toBe(2);
    expect(s.p5).toBeCloseTo(1.1);
    expect(s.p95).toBeCloseTo(2.9);
    expect(s.mean).toBe(2);
  });

  it("agrees with a full sort on any sample", () => {
    fc.assert(fc.property(fc.array(fc.double({ min: -1e9, max: 1e9, noNaN: true }), { minLength: 1, maxLength: 300 }), (xs) => {
      const sorted = Float64Array.from(xs).sort();
      const s = summarize(Float64Array.from(xs));
      return s.p5 === quantile(sorted, 0.05) && s.median === quantile(sorted, 0.5) && s.p95 === quantile(sorted, 0.95);
    }), { numRuns: 300 });
  });

  it("select handles constant and sorted input", () => {
    const a = new Float64Array(1000).fill(7);
    select(a, 500, 0, 999);
    expect(a[500]).toBe(7);
    const b = Float64Array.from({ length: 1000 }, (_, i) => i);
    select(b, 123, 0, 999);
    expect(b[123]).toBe(123);
  });
});

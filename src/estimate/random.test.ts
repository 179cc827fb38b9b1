import { describe, expect, it } from "vitest";
import { checkDistribution, mulberry32, sampler } from "./random.js";

describe("mulberry32", () => {
  it("repeats its sequence for a seed and stays in [0, 1)", () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    for (let i = 0; i < 1000; i++) {
      const x = a();
      expect(x).toBe(b());
      expect(x >= 0 && x < 1).toBe(true);
    }
    expect(mulberry32(1)()).not.toBe(mulberry32(2)());
  });
});

describe("sampler", () => {
  const mean = (draw: () => number, n = 100_000): number => {
    let s = 0;
    for (let i = 0; i < n; i++) s += draw();
    return s / n;
  };
  it("triangular(0, 3, 6) has mean 3; lognormal(100, 1) is 100", () => {
    expect(mean(sampler({ type: "triangular", min: 0, mode: 3, max: 6 }, mulberry32(1)))).toBeCloseTo(3, 1);
    expect(sampler({ type: "lognormal", median: 100, gsd: 1 }, mulberry32(1))()).toBeCloseTo(100);
  });
  it("normal(10, 2) has mean 10 and never goes below zero", () => {
    expect(mean(sampler({ type: "normal", mean: 10, sd: 2 }, mulberry32(3)))).toBeCloseTo(10, 1);
    const d = sampler({ type: "normal", mean: 0, sd: 5 }, mulberry32(3));
    for (let i = 0; i < 1000; i++) expect(d()).toBeGreaterThanOrEqual(0);
  });
  it("refuses broken distributions", () => {
    expect(checkDistribution({ type: "uniform", min: 2, max: 1 })).toMatch(/min <= max/);
    expect(checkDistribution({ type: "lognormal", median: 1, gsd: 0.5 })).toMatch(/gsd/);
    expect(checkDistribution({ type: "fixed", value: 1 })).toBeNull();
  });
});

describe("foldSamples", () => {
  it("folds each type with the same moments as the per-value sampler", async () => {
    const { foldSamples } = await import("./random.js");
    const types = [
      { type: "uniform", min: 2, max: 4 },
      { type: "normal", mean: 10, sd: 1 },
      { type: "lognormal", median: 100, gsd: 1.1 },
      { type: "triangular", min: 0, mode: 1, max: 5 },
    ] as const;
    for (const d of types) {
      const out = new Float64Array(100_001).fill(1);
      foldSamples(d, mulberry32(9), out, "multiply");
      const draw = sampler(d, mulberry32(9));
      let a = 0;
      let b = 0;
      for (let i = 0; i < out.length; i++) { a += out[i]; b += draw(); }
      expect(a / out.length).toBeCloseTo(b / out.length, 0);
    }
  });
});

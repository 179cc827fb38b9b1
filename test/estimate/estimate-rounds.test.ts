import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { estimateRounds, normaliseMix, parseMix } from "../../src/estimate/estimate-rounds.js";
import { parseParamOption } from "../../src/estimate/parameters.js";

const small = { samples: 20_000 };

describe("estimateRounds: figures computed by hand", () => {
  it("with fixed packing, every sample is containers × rounds per box, so median = p5 = p95", () => {
    const e = estimateRounds({ containers: 1_000, calibre: "152mm", overrides: { "rounds_per_container.152mm": 400 }, ...small });
    expect([e.p5, e.median, e.p95, e.mean]).toEqual([400_000, 400_000, 400_000, 400_000]);
  });

  it("a uniform 300-500 packing gives median 400 and a band of 310-490 per box", () => {
    const e = estimateRounds({ containers: 10, overrides: { "rounds_per_container.152mm": { type: "uniform", min: 300, max: 500 } }, samples: 200_000 });
    expect(e.median).toBeGreaterThan(3_980);
    expect(e.median).toBeLessThan(4_020);
    expect(Math.abs(e.p5 - 3_100)).toBeLessThan(20);
    expect(Math.abs(e.p95 - 4_900)).toBeLessThan(20);
  });

  it("the default 152mm triangle (280, 450, 610) has its median at 280 + sqrt(0.5 × 330 × 170) ≈ 447.5 per box", () => {
    const e = estimateRounds({ containers: 1_000, samples: 200_000 });
    expect(Math.abs(e.median - 447_480)).toBeLessThan(1_500);
    // p5 = 280 + sqrt(0.05 × 330 × 170) ≈ 333.0; p95 = 610 - sqrt(0.05 × 330 × 160) ≈ 558.6
    expect(Math.abs(e.p5 - 332_960)).toBeLessThan(1_500);
    expect(Math.abs(e.p95 - 558_620)).toBeLessThan(1_500);
  });

  it("a 70/30 mix of fixed packings is the weighted sum: 0.7 × 400 + 0.3 × 100 = 310 per box", () => {
    const e = estimateRounds({ containers: 100, mix: { "152mm": 7, "122mm": 3 }, overrides: { "rounds_per_container.152mm": 400, "rounds_per_container.122mm": 100 }, ...small });
    expect(e.median).toBe(31_000);
    expect(e.mix).toEqual({ "152mm": 0.7, "122mm": 0.3 });
  });
});

describe("estimateRounds: the published conversions fall inside the 90 % band", () => {
  const cases: [number, string, number, string][] = [
    [6_700, "152mm", 3_000_000, "Shin Won-sik, 26 Feb 2024: about 3 million"],
    [6_700, "122mm", 500_000, "Shin Won-sik, 26 Feb 2024: about 500,000"],
    [5_000, "152mm", 2_000_000, "Shin Won-sik, 29 Dec 2023: over 2 million"],
    [5_000, "122mm", 400_000, "Shin Won-sik, 29 Dec 2023: over 400,000"],
    [13_000, "152mm", 6_000_000, "ROK DIA, 27 Aug 2024: over 6 million"],
    [28_000, "152mm", 12_000_000, "ROK DIA, 13 Jul 2025: over 12 million"],
  ];
  it.each(cases)("%i containers of %s: %i (%s)", (containers, calibre, published) => {
    const e = estimateRounds({ containers, calibre, samples: 100_000 });
    expect(e.p5).toBeLessThanOrEqual(published);
    expect(e.p95).toBeGreaterThanOrEqual(published);
  });

  it("says which parameters it used, each with a source", () => {
    const e = estimateRounds({ containers: 6_700, calibre: "152mm", ...small });
    const ids = e.parameters.map((p) => p.id);
    expect(ids).toEqual(["rounds_per_container.152mm", "container_equivalent.20ft", "ammunition_share"]);
    expect(e.parameters[0].source.facts.length).toBeGreaterThan(2);
    expect(e.likelihood.phrase).toBe("very likely");
    expect(e.summary).toMatch(/very likely \(80-95 %\)/);
  });
});

describe("estimateRounds: overrides and errors", () => {
  it("an override from the command-line form changes the result", () => {
    const base = estimateRounds({ containers: 6_700, ...small });
    const [id, value] = parseParamOption("rounds_per_container.152mm=triangular:300,350,400");
    const over = estimateRounds({ containers: 6_700, overrides: { [id]: value }, ...small });
    expect(over.median).toBeLessThan(base.median);
    expect(over.parameters[0].overridden).toBe(true);
  });

  it("a share of containers below one lowers the figure", () => {
    const full = estimateRounds({ containers: 1_000, ...small });
    const mixed = estimateRounds({ containers: 1_000, overrides: { ammunition_share: { type: "triangular", min: 0.5, mode: 0.8, max: 1 } }, ...small });
    expect(mixed.median).toBeLessThan(full.median);
  });

  it("an unknown calibre names the known ones", () => {
    expect(() => estimateRounds({ containers: 10, calibre: "57mm" })).toThrow(/known: 152mm, 122mm/);
  });

  it("a broken distribution is refused", () => {
    expect(() => estimateRounds({ containers: 10, overrides: { "rounds_per_container.152mm": { type: "triangular", min: 5, mode: 1, max: 9 } } })).toThrow(/min <= mode <= max/);
  });

  it("parses and normalises mixes", () => {
    expect(parseMix("152mm=0.7,122mm=0.3")).toEqual({ "152mm": 0.7, "122mm": 0.3 });
    expect(normaliseMix({ a: 1, b: 3 })).toEqual({ a: 0.25, b: 0.75 });
    expect(() => parseMix("152mm")).toThrow();
  });
});

describe("estimateRounds: properties", () => {
  const opts = { numRuns: 40 };
  it("more containers never give fewer rounds at the same seed", () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 50_000 }), fc.integer({ min: 0, max: 50_000 }), fc.integer(), (a, b, seed) => {
      const [lo, hi] = a <= b ? [a, b] : [b, a];
      const x = estimateRounds({ containers: lo, seed, samples: 500 });
      const y = estimateRounds({ containers: hi, seed, samples: 500 });
      return x.p5 <= y.p5 && x.median <= y.median && x.p95 <= y.p95;
    }), opts);
  });

  it("p5 <= median <= p95, and the band contains the median", () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 100_000 }), fc.integer(), fc.constantFrom("152mm", "122mm"), (containers, seed, calibre) => {
      const e = estimateRounds({ containers, seed, calibre, samples: 500 });
      return e.p5 <= e.median && e.median <= e.p95;
    }), opts);
  });

  it("the same seed gives the same result", () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 100_000 }), fc.integer(), (containers, seed) => {
      const a = estimateRounds({ containers, seed, samples: 300, mix: { "152mm": 0.6, "122mm": 0.4 } });
      const b = estimateRounds({ containers, seed, samples: 300, mix: { "152mm": 0.6, "122mm": 0.4 } });
      return a.median === b.median && a.p5 === b.p5 && a.p95 === b.p95 && a.mean === b.mean;
    }), opts);
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { estimateFlowCurve, estimateFlowCurves, isotonic } from "../../src/estimate/estimate-flow-curve.js";
import { statement } from "./statements.js";

describe("estimateFlowCurve: figures by hand", () => {
  it("an exact running total gets ±5 %, an 'about' one ±25 %", () => {
    const c = estimateFlowCurve([
      statement({ value: 1_000, stated: "2023-10-13" }),
      statement({ value: 2_000, approx: true, stated: "2023-11-30" }),
    ]);
    expect(c.unit).toBe("containers");
    expect(c.points.map((p) => [p.date, p.low, p.median, p.high])).toEqual([
      ["2023-10-13", 950, 1_000, 1_050],
      ["2023-11-30", 1_500, 2_000, 2_500],
    ]);
  });

  it("a 'more than' figure bounds every later day from below; an 'up to' figure bounds earlier days from above", () => {
    const c = estimateFlowCurve([
      statement({ min: 5_000, stated: "2023-12-29" }), // at least 5,000 by December
      statement({ value: 4_000, approx: true, stated: "2024-01-15" }), // about 4,000 later: 3,000-5,000
      statement({ max: 12_000, stated: "2024-06-30" }), // up to 12,000 by June
    ]);
    const [a, b, d] = c.points;
    expect(a.high).toBe(5_000); // the later 'about 4,000' (at most 5,000) caps the earlier day
    expect(b.low).toBe(5_000); // the earlier lower bound lifts the later, smaller total
    expect(b.median).toBe(5_000);
    expect([d.low, d.high]).toEqual([6_000, 12_000]); // 0.5 × 12,000 beats 5,000
    expect(c.points.every((p) => !p.conflict)).toBe(true);
  });

  it("a total below what earlier figures prove is flagged, and the band keeps its lower bound", () => {
    const c = estimateFlowCurve([statement({ min: 10_000, stated: "2024-02-23" }), statement({ max: 9_000, stated: "2024-03-31" })]);
    expect(c.points[1].conflict).toMatch(/below what earlier figures already prove/);
    expect(c.points[1].low).toBe(10_000);
  });

  it("increments add up; a running total then takes over", () => {
    const c = estimateFlowCurve([
      statement({ value: 100, cumulative: false, period: { start: "2024-01", end: "2024-01" }, stated: "2024-02-10" }),
      statement({ value: 300, cumulative: false, period: { start: "2024-02", end: "2024-02" }, stated: "2024-03-10" }),
      statement({ value: 600, cumulative: true, stated: "2024-04-15" }),
    ]);
    expect(c.points.map((p) => [p.date, p.median])).toEqual([["2024-01-31", 100], ["2024-02-29", 400], ["2024-04-15", 600]]);
    expect(c.points[1].low).toBeCloseTo(95 + 285); // bands add: 0.95 × 100 + 0.95 × 300
  });

  it("an increment inside a later increment's window is part of it, not added to it", () => {
    const c = estimateFlowCurve([
      statement({ value: 500, cumulative: false, period: { start: "2023", end: "2023" }, stated: "2024-01-20" }),
      statement({ value: 200, cumulative: false, period: { start: "2024-03", end: "2024-03" }, stated: "2024-04-20" }),
      statement({ value: 1_000, cumulative: false, period: { start: "2024-03", end: "2024-10" }, stated: "2025-01-20" }),
      statement({ value: 100, cumulative: false, period: { start: "2024-11", end: "2024-11" }, stated: "2025-01-25" }),
    ]);
    // 500 for 2023, then March's 200 inside March-October's 1,000: 1,500, not 1,700; November's 100 adds.
    expect(c.points.map((p) => [p.date, p.median])).toEqual([["2023-12-31", 500], ["2024-03-31", 700], ["2024-10-31", 1_500], ["2024-11-30", 1_600]]);
  });

  it("the rate per month between two totals is the difference over the months", () => {
    const c = estimateFlowCurve([statement({ value: 1_000, stated: "2024-01-01" }), statement({ value: 4_000, stated: "2024-07-01" })]);
    const r = c.rates[0];
    expect(r.months).toBeCloseTo(5.98, 1); // 182 days / 30.44
    expect(r.median).toBeCloseTo(3_000 / (182 / 30.436875), 6);
    expect(r.low).toBeCloseTo((3_800 - 1_050) / (182 / 30.436875), 6);
  });

  it("denials, other units and undated statements are left out, with the reason", () => {
    const c = estimateFlowCurve([
      statement({ value: 1_000, stated: "2024-01-01" }),
      statement({ value: 2_000, stated: "2024-02-01" }),
      statement({ certainty: "denied", stated: "2024-01-05", org: "KCNA", country: "PRK" }),
      statement({ value: 3_000_000, unit: "rounds", stated: "2024-02-26" }),
      statement({ value: 5, stated: null }),
    ]);
    expect(c.points).toHaveLength(2);
    expect(c.excluded.map((e) => e.reason)).toEqual(["denied: no figure on the curve", "in rounds, the curve is in containers", "no date: neither stated day nor period"]);
  });

  it("takes rates over a month at least, skipping points days apart", () => {
    const c = estimateFlowCurve([
      statement({ value: 1_000, stated: "2024-01-01" }),
      statement({ value: 1_500, stated: "2024-01-05" }),
      statement({ value: 4_000, stated: "2024-07-01" }),
    ]);
    expect(c.rates.map((r) => [r.from, r.to])).toEqual([["2024-01-01", "2024-07-01"]]);
  });

  it("lists 'possible' figures without drawing them, unless asked", () => {
    const list = [statement({ min: 2_000_000, unit: "rounds", stated: "2022-09-06", certainty: "possible" }), statement({ value: 300_000, unit: "rounds", stated: "2023-10-16" })];
    const c = estimateFlowCurve(list);
    expect(c.points).toHaveLength(1);
    expect(c.excluded[0].reason).toMatch(/^possible/);
    expect(estimateFlowCurve(list, { includePossible: true }).points).toHaveLength(2);
  });

  it("draws one curve per unit", () => {
    const curves = estimateFlowCurves([
      statement({ value: 6_700, stated: "2024-02-26" }),
      statement({ value: 10_000, stated: "2024-06-14" }),
      statement({ value: 3_000_000, unit: "rounds", stated: "2024-02-26" }),
    ]);
    expect(curves.map((c) => c.unit)).toEqual(["containers", "rounds"]);
  });
});

describe("estimateFlowCurve: stocks and flows", () => {
  it("never adds running totals: the total at a day is the latest running total", () => {
    // Five sources telling how many soldiers are there by now (no "so far" flag from the text): the flow
    // is the latest of them, not their sum.
    const total = { unit: "troops", item: "troops", measure: "stock", cumulative: false } as const;
    const c = estimateFlowCurve([
      statement({ ...total, value: 1_500, approx: true, stated: "2024-10-18" }),
      statement({ ...total, value: 3_000, stated: "2024-10-24" }),
      statement({ ...total, min: 10_000, stated: "2024-11-05" }),
      statement({ ...total, value: 11_000, approx: true, stated: "2024-11-19" }),
      statement({ ...total, value: 15_000, approx: true, stated: "2025-04-30" }),
    ]);
    expect(c.points.at(-1)!.median).toBe(15_000);
    expect(Math.max(...c.points.map((p) => p.high))).toBeLessThanOrEqual(15_000 * 1.25);
  });

  it("adds the increments whose window starts after the last running total, and only those", () => {
    const c = estimateFlowCurve([
      statement({ value: 4_000, stated: "2024-03-01", measure: "stock" }),
      // inside the total's window: proves its own size, adds nothing
      statement({ value: 1_000, stated: "2024-03-20", period: { start: "2024-01", end: "2024-02" }, measure: "increment" }),
      // after it: adds
      statement({ value: 500, stated: "2024-05-03", period: { start: "2024-04", end: "2024-04" }, measure: "increment" }),
    ]);
    expect(c.points.map((p) => [p.date, p.median])).toEqual([["2024-02-29", 1_000], ["2024-03-01", 4_000], ["2024-04-30", 4_500]]);
  });

  it("one window's increment told by two sources is one delivery, not two", () => {
    const window = { start: "2024-06", end: "2024-06" };
    const c = estimateFlowCurve([
      statement({ value: 700, stated: "2024-07-02", period: window, measure: "increment", org: "Agency A" }),
      statement({ value: 720, stated: "2024-07-03", period: window, measure: "increment", org: "Agency B" }),
    ]);
    expect(c.points).toHaveLength(1);
    expect(c.points[0].median).toBe(710);
  });

  it("never draws a rate or a plan as an amount moved, and says why", () => {
    const c = estimateFlowCurve([
      statement({ value: 2_000, unit: "usd", item: "money", stated: "2024-10-26", measure: "rate" }),
      statement({ value: 2_000_000, unit: "usd", item: "money", stated: "2024-11-01", measure: "stock" }),
      statement({ value: 9_000_000, unit: "usd", item: "money", stated: "2024-11-02", measure: "plan" }),
    ]);
    expect(c.points.map((p) => p.median)).toEqual([2_000_000]);
    expect(c.excluded.map((e) => e.reason)).toEqual([expect.stringMatching(/rate/), expect.stringMatching(/plan/)]);
  });

  it("a band that leaves every running total stated that day outside it carries the reason on its face", () => {
    const c = estimateFlowCurve([
      statement({ min: 8_000, stated: "2024-02-01", measure: "stock" }),
      statement({ value: 3_000, stated: "2024-03-01", measure: "stock" }),
    ]);
    const p = c.points[1];
    expect(3_000 < p.low || 3_000 > p.high).toBe(true);
    expect(p.conflict).toMatch(/8,000|earlier figures/);
  });

  it("property: no point leaves every running total of its day outside its band without saying why", () => {
    const total = fc.record({ x: fc.integer({ min: 1, max: 100_000 }), kind: fc.constantFrom("value", "min", "max"), approx: fc.boolean(), day: fc.integer({ min: 0, max: 400 }) });
    fc.assert(fc.property(fc.array(total, { minLength: 1, maxLength: 10 }), (ts) => {
      const list = ts.map((t) => statement({ ...(t.kind === "value" ? { value: t.x } : t.kind === "min" ? { min: t.x } : { max: t.x }), approx: t.approx, measure: "stock", stated: new Date(Date.UTC(2024, 0, 1) + t.day * 86_400_000).toISOString().slice(0, 10) }));
      const c = estimateFlowCurve(list);
      const byId = new Map(c.figures.map((f) => [f.statement, f]));
      return c.points.every((p) => {
        const own = p.statements.map((id) => byId.get(id)!).filter(Boolean);
        const outside = own.length > 0 && own.every((f) => f.high < p.low || f.low > p.high);
        return !outside || !!p.conflict;
      });
    }), { numRuns: 300 });
  });
});

describe("isotonic", () => {
  it("pools adjacent violators", () => {
    expect(isotonic([1, 3, 2, 4])).toEqual([1, 2.5, 2.5, 4]);
    expect(isotonic([5, 4, 3])).toEqual([4, 4, 4]);
  });
});

describe("estimateFlowCurve: properties", () => {
  const figure = fc.record({
    kind: fc.constantFrom("value", "min", "max", "range"),
    x: fc.integer({ min: 1, max: 1_000_000 }),
    approx: fc.boolean(),
    day: fc.integer({ min: 0, max: 900 }),
    cumulative: fc.boolean(),
  });
  const toStatement = (f: { kind: string; x: number; approx: boolean; day: number; cumulative: boolean }) => {
    const date = new Date(Date.UTC(2023, 0, 1) + f.day * 86_400_000).toISOString().slice(0, 10);
    const q = f.kind === "value" ? { value: f.x } : f.kind === "min" ? { min: f.x } : f.kind === "max" ? { max: f.x } : { min: f.x, max: f.x * 2 };
    return statement({ ...q, approx: f.approx, stated: date, cumulative: f.cumulative, period: f.cumulative ? null : { start: date, end: date } });
  };

  it("cumulative curves never go down, and every band holds its median", () => {
    fc.assert(fc.property(fc.array(figure, { minLength: 1, maxLength: 12 }), (fs) => {
      const c = estimateFlowCurve(fs.map(toStatement));
      for (let i = 0; i < c.points.length; i++) {
        const p = c.points[i];
        if (!(p.low <= p.median && p.median <= p.high)) return false;
        if (i > 0 && (p.low < c.points[i - 1].low || p.median < c.points[i - 1].median)) return false;
      }
      return c.rates.every((r) => r.low <= r.median + 1e-9 || r.low === 0);
    }), { numRuns: 200 });
  });
});

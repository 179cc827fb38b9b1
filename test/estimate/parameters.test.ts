import { describe, expect, it } from "vitest";
import { defaultParameters, parseParamOption, parseParamsFile, withOverrides } from "../../src/estimate/parameters.js";
import { checkDistribution } from "../../src/estimate/random.js";

describe("parameters.json", () => {
  const params = [...defaultParameters().values()];

  it.each(params.map((p) => [p.id, p] as const))("%s has a unit, a sound distribution and a source", (_, p) => {
    expect(p.unit.length).toBeGreaterThan(0);
    expect(checkDistribution(p.distribution)).toBeNull();
    expect(p.source.derivation.length + p.source.facts.length).toBeGreaterThan(0);
    for (const f of p.source.facts) expect(f.url).toMatch(/^https?:\/\//);
  });

  it("each point value lies inside its distribution's range", () => {
    for (const p of params) {
      const d = p.distribution;
      if (d.type === "triangular" || d.type === "uniform") {
        expect(p.value).toBeGreaterThanOrEqual(d.min);
        expect(p.value).toBeLessThanOrEqual(d.max);
      }
    }
  });
});

describe("overrides", () => {
  it("parses the command-line forms", () => {
    expect(parseParamOption("ammunition_share=0.8")).toEqual(["ammunition_share", 0.8]);
    expect(parseParamOption("x.y=triangular:1,2,3")).toEqual(["x.y", { type: "triangular", min: 1, mode: 2, max: 3 }]);
    expect(parseParamOption("x=lognormal:450,1.2")).toEqual(["x", { type: "lognormal", median: 450, gsd: 1.2 }]);
    expect(() => parseParamOption("x=triangular:1,2")).toThrow(/3 numbers/);
    expect(() => parseParamOption("x=abc")).toThrow(/not a number/);
    expect(() => parseParamOption("=3")).toThrow(/ID=VALUE/);
  });

  it("reads a JSON file, bare or under 'parameters'", () => {
    expect(parseParamsFile('{"ammunition_share": 0.9}')).toEqual({ ammunition_share: 0.9 });
    expect(parseParamsFile('{"$comment": "x", "parameters": {"a.b": {"type": "fixed", "value": 2}}}')).toEqual({ "a.b": { type: "fixed", value: 2 } });
  });

  it("applies overrides, marks them, and keeps what they replaced in the source", () => {
    const p = withOverrides({ "rounds_per_container.152mm": 400 }).get("rounds_per_container.152mm")!;
    expect(p.value).toBe(400);
    expect(p.overridden).toBe(true);
    expect(p.source.derivation).toMatch(/was triangular\(280, 450, 610\)/);
  });

  it("accepts a new member of a known family, refuses a typo", () => {
    expect(withOverrides({ "rounds_per_container.155mm": 420 }).get("rounds_per_container.155mm")?.value).toBe(420);
    expect(() => withOverrides({ "rounds_per_contianer.152mm": 450 })).toThrow(/unknown parameter/);
  });
});

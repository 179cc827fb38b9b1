import { describe, expect, it } from "vitest";
import { estimateProduction } from "../../src/estimate/estimate-production.js";
import { statement } from "./statements.js";

const plants = (value: number, item: "ammunition" | "artillery-ammunition" = "ammunition") =>
  statement({ kind: "production", supplier: "PRK", recipient: null, item, value, approx: true, unit: "percent", stated: "2024-02-26", speaker: "Shin Won-sik", cumulative: false });

describe("estimateProduction", () => {
  it("turns a utilisation statement into an output range with the capacity parameters", () => {
    const p = estimateProduction([plants(30)], { samples: 50_000 });
    const shells = p.lines.find((l) => l.item === "artillery-ammunition");
    expect(shells?.utilisation?.median).toBeCloseTo(0.3);
    expect(shells?.output).not.toBeNull();
    const o = shells!.output!;
    expect(o.p5).toBeLessThan(o.median);
    expect(o.median).toBeLessThan(o.p95);
    // 200 plants × ~40,000 (median of the capacity triangle) × 0.3 ≈ 2.3 million: order of the expert's 2 million a year
    expect(o.median).toBeGreaterThan(1_500_000);
    expect(o.median).toBeLessThan(3_500_000);
    expect(o.parameters.map((x) => x.id)).toEqual(["production.PRK.artillery-ammunition.lines", "production.PRK.artillery-ammunition.capacity_per_line_per_year"]);
  });

  it("with fixed parameters the output is plants × capacity × utilisation exactly", () => {
    const p = estimateProduction([plants(50, "artillery-ammunition")], {
      samples: 1_000,
      overrides: { "production.PRK.artillery-ammunition.lines": 100, "production.PRK.artillery-ammunition.capacity_per_line_per_year": 10_000, "flow.spread.approx": 0 },
    });
    expect(p.lines[0].output?.median).toBe(500_000);
  });

  it("lists statements where the figures do not allow a range", () => {
    const p = estimateProduction([
      statement({ kind: "production", supplier: "PRK", recipient: null, item: "drones", stated: "2025-04-30", org: "KCNA", country: "PRK" }),
    ]);
    expect(p.lines).toHaveLength(1);
    expect(p.lines[0].output).toBeNull();
    expect(p.lines[0].note).toMatch(/no utilisation figure/);
    expect(p.lines[0].statements[0].source).toBe("KCNA");
  });

  it("higher utilisation never gives less output at the same seed", () => {
    const low = estimateProduction([plants(30)], { samples: 5_000 }).lines.find((l) => l.output)!.output!;
    const high = estimateProduction([plants(60)], { samples: 5_000 }).lines.find((l) => l.output)!.output!;
    expect(high.median).toBeGreaterThan(low.median);
  });
});

import { describe, expect, it } from "vitest";
import { estimateBalance } from "../../src/estimate/estimate-balance.js";
import { statement } from "./statements.js";

const shin = { speaker: "Shin Won-sik", org: "ROK Ministry of National Defense", country: "KOR" };

describe("estimateBalance", () => {
  const forward = [
    statement({ ...shin, item: "weapons-unspecified", value: 6_700, approx: true, stated: "2024-02-26" }),
    statement({ ...shin, item: "artillery-ammunition", value: 3_000_000, approx: true, unit: "rounds", stated: "2024-02-26", certainty: "believed" }),
  ];
  const reverse = [
    statement({ ...shin, supplier: "RUS", recipient: "PRK", item: "goods-unspecified", value: 30, approx: true, unit: "percent", stated: "2024-02-26", certainty: "believed" }),
    statement({ supplier: "RUS", recipient: "PRK", item: "food", value: 1_080, unit: "tonnes", stated: "2023-07-15", org: "Rosselkhoznadzor", country: "RUS" }),
  ];

  it("sets both directions side by side, containers first", () => {
    const b = estimateBalance(forward, reverse);
    expect(b.forward.lines.map((l) => `${l.item}/${l.unit}`)).toEqual(["weapons-unspecified/containers", "artillery-ammunition/rounds"]);
    expect(b.reverse.lines.map((l) => `${l.item}/${l.unit}`)).toEqual(["food/tonnes"]);
    expect(b.forward.lines[0].latest.median).toBe(6_700);
  });

  it("reads 'about 30 % larger' as a ratio of 1.3 (1.225-1.375) and applies it to the forward containers", () => {
    const b = estimateBalance(forward, reverse);
    expect(b.ratios).toHaveLength(1);
    const r = b.ratios[0];
    expect(r.ratio.median).toBeCloseTo(1.3);
    expect(r.ratio.low).toBeCloseTo(1.225); // 30 % ± 25 % of 30
    expect(r.ratio.high).toBeCloseTo(1.375);
    expect(r.implied?.median).toBeCloseTo(8_710); // 6,700 × 1.3
    expect(r.implied?.low).toBeCloseTo(5_025 * 1.225);
  });

  it("computes the container ratio where both directions count containers", () => {
    const b = estimateBalance(
      [statement({ value: 1_000, stated: "2024-01-01" })],
      [statement({ supplier: "RUS", recipient: "PRK", value: 1_500, stated: "2024-01-01", item: "goods-unspecified" })],
    );
    expect(b.containerRatio?.median).toBeCloseTo(1.5);
    expect(b.containerRatio?.low).toBeCloseTo(1_425 / 1_050);
    expect(estimateBalance(forward, reverse).containerRatio).toBeNull();
  });
});

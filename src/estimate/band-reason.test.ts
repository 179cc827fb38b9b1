import { describe, expect, it } from "vitest";
import type { Statement } from "../core/ledger.js";
import { bandOutside } from "./band-reason.js";
import { estimateFlowCurve } from "./estimate-flow-curve.js";

let n = 0;
function st(value: number, stated: string, measure: Statement["measure"], extra: Partial<Statement> = {}): Statement {
  n += 1;
  return {
    id: `s${n}`, kind: "transfer", supplier: "IRN", recipient: "RUS", item: "drones",
    quantity: { value, min: null, max: null, unit: "drones", approx: false }, period: null,
    cumulative: measure === "stock", measure, stated, certainty: "asserted",
    source: { speaker: null, org: `Body ${n}`, country: null }, independent_sources: 1, reports: [], ...extra,
  };
}

describe("why a flow's band leaves stated figures outside it", () => {
  it("says nothing when every figure touches the band", () => {
    const list = [st(100, "2023-01-10", "stock"), st(250, "2023-05-10", "stock"), st(400, "2023-09-10", "stock")];
    expect(bandOutside(estimateFlowCurve(list), list)).toBeNull();
  });

  it("names amounts over a window, rates and plans below or above the running totals", () => {
    const list = [
      st(1000, "2023-01-10", "stock"),
      st(60, "2023-02-10", "increment", { period: { start: "2023-02-01", end: "2023-02-10" } }),
      st(3000, "2023-03-01", "stock"),
      st(90, "2023-04-10", "rate"),
      st(9000, "2023-05-10", "plan"),
      st(3500, "2023-06-10", "stock"),
    ];
    const out = bandOutside(estimateFlowCurve(list), list)!;
    const kind = Object.fromEntries(out.statements.map((o) => [o.statement, `${o.side}:${o.kind}`]));
    expect(kind).toMatchObject({ s5: "below:window", s7: "below:rate", s8: "above:plan" });
    expect(out.above).toBe(1);
    expect(out.note).toMatch(/^The band leaves \d stated figures outside it \(1 above, \d below\): /);
    expect(out.note).toContain("amount over a window");
    expect(out.note).toContain("rate or share, never added to a flow");
    expect(out.note).toContain("plan, target or ceiling");
  });

  it("says a denied figure is not in the band, and reads figures only of the curve's unit and span", () => {
    const list = [
      st(100, "2023-01-10", "stock"),
      st(5000, "2023-03-10", "stock", { certainty: "denied" }),
      st(300, "2023-06-10", "stock"),
      st(99_999, "2021-01-01", "stock", { quantity: { value: 99_999, min: null, max: null, unit: "containers", approx: false } }),
      st(1, "2019-01-01", "stock", { certainty: "denied" }),
    ];
    const out = bandOutside(estimateFlowCurve(list, { unit: "drones" }), list)!;
    expect(out.statements.map((o) => [o.statement, o.side, o.kind])).toEqual([[list[1].id, "above", "negative"]]);
    expect(out.note).toBe("The band leaves 1 stated figure above it: 1 is denied or doubted: no figure in the band.");
  });
});

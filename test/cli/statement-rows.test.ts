import { describe, expect, it } from "vitest";
import { statementRows } from "../../src/cli/format.js";
import type { Statement } from "../../src/store/store.js";

const statement = (quantity: Statement["quantity"], cumulative: boolean) =>
  ({ stated: "2025-03-03", supplier: "PRK", recipient: "RUS", item: "troops", quantity, cumulative, certainty: "asserted", source: { speaker: null, org: "Joint Staff", country: "KOR" }, reports: [], independent_sources: 1, id: "s1" }) as unknown as Statement;

describe("statementRows", () => {
  it("marks a running total only where there is a figure to mark", () => {
    expect(statementRows([statement({ value: 12000, min: null, max: null, unit: "troops", approx: true } as Statement["quantity"], true)])[0][2]).toBe("~12,000 troops (total)");
    expect(statementRows([statement(null, true)])[0][2]).toBe("");
    expect(statementRows([statement({ value: 3000, min: null, max: null, unit: "troops", approx: false } as Statement["quantity"], false)])[0][2]).toBe("3,000 troops");
  });
});

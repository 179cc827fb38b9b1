// Tables fit 100 columns: optional columns go only when wrapping cannot make room, wrapped columns
// keep their longest word whole, and `--wide` keeps everything as it is.
import { describe, expect, it } from "vitest";
import { fitColumns } from "../../src/cli/format.js";

const head = ["stated", "flow", "figure", "certainty", "source", "reports", "id"];
const row = (source: string) => ["2024-02-26", "PRK→RUS artillery-ammunition", "~6,700 containers (total)", "asserted", source, "3", "shin-2024-02-26-artillery-ammunition-6700-containers-0a1b2c"];
const fit = { drop: ["id", "reports"], wrap: ["source", "figure", "flow"], width: 100 };
const width = (widths: number[]) => widths.reduce((a, b) => a + b + 1, 1);

describe("fitColumns", () => {
  it("leaves a table that fits as it is", () => {
    expect(fitColumns(["a", "b"], [["1", "2"]], fit)).toEqual({ keep: [0, 1] });
  });

  it("drops the id first, then wraps the wordy columns to fit 100 columns", () => {
    const rows = [row("Shin Won-sik, South Korean Ministry of National Defense (KOR)"), row("a wire service")];
    const { keep, widths } = fitColumns(head, rows, fit);
    expect(keep.map((i) => head[i])).toEqual(["stated", "flow", "figure", "certainty", "source", "reports"]);
    expect(widths).toBeDefined();
    expect(width(widths!)).toBeLessThanOrEqual(100);
    // The flow column still holds "artillery-ammunition" whole (20 letters and the padding).
    expect(widths![1]).toBeGreaterThanOrEqual(22);
  });

  it("keeps every column with wide", () => {
    expect(fitColumns(head, [row("x")], { ...fit, wide: true }).keep).toHaveLength(head.length);
  });

  it("fits a narrower width when asked", () => {
    const { widths } = fitColumns(head, [row("Shin Won-sik, South Korean Ministry of National Defense (KOR)")], { ...fit, width: 80 });
    expect(width(widths!)).toBeLessThanOrEqual(80);
  });
});

// The dashboard's pure helpers, in Node: which links may exist, and how figures read.
import { describe, expect, it } from "vitest";
import { safeHref } from "../../web/src/dom.js";
import { boxAt, placeLabels } from "../../web/src/charts/map-labels.js";
import { widths } from "../../web/src/charts/map-weights.js";
import { pointsOfUnit } from "../../web/src/charts/sparkline.js";
import { thinTicks } from "../../web/src/charts/timeline.js";
import type { Flow } from "../../web/src/api.js";
import { amount, central, claimDay, colourer, figure, flowPath, OTHER, PALETTE, stateName } from "../../web/src/format.js";
import { toCsv } from "../../web/src/export.js";

describe("safeHref", () => {
  it("keeps our own paths and web addresses", () => {
    expect(safeHref("/flows/PRK/RUS/drones")).toBe("/flows/PRK/RUS/drones");
    expect(safeHref("https://example.org/a?b=1")).toBe("https://example.org/a?b=1");
  });

  it("drops script, data and protocol-relative links", () => {
    for (const bad of ["javascript:alert(1)", " JavaScript:alert(1)", "data:text/html,<script>x</script>", "//evil.example/x", "vbscript:x"]) {
      expect(safeHref(bad), bad).toBeNull();
    }
  });
});

describe("figure", () => {
  const q = (o: object) => ({ value: null, min: null, max: null, unit: "containers", approx: false, ...o });
  it("reads point figures, bounds and open bounds as words", () => {
    expect(figure(q({ value: 6700, approx: true }))).toBe("about 6,700 containers");
    expect(figure(q({ min: 200, max: 999, unit: "rounds" }))).toBe("200–999 rounds");
    expect(figure(q({ min: 1_000_000, unit: "barrels" }))).toBe("at least 1 million barrels");
    expect(figure(q({ max: 50, unit: "usd" }))).toBe("up to US$50");
    expect(figure(null)).toBe("no figure");
  });

  it("places a bounded figure at the middle of its bounds", () => {
    expect(central(q({ min: 100, max: 300 }))).toBe(200);
    expect(central(q({ min: 100 }))).toBe(100);
  });
});

describe("stateName", () => {
  it("uses the names news reports use, and ISO names otherwise", () => {
    expect(stateName("PRK")).toBe("North Korea");
    expect(stateName("FRA")).toBe("France");
    expect(stateName("XXX")).toBe("XXX");
  });
});

describe("figures without false precision", () => {
  const q = (o: object) => ({ value: null, min: null, max: null, unit: "systems", approx: false, ...o });
  it("reads millions and billions in words with three significant figures", () => {
    expect(amount(2_282_552.8, "barrels")).toBe("2.28 million barrels");
    expect(amount(12_000_000, "rounds")).toBe("12 million rounds");
    expect(amount(5.5e9, "usd")).toBe("US$5.5 billion");
    expect(amount(1_500_000, "eur")).toBe("€1.5 million");
    expect(figure(q({ min: 1_200_000, max: 1_500_000, unit: "rounds" }))).toBe("1.2–1.5 million rounds");
  });
  it("counts whole things as whole, in the singular for one", () => {
    expect(amount(1.1, "systems")).toBe("1 system");
    expect(figure(q({ min: 1 }))).toBe("at least 1 system");
    expect(figure(q({ value: 2 }))).toBe("2 systems");
    expect(amount(6700.4, "containers")).toBe("6,700 containers");
  });
  it("reads the top of \"hundreds of thousands\" as a bound under the next power of ten, not as 999,999", () => {
    expect(figure(q({ min: 200_000, max: 999_999, unit: "rounds" }))).toBe("200,000 to under 1 million rounds");
    expect(figure(q({ min: 2000, max: 9999, unit: "containers" }))).toBe("2,000 to under 10,000 containers");
    expect(figure(q({ min: 24, max: 99, unit: "missiles" }))).toBe("24–99 missiles"); // "dozens": small enough to stand
    expect(figure(q({ min: 1_000_000, max: 9_999_999, unit: "usd" }))).toBe("US$1 million to under US$10 million");
  });
  it("keeps small fractions of measures to three significant figures", () => {
    expect(amount(2.345, "tonnes")).toBe("2.35 tonnes");
    expect(amount(12.5, "percent")).toBe("12.5%");
    expect(amount(250_000.6, "barrels")).toBe("250,001 barrels");
  });
});

describe("links and colours", () => {
  it("gives no flow link to a statement without a recipient", () => {
    expect(flowPath({ supplier: "PRK", recipient: null, item: "artillery-ammunition" })).toBeNull();
    expect(flowPath({ supplier: "PRK", recipient: "RUS", item: "drones" })).toBe("/flows/PRK/RUS/drones");
    expect(stateName("RUS-WAGNER")).toBe("Russia (Wagner)");
  });
  it("gives 24 sources 24 colours and the rest a shared grey it counts", () => {
    const colour = colourer();
    const given = Array.from({ length: 26 }, (_, i) => colour(`source ${i}`));
    expect(new Set(given.slice(0, 24)).size).toBe(24);
    expect(given.slice(24)).toEqual([OTHER, OTHER]);
    expect(colour.overflow()).toBe(2);
    expect(colour("source 3")).toBe(PALETTE[3]);
    expect(new Set(PALETTE).size).toBe(PALETTE.length);
  });
});

describe("charts", () => {
  it("drops tick labels that would touch or repeat", () => {
    const kept = thinTicks([0, 5, 10, 30, 31, 60], (v) => v, (v) => (v === 31 ? "30" : String(v)), 16);
    expect(kept).toEqual([0, 30, 60]);
  });
  it("puts one unit on a sparkline", () => {
    const pts: [string, number, string][] = [["2024-01-01", 3, "containers"], ["2024-02-01", 5_500_000_000, "usd"], ["2024-03-01", 9, "containers"]];
    expect(pointsOfUnit(pts, "containers")).toEqual([["2024-01-01", 3], ["2024-03-01", 9]]);
    expect(pointsOfUnit(pts, null)).toHaveLength(2); // the commonest unit
    expect(pointsOfUnit([["2024-01-01", 3]], "rounds")).toHaveLength(1); // an older server: no units to tell apart
  });
  it("scales map arrows against comparable units: 400 drones thinner than 12 million rounds", () => {
    const flow = (item: string, value: number, unit: string) => ({ supplier: "PRK", recipient: "RUS", item, statements: 1, reports: 1, independent_sources: 1, first_stated: null, last_stated: null,
      latest: { statement: item, stated: null, source: { speaker: null, org: null, country: null }, quantity: { value, min: null, max: null, unit, approx: false } } }) as Flow;
    const [drones, rounds, money] = [flow("drones", 400, "drones"), flow("artillery-ammunition", 12_000_000, "rounds"), flow("money", 5e9, "usd")];
    const w = widths([drones, rounds, money]);
    expect(w.get(drones)!).toBeLessThan(w.get(rounds)! * 0.6);
    expect(w.get(money)).toBe(w.get(rounds)); // money is its own scale
  });
});

describe("map labels", () => {
  it("moves a label that would cover one placed before it to its next place, and keeps labels inside the frame", () => {
    const placed = placeLabels([
      { w: 60, h: 14, at: [[100, 50]] },
      { w: 50, h: 14, at: [[105, 52], [105, 70], [105, 90]] }, // the first place covers the first label
      { w: 50, h: 14, at: [[5, 30], [40, 30]] }, // the first place leaves the frame
    ], 300, 150);
    expect(placed).toEqual([[100, 50], [105, 70], [40, 30]]);
    const [a, b] = [boxAt(...placed[0], 60, 14), boxAt(...placed[1], 50, 14)];
    expect(a.y + a.h <= b.y || b.y + b.h <= a.y).toBe(true);
  });
});

describe("CSV export", () => {
  it("quotes what needs quoting and defuses formulas", () => {
    expect(toCsv([{ a: "x, y", b: 'say "hi"', c: "=SUM(A1)", d: null, e: 3 }])).toBe('a,b,c,d,e\r\n"x, y","say ""hi""",\'=SUM(A1),,3\r\n');
  });
});

describe("the day a claim is dated at", () => {
  it("says a told day as it is, a told week as its week, and else the report's day", () => {
    expect(claimDay("2024-03-11", "2024-03-13")).toBe("2024-03-11");
    expect(claimDay("2024-03-04/2024-03-10", "2024-03-13")).toBe("week of 2024-03-04");
    expect(claimDay(null, "2024-03-13")).toBe("2024-03-13");
    expect(claimDay(null, null)).toBe("the report's day");
  });
});

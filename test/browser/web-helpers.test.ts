// The dashboard's pure helpers, in Node: which links may exist, and how figures read.
import { describe, expect, it } from "vitest";
import { safeHref } from "../../web/src/dom.js";
import { central, figure, stateName } from "../../web/src/format.js";

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
    expect(figure(q({ min: 1_000_000, unit: "barrels" }))).toBe("at least 1,000,000 barrels");
    expect(figure(q({ max: 50, unit: "usd" }))).toBe("up to 50 USD");
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

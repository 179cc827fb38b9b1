// The dashboard writes numbers by hand (web/src/format.ts) so the overview never pays for the browser's
// locale data; what it writes must be what Intl.NumberFormat("en-US") would have written. Node has the
// full ICU data, so the reference is computed here, over values of every scale, sign and rounding edge.
import { describe, expect, it } from "vitest";
import { fixed, num } from "../../web/src/format.js";

const grouped = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });
const compact = new Intl.NumberFormat("en-US", { notation: "compact", maximumFractionDigits: 1 });
const upTo = [0, 1, 2].map((d) => new Intl.NumberFormat("en-US", { maximumFractionDigits: d }));

/** Values of every scale: edges where rounding carries (999.95, 999,950), halves, negatives, and a spread. */
function values(): number[] {
  const out = [0, 1, 0.5, 0.05, 0.04, 0.949, 0.95, 9.95, 99.95, 999.4, 999.95, 1000, 1049, 1050, 999_949, 999_950, 999_999, 1e6, 1.25e6, 12_345_678, 5.5e9, 1e12, 2.5e15, 2_282_552.8, 1.1, 12.34, 123.456, 0.001234, 2.5, 3.5, 1234.5];
  let seed = 7;
  const next = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
  for (let i = 0; i < 2_000; i++) {
    const v = next() * 10 * 10 ** (Math.floor(next() * 16) - 4);
    out.push(v, Math.round(v), Math.round(v * 10) / 10);
  }
  return [...out, ...out.map((v) => -v)];
}

describe("numbers written without Intl", () => {
  it("groups and rounds as Intl does: fixed(x, digits)", () => {
    for (const x of values()) for (const d of [0, 1, 2]) expect(fixed(x, d), `${x} to ${d}`).toBe(upTo[d].format(x));
  });

  it("writes the compact form of axes as Intl's compact notation does", () => {
    for (const x of values()) expect(num(x, true), String(x)).toBe(compact.format(x));
  });

  it("writes whole things grouped, and large figures in words with three significant figures", () => {
    for (const x of values().filter((v) => Math.abs(v) >= 100 && Math.abs(v) < 1e6)) expect(num(x, false, "containers"), String(x)).toBe(grouped.format(Math.round(x)));
    expect(num(2_282_552.8)).toBe("2.28 million");
    expect(num(5.5e9)).toBe("5.5 billion");
    expect(num(1234.5)).toBe("1,235");
    expect(num(12.345)).toBe("12.3");
    expect(num(0.001234)).toBe("0");
  });
});

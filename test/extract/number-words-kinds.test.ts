// A decimal said in words before a scale ("two point three billion", "one-point-nine-six million") is the
// sum or count it names, not the last digit word times the scale.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string) =>
  processDocument({ path: "spoken.txt", bytes: Buffer.from(`Report\n\nBy staff\n\n${text}\n`), meta: { id: "spoken", outlet: "Probe Wire", published: "2024-03-07" } as never }).claims;

describe("a decimal point said in words", () => {
  it.each([
    ["Spain agreed to sell Morocco patrol boats worth four point two billion euros.", 4_200_000_000],
    ["Norway will give Ukraine air defence systems worth seven-point-five billion kroner, the ministry said.", 7_500_000_000],
    ["Turkey has sold Qatar armoured vehicles for about one point two five million dollars each year.", 1_250_000],
  ])("%s", (text, value) => {
    const claims = claimsOf(text);
    expect(claims.length).toBeGreaterThan(0);
    expect(claims.map((c) => c.quantity?.value ?? null)).toContain(value);
  });
});

// "Pounds" after a number with no sign of money before it, and a sum under a million, is a weight ("bombs of
// 2,000 pounds"): the claim counts the bombs, not a sum of sterling.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string) =>
  processDocument({ path: "weights.txt", bytes: Buffer.from(`Report\n\nBy staff\n\n${text}\n`), meta: { id: "weights", outlet: "Probe Wire", published: "2024-06-12" } as never }).claims;

describe("a weight in pounds is no sum of money", () => {
  it.each([
    ["Washington held back a delivery to Israel of 900 bombs of 1,000 pounds in March.", 900],
    ["The United States shipped Israel 2,400 heavy bombs, each of 2,000 pounds, last winter.", 2400],
    ["Germany sent Ukraine 300 glide bombs of 500 pounds each, the ministry said.", 300],
  ])("%s", (text, count) => {
    const claims = claimsOf(text);
    expect(claims.length).toBeGreaterThan(0);
    expect(claims.some((c) => c.quantity?.unit === "gbp")).toBe(false);
    expect(claims.some((c) => c.quantity?.value === count)).toBe(true);
  });
  it("keeps a sum of millions in pounds as money", () => {
    const claims = claimsOf("Britain will give Ukraine 300 million pounds in military aid this year, the ministry said.");
    expect(claims.some((c) => c.quantity?.unit === "gbp" && c.quantity.value === 300_000_000)).toBe(true);
  });
});

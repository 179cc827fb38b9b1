// A year that closes a span of times, written for the test: "in 2022 and 2023", "between now and 2026" tell when,
// so the second year is never a count of the goods (no second claim of 2,023 vehicles). A count joined by "and"
// after a year ("in 2023 and 12 more in 2024"), and a range of counts ("between 300 and 400 drones"), still count.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string): Claim[] =>
  processDocument({ path: "year-pair.txt", bytes: Buffer.from(`Arms trade notes\n\n${text}\n`), meta: { id: "year-pair", outlet: "Probe Wire", published: "2025-03-04" } as never }).claims.filter((c) => c.kind === "transfer");
const counts = (cs: Claim[]) => cs.map((c) => c.quantity?.value ?? c.quantity?.min ?? null);

describe("a year that closes a span of times is no count", () => {
  it.each([
    ["Finland sent Ukraine 40 armoured vehicles in 2023 and 2024.", 40],
    ["Spain will send Ukraine 20 tanks between now and 2026.", 20],
    ["Poland sent Kyiv 14 howitzers in 2022 and 2023, officials said.", 14],
  ])("%s", (text, count) => expect(counts(claimsOf(text))).toEqual([count]));
});

describe("a count after a year, and a range of counts, still count", () => {
  it.each([
    ["Italy gave Ukraine 8 howitzers in 2023 and 12 more in 2024.", 12],
    ["Greece will send Kyiv between 300 and 400 drones by 2026.", 300],
    ["Norway will give Ukraine 12 jets between 2025 and 2027.", 12],
  ])("%s", (text, count) => expect(counts(claimsOf(text))).toContain(count));
});

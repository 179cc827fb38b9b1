// A further lot told with no verb of its own, only its count and its time, after a transfer with one ("shipped 400
// drones last year and about 150 more in March"): each count with its own time is a claim of its own, the verb before
// standing for the second. Phrasings of our own.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string): Claim[] =>
  processDocument({ path: "gapped.txt", bytes: Buffer.from(`${text}\n`), meta: { id: "gapped", outlet: "Probe Wire", published: "2025-06-03" } as never }).claims;
const lots = (text: string) =>
  claimsOf(text)
    .filter((c) => c.kind === "transfer")
    .map((c) => [c.supplier, c.recipient, c.quantity?.value ?? c.quantity?.min ?? c.quantity?.max ?? null, c.period?.start ?? null]);

describe("a further lot with only its count and time takes the verb before it", () => {
  it.each([
    ["Officials said Minsk flew about 900 technicians to Syria in 2023 and roughly 250 more early this year.", ["BLR", "SYR", 900, "2023"], ["BLR", "SYR", 250, "2025-01"]],
    ["Cuba sent 500 instructors to Venezuela in 2021 and about 120 more this spring.", ["CUB", "VEN", 500, "2021"], ["CUB", "VEN", 120, "2025-03"]],
    ["Egypt handed 40 patrol boats to Libya in 2023 and nearly 15 more early this year, the report said.", ["EGY", "LBY", 40, "2023"], ["EGY", "LBY", 15, "2025-01"]],
  ] as const)("%s", (text, first, second) => {
    const got = lots(text);
    expect(got).toContainEqual(first);
    expect(got).toContainEqual(second);
    expect(got.length).toBeGreaterThanOrEqual(2);
  });
});

describe("a count more than another, or a lot with a verb of its own, is no gapped lot", () => {
  it.each([
    ["Turkey sold 30 armoured trucks to Kenya last year and 12 more than planned.", 1],
  ] as const)("%s", (text, n) => {
    expect(lots(text).length).toBe(n);
  });
});

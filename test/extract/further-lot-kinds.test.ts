// A further lot ("a further 1,500", "another 400", "250 additional troops") is an increment, even where the
// sentence goes on to a running total ("bringing the total so far to 3,000"), which stays the total. Phrasings of our own.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string): Claim[] =>
  processDocument({ path: "lot.txt", bytes: Buffer.from(`${text}\n`), meta: { id: "lot", outlet: "Probe Wire", published: "2024-05-02" } as never }).claims;

const figure = (c: Claim) => c.quantity?.value ?? c.quantity?.min ?? null;

describe("a further lot is an increment beside the running total", () => {
  it.each([
    ["A further 1,500 Belarusian troops have been sent to Russia, bringing the total so far to about 3,000, officials said.", 1500, 3000],
    ["Another 400 Iranian troops have gone to Syria so far this month, taking the total to 1,000.", 400, 1000],
    ["Chad sent 250 additional troops to Mali, bringing the total deployed there to date to 1,100.", 250, 1100],
    ["Iran has already delivered an extra 40 drones to Russia, taking the total to 240.", 40, 240],
  ])("%s", (text, lot, total) => {
    const claims = claimsOf(text).filter((c) => c.kind === "transfer");
    expect(claims.filter((c) => figure(c) === lot).map((c) => c.cumulative)).toEqual([false]);
    expect(claims.filter((c) => figure(c) === total).map((c) => c.cumulative)).toEqual([true]);
  });
});

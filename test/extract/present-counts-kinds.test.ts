// A bare count that is somewhere, written for the test: after a report of people sent, "More than 4,000 are now in
// Chad" counts them, in the flow told before; the giver is the state the report follows, not named again. Phrasings
// of our own.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string): Claim[] =>
  processDocument({ path: "present.txt", bytes: Buffer.from(`${text}\n`), meta: { id: "present", outlet: "Probe Wire", published: "2024-05-02" } as never }).claims;
const counted = (text: string) =>
  claimsOf(text)
    .filter((c) => c.kind === "transfer" && c.quantity)
    .map((c) => [c.supplier, c.recipient, c.item, c.quantity?.value ?? c.quantity?.min ?? null]);

describe("a bare count that is somewhere counts the people sent before", () => {
  it.each([
    ["Egypt has sent soldiers to Sudan, officials say. More than 4,000 are now in Sudan, the ministry said.", ["EGY", "SDN", "troops", 4000]],
    ["Chile has deployed troops to Peru. About 1,500 were already in Peru by March.", ["CHL", "PER", "troops", 1500]],
    ["Ukraine has received soldiers from Poland. Roughly 600 remain in Ukraine, a spokesman said.", ["POL", "UKR", "troops", 600]],
    ["Cuba sent doctors and troops to Angola. Some 2,000 are in Angola today.", ["CUB", "AGO", "troops", 2000]],
  ] as const)("%s", (text, flow) => {
    expect(counted(text)).toContainEqual([...flow]);
  });

  it("a bare count of goods told before is no count of people there", () => {
    const got = counted("Chile has sent rifles to Peru. About 1,500 are now in Peru.");
    expect(got.some(([, , , value]) => value === 1500)).toBe(false);
  });
});

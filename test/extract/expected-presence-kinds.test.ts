// Troops told to be somewhere through an estimate or a drill, written for the test: after a report of people sent,
// "Some 3,000 are expected to be in Sudan by May" or "About 800 are training in Chad" counts them in the flow told
// before; the place after the words receives. Phrasings of our own.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string): Claim[] =>
  processDocument({ path: "expected.txt", bytes: Buffer.from(`${text}\n`), meta: { id: "expected", outlet: "Probe Wire", published: "2024-05-02" } as never }).claims;
const counted = (text: string) =>
  claimsOf(text)
    .filter((c) => c.kind === "transfer" && c.quantity)
    .map((c) => [c.supplier, c.recipient, c.item, c.quantity?.value ?? c.quantity?.min ?? null]);

describe("troops expected or training somewhere are where they went", () => {
  it.each([
    ["Egypt has sent soldiers to Sudan, officials say. Some 3,000 are expected to be in Sudan by May, the ministry said.", ["EGY", "SDN", "troops", 3000]],
    ["Chile has deployed troops to Peru. About 900 Chilean soldiers are believed to be in Peru already.", ["CHL", "PER", "troops", 900]],
    ["Cuba sent troops to Angola last year. Roughly 700 were training in Angola's south in June, a spokesman said.", ["CUB", "AGO", "troops", 700]],
    ["Kenya has sent police and soldiers to Haiti. About 400 Kenyan soldiers are now training in Haiti, officers say.", ["KEN", "HTI", "troops", 400]],
  ] as const)("%s", (text, flow) => {
    expect(counted(text)).toContainEqual([...flow]);
  });

  it("goods told before are not what trains there", () => {
    const got = counted("Chile has sent rifles to Peru. About 1,500 are training in Peru.");
    expect(got.some(([, , , value]) => value === 1500)).toBe(false);
  });
});

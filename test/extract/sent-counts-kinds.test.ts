// A bare count that is the subject of a verb of giving, with helping words between ("Another 900 have been
// dispatched", "about 2,000 had gone"): after a report of people sent, it counts them, in the flow told before,
// though the sentence names neither state. Phrasings of our own.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string): Claim[] =>
  processDocument({ path: "sent.txt", bytes: Buffer.from(`${text}\n`), meta: { id: "sent", outlet: "Probe Wire", published: "2024-05-02" } as never }).claims;
const counted = (text: string) =>
  claimsOf(text)
    .filter((c) => c.kind === "transfer" && c.quantity)
    .map((c) => [c.supplier, c.recipient, c.item, c.quantity?.value ?? c.quantity?.min ?? null]);

describe("a bare count sent, with helping words before the verb, counts the people sent before", () => {
  it.each([
    ["Egypt has sent soldiers to Sudan, officials say. Another 900 have been dispatched since May, the ministry added.", ["EGY", "SDN", "troops", 900]],
    ["Chile deployed troops to Peru in January. By the spring, some 2,000 had gone, according to the defence staff.", ["CHL", "PER", "troops", 2000]],
    ["Cuba is sending doctors and soldiers to Angola. A spokesman said about 1,300 were already deployed.", ["CUB", "AGO", "troops", 1300]],
  ] as const)("%s", (text, flow) => {
    expect(counted(text)).toContainEqual([...flow]);
  });

  it("a bare count of goods told before stays as it was read", () => {
    const got = counted("Chile has sent rifles to Peru. About 1,500 have been stolen.");
    expect(got.some(([, , , value]) => value === 1500)).toBe(false);
  });
});

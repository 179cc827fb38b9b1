// Infantry counted by the hundred or thousand are soldiers, written for the test: "Cuba sent 2,000 infantry to Angola"
// moves troops, while "infantry fighting vehicles" stay vehicles. Phrasings of our own.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string): Claim[] =>
  processDocument({ path: "infantry.txt", bytes: Buffer.from(`${text}\n`), meta: { id: "infantry", outlet: "Probe Wire", published: "2024-05-02" } as never }).claims;
const flows = (text: string) =>
  claimsOf(text)
    .filter((c) => c.kind === "transfer")
    .map((c) => [c.supplier, c.recipient, c.item, c.quantity?.value ?? c.quantity?.min ?? null]);

describe("infantry counted by the hundred or thousand are troops", () => {
  it.each([
    ["Cuba sent 2,000 infantry to Angola in 1976, the paper said.", ["CUB", "AGO", "troops", 2000]],
    ["Egypt has deployed some 1,200 Egyptian infantry to Sudan, officials say.", ["EGY", "SDN", "troops", 1200]],
    ["Chile will dispatch hundreds of infantry to Peru next month.", ["CHL", "PER", "troops", 200]],
  ] as const)("%s", (text, flow) => {
    expect(flows(text)).toContainEqual([...flow]);
  });

  it("infantry fighting vehicles stay vehicles", () => {
    const got = flows("Chile sold 30 infantry fighting vehicles to Peru.");
    expect(got.some(([, , item]) => item === "troops")).toBe(false);
  });
});

// People who name no origin and reach the receiver of the flow of people the report told ("Egypt has sent troops to
// Somalia. A further 1,500 soldiers reached Somalia") are more of that flow; people who reach another state, or a
// report of goods rather than of people, tell nothing of it. Phrasings of our own.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string): Claim[] =>
  processDocument({ path: "reach.txt", bytes: Buffer.from(`${text}\n`), meta: { id: "reach", outlet: "Probe Wire", published: "2025-04-20" } as never }).claims;
const flows = (text: string) =>
  claimsOf(text)
    .filter((c) => c.kind === "transfer")
    .map((c) => [c.supplier, c.recipient, c.item, c.quantity?.value ?? c.quantity?.min ?? null]);

describe("people with no origin who reach the receiver of the flow of people in focus are more of it", () => {
  it.each([
    ["Egypt has sent troops to Somalia under the new mission. A further 1,500 soldiers reached Somalia by sea on Sunday.", ["EGY", "SOM", "troops", 1500]],
    ["Chad has sent troops to Libya to back the eastern forces. About 800 military engineers from a second contingent have already reached Libya, the agency said.", ["TCD", "LBY", "troops", 800]],
    ["Rwanda has sent troops to Mozambique. Some 900 more soldiers reached Mozambique in April, the army said.", ["RWA", "MOZ", "troops", 900]],
  ] as const)("%s", (text, flow) => {
    expect(flows(text)).toContainEqual(flow);
  });
});

describe("people who reach another state, or with no flow of people told, are not read so", () => {
  it.each([
    ["Chad has sent troops to Libya. About 800 soldiers reached Niger on Monday."],
    ["Chad has sold rifles to Libya. About 800 soldiers reached Libya on Monday."],
    ["Russia has sent troops to Belarus for drills. Some 500 soldiers reached Ukraine on Monday and seized a village."],
  ] as const)("%s", (text) => {
    expect(flows(text).filter((f) => f[3] === 800 || f[3] === 500)).toEqual([]);
  });
});

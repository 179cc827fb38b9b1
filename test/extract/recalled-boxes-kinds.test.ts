// A count of containers told again with no verb of its own, written for the test: after a page told a flow of boxes,
// "Seoul's spy agency now talks about 2,900 containers" counts the same flow again (the state before the count only
// counts them), carrying what the boxes are said to hold, else arms in general; with no flow of boxes told before, or
// another state after the count, it tells nothing. Phrasings of our own.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string): Claim[] =>
  processDocument({ path: "recalled-boxes.txt", bytes: Buffer.from(`${text}\n`), meta: { id: "recalled-boxes", outlet: "Probe Wire", published: "2025-06-02" } as never }).claims;
const counted = (text: string) =>
  claimsOf(text)
    .filter((c) => c.kind === "transfer" && c.quantity?.unit === "containers")
    .map((c) => [c.supplier, c.recipient, c.item, c.quantity?.value ?? c.quantity?.min ?? null]);

const boxesSent = "North Korea has shipped about 4,100 containers of weapons to Russia since the spring, the ministry said. The ministry gave no details of the route.";

describe("a count of containers told again counts the flow of boxes told before", () => {
  it.each([
    [`${boxesSent} Seoul's navy now speaks of 3,100 containers of munitions.`, ["PRK", "RUS", "ammunition", 3100]],
    [`${boxesSent} Washington's tally in the autumn: over 1,800 containers of munitions.`, ["PRK", "RUS", "ammunition", 1800]],
    [`${boxesSent} Seoul's spy agency now talks about 2,900 containers.`, ["PRK", "RUS", "weapons-unspecified", 2900]],
  ] as const)("%s", (text, flow) => {
    expect(counted(text)).toContainEqual(flow);
  });
});

describe("a count of containers with no flow of boxes before, or bound for another state, tells no such flow", () => {
  it.each([
    ["Seoul's navy put the figure last winter at 1,900 containers, the paper said.", 1900],
    [`${boxesSent} Seoul's tally in the autumn: 450 containers for Syria.`, 450],
  ] as const)("%s", (text, figure) => {
    expect(counted(text).filter((c) => c[3] === figure)).toEqual([]);
  });
});

// Indian models named with no seller, written for the test: a state that buys, orders or weighs a purchase of a
// cruise missile, an air-defence battery or a rocket launcher of India's own make (model-makers.json) gets it from
// India, as it gets a Rafale from France. Phrasings of our own.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string): Claim[] =>
  processDocument({ path: "indian-models.txt", bytes: Buffer.from(`${text}\n`), meta: { id: "indian-models", outlet: "Probe Wire", published: "2025-03-12" } as never }).claims;
const flows = (text: string) => claimsOf(text).filter((c) => c.kind === "transfer").map((c) => [c.supplier, c.recipient, c.item]);

describe("a purchase of an Indian model comes from India", () => {
  it.each([
    ["Malaysia is understood to be weighing a BrahMos purchase for its coastal batteries.", ["IND", "MYS", "missiles-other"]],
    ["Thailand bought BrahMos missiles for its navy last spring, officials in Bangkok said.", ["IND", "THA", "missiles-other"]],
    ["Egypt is close to buying Akash air-defence batteries, two people briefed on the talks said.", ["IND", "EGY", "air-defence-systems"]],
    ["Armenia signed in July for further Pinaka rocket launchers.", ["IND", "ARM", "artillery-systems"]],
  ] as const)("%s", (text, flow) => {
    expect(flows(text)).toContainEqual(flow);
  });
});

// Sentences, written for the test, that name goods as what a state still needs or asks for: no transfer of them.
// Three phrasings of our own (and the other order of need and goods); the transfers that must still come out are
// checked beside them.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string): Claim[] =>
  processDocument({ path: "kinds.txt", bytes: Buffer.from(text), meta: { id: "kinds", outlet: "Probe Wire", published: "2025-03-01" } as never }).claims;
const cores = (claims: Claim[]) => claims.map((c) => `${c.kind} ${c.supplier} ${c.recipient} ${c.item}`);

describe("goods named as a need or a request tell no transfer", () => {
  it.each([
    ["Moldova's president thanked Romania for its support, saying air defence remained the country's most urgent need.\n", "air-defence-systems"],
    ["The Georgian defence minister thanked Turkey but said drones were still his army's top request.\n", "drones"],
    ["Armenia thanked India on Tuesday, adding that its biggest shortfall remains artillery shells.\n", "artillery-ammunition"],
    ["Latvia's premier thanked Sweden and said the first priority is more anti-tank missiles.\n", "missiles-other"],
  ])("%s", (text, item) => {
    expect(cores(claimsOf(text)).filter((c) => c.endsWith(item))).toEqual([]);
  });
  it("keeps goods thanked for as sent", () => {
    expect(cores(claimsOf("Kyiv thanked Oslo for the 20 howitzers delivered last month.\n"))).toContain("transfer NOR UKR artillery-systems");
  });
  it("keeps the transfer told beside a need of other goods", () => {
    const claims = claimsOf("Canada will send 12 more howitzers to Ukraine, which said air defence remains its top priority.\n");
    expect(cores(claims)).toEqual(["transfer CAN UKR artillery-systems"]);
  });
});

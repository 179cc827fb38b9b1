// Further lots that will follow, told by one who speaks with an aside about themselves, written for the test: a state
// named in an aside right after the speaker ("the envoy, who toured Warsaw last week, said ...") is no party to a lot
// that will follow, so the lot is more of the flow the page told before. Phrasings of our own.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string): Claim[] =>
  processDocument({ path: "future-delivery.txt", bytes: Buffer.from(`${text}\n`), meta: { id: "future-delivery", outlet: "Probe Wire", published: "2025-04-10" } as never }).claims;
/** The flows (and their certainty) told by the sentence that holds `words`. */
const flowsIn = (text: string, words: string) =>
  claimsOf(text)
    .filter((c) => c.kind === "transfer" && c.evidence.text.includes(words))
    .map((c) => [c.supplier, c.recipient, c.item, c.certainty]);

describe("a lot that will follow, told by a speaker with an aside naming a state, is more of the flow before", () => {
  it.each([
    ["Washington has sent two Patriot batteries to Ukraine. The US envoy, who toured Kyiv on Monday, said further Patriot interceptors would follow in the coming weeks.", "interceptors", ["USA", "UKR", "missiles-other", "possible"]],
    ["Norway delivered four patrol boats to Estonia in March. Defence Minister Ola Berg, who visited Tallinn with the king, said six more patrol boats will follow next year.", "six more", ["NOR", "EST", "naval", "possible"]],
    ["France has sent Morocco six helicopters. Minister Anne Duval, who toured Rabat with her staff, said four more helicopters would follow by 2027.", "four more", ["FRA", "MAR", "aircraft", "possible"]],
  ] as const)("%s", (text, words, flow) => {
    expect(flowsIn(text, words)).toContainEqual(flow);
  });
});

describe("a state in the speaker's aside stays a party where what is said names a state of its own", () => {
  it.each([
    ["The minister, who visited Kyiv on Monday, said Spain would send ten tanks to Ukraine.", "Spain", ["ESP", "UKR", "armoured-vehicles", "possible"]],
  ] as const)("%s", (text, words, flow) => {
    expect(flowsIn(text, words)).toContainEqual(flow);
  });
});

// A counted lot named by a long model name and then a modal or a "due to" of its own, written for the test: "around
// thirty K9 self-propelled guns will go with them" and "deliveries of the 200 coastal missiles ... are due to start in
// 2026" tell a transfer still ahead, `possible`, however many words the name of the thing takes.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string): Claim[] =>
  processDocument({ path: "long-named-lot.txt", bytes: Buffer.from(`Defence notes\n\n${text}\n`), meta: { id: "long-named-lot", outlet: "Probe Wire", published: "2025-03-10" } as never }).claims;
/** The item and certainty of the transfers told by the sentence that holds `words`. */
const flowsIn = (text: string, words: string) =>
  claimsOf(text)
    .filter((c) => c.kind === "transfer" && c.evidence.text.includes(words))
    .map((c) => `${c.item} ${c.certainty}`);

describe("a modal right after a long name of the lot weighs its transfer", () => {
  it.each([
    ["Seoul will send 20 K2 tanks to Warsaw, the minister said. Around thirty K9 self-propelled guns will go with them, he added.", "thirty", "artillery-systems possible"],
    ["Madrid has sent Chile six Leopard tanks. Four more Leopard 2A6 main battle tanks could follow them, officials said.", "Four more", "armoured-vehicles possible"],
    ["Berlin has given Kyiv two air defence systems. Another 40 Gepard self-propelled anti-aircraft guns might go with them, a spokesman said.", "Another 40", "air-defence-systems possible"],
  ])("%s", (text, words, flow) => expect(flowsIn(text, words)).toContain(flow));
});

describe("a lot due to start, begin or follow is still ahead", () => {
  it.each([
    ["Shipments of the 200 coastal missiles that Spain sold to Chile in 2023 are due to start in 2026, the navy said.", "200", "missiles-other possible"],
    ["Greece bought 24 Rafale jets from France in 2021, and deliveries of the jets are due to begin next year.", "24", "aircraft possible"],
    ["Norway has handed four patrol boats to Estonia, and six more patrol boats are due to follow in 2026.", "six more", "naval possible"],
  ])("%s", (text, words, flow) => expect(flowsIn(text, words)).toContain(flow));
});

// Goods that reach a capital, or reach the receiver of a flow told before, written for the test: bare goods that are
// not fired arms and reach a state's capital (its seat, or "the <adjective> capital") are in that state's hands, as
// where they reach its name, unless they come from a state at war with it; goods that name no origin and reach the
// receiver of the page's earlier flow of the same goods (not goods as broad as 'weapons') are more of that flow.
// Phrasings of our own.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string): Claim[] =>
  processDocument({ path: "arrival-capitals.txt", bytes: Buffer.from(`${text}\n`), meta: { id: "arrival-capitals", outlet: "Probe Wire", published: "2025-04-10" } as never }).claims;
/** The flows told by the sentence that holds `words`. */
const flowsIn = (text: string, words: string) =>
  claimsOf(text)
    .filter((c) => c.kind === "transfer" && c.evidence.text.includes(words))
    .map((c) => [c.supplier, c.recipient, c.item]);

describe("bare goods that reach a capital are in the hands of its state", () => {
  it.each([
    ["Eight Finnish armoured vehicles reached Tallinn on Monday, the ministry said.", "Tallinn", ["FIN", "EST", "armoured-vehicles"]],
    ["Italian patrol boats reached Tunis in April, according to the navy.", "Tunis", ["ITA", "TUN", "naval"]],
    ["A dozen Turkish armoured vehicles reached the Kenyan capital last week.", "Kenyan", ["TUR", "KEN", "armoured-vehicles"]],
  ] as const)("%s", (text, words, flow) => {
    expect(flowsIn(text, words)).toContainEqual(flow);
  });
});

describe("goods with no origin that reach the receiver of an earlier flow are more of that flow", () => {
  it.each([
    ["Italy agreed in 2023 to sell 40 tanks to Egypt. The remaining 12 tanks will reach Cairo by the autumn.", "remaining", ["ITA", "EGY", "armoured-vehicles"]],
    ["Sweden handed Lithuania 20 armoured vehicles last year. Another eight armoured vehicles reached Vilnius on Friday.", "Another eight", ["SWE", "LTU", "armoured-vehicles"]],
    ["France signed a deal in 2022 to supply 18 helicopters to Morocco. The last six helicopters reached Morocco this spring.", "last six", ["FRA", "MAR", "aircraft"]],
  ] as const)("%s", (text, words, flow) => {
    expect(flowsIn(text, words)).toContainEqual(flow);
  });
});

describe("an advance or a strike on a capital tells no transfer", () => {
  it.each([
    ["Russian tanks reached Kyiv within days, the general recalled.", "tanks", ["RUS", "UKR"]],
    ["Iranian missiles reached Tel Aviv on Saturday, the army said.", "missiles", ["IRN", "ISR"]],
    ["Belarus has sent shells to Russia. Around a million shells had reached Moscow by the summer.", "million", ["BLR", "RUS"]],
    // (Goods too broad to be more of one flow: the weapons that reach a state are everyone's.)
    ["Norway shipped arms to Georgia in 2023. Allies now pay for the weapons reaching Georgia, officials said.", "reaching", ["NOR", "GEO"]],
  ] as const)("%s", (text, words, [supplier, recipient]) => {
    expect(flowsIn(text, words).filter(([s, r]) => s === supplier && r === recipient)).toEqual([]);
  });
});

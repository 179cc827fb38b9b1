// A state named only as the route goods take ("through Armenia", "via Kyrgyzstan") is neither their giver nor their
// receiver: a sentence that names no other giver carries no flow from the route. Phrasings of our own, with twins that
// name the giver beside the route, which keep the giver's flow.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

function flowsOf(sentence: string) {
  const doc = processDocument({ path: "transit.txt", bytes: new TextEncoder().encode(sentence), meta: { id: "transit", outlet: "Test Wire", published: "2024-06-14" } });
  return doc.claims.map((c) => `${c.supplier}>${c.recipient}`);
}

describe("a state the goods pass through gives nothing", () => {
  it.each([
    ["Dealer jailed for smuggling drone engines to Russia through Armenia", "ARM>RUS"],
    ["Prosecutors say the firm sent microchips to Russia via Kyrgyzstan.", "KGZ>RUS"],
    ["Smugglers moved rifles to Sudan through Chad, the report said.", "TCD>SDN"],
    ["Shells were being carried into Ukraine through Moldovan border crossings, the spokesman claimed.", "MDA>UKR"],
  ])("%s", (sentence, flow) => expect(flowsOf(sentence)).not.toContain(flow));
});

describe("a giver named beside the route keeps its flow", () => {
  it.each([
    ["Germany sends its howitzer shells to Ukraine via Polish railways, the minister said.", "DEU>UKR"],
    ["A court in Vienna jailed a dealer for shipping drone engines to Russia through Armenia.", "AUT>RUS"],
    ["Kyiv got 300,000 shells through the Dutch procurement scheme last year.", "NLD>UKR"],
  ])("%s", (sentence, flow) => expect(flowsOf(sentence)).toContain(flow));
});

// "Iran is very likely supplying the Houthis with rockets": the tagger reads "likely" as an adjective and the -ing
// word as a noun, so the clause lost its verb and the direction went to another transfer word (a participle in an
// aside, "often smuggled by sea", read the other way round) or the claim was lost. Between a form of "be" and an -ing
// word, "likely" is an adverb of the verb group. Phrasings of our own, with twins where "likely" stays an adjective.
import { describe, expect, it } from "vitest";
import { tagText } from "../../src/extract/tag-sentences.js";
import { chunk } from "../../src/extract/syntax/chunk.js";
import { processDocument } from "../../src/pipeline.js";

function chunks(text: string): string[] {
  const tokens = tagText(text);
  return chunk(tokens, text).map((c) => `${c.kind}:${text.slice(tokens[c.from].span.start, tokens[c.to - 1].span.end)}`);
}

function flowsOf(page: string) {
  const doc = processDocument({ path: "likely.txt", bytes: new TextEncoder().encode(page), meta: { id: "likely", outlet: "Test Wire", published: "2024-06-14" } });
  return doc.claims.map((c) => `${c.supplier}>${c.recipient} ${c.item}`);
}

describe("'likely' between 'be' and an -ing word is an adverb of the verb", () => {
  it.each([
    ["Iran is very likely supplying the Houthis with rockets.", "VP:is very likely supplying"],
    ["China is likely supplying Russia with microchips.", "VP:is likely supplying"],
    ["Belarus was most likely sending shells to Russia.", "VP:was most likely sending"],
  ])("%s", (text, group) => expect(chunks(text)).toContain(group));

  it.each([
    ["The likely sending of troops worries Seoul.", "NP:The likely sending"],
    ["A deal is likely within weeks.", "VP:is"],
  ])("elsewhere 'likely' stays an adjective: %s", (text, group) => expect(chunks(text)).toContain(group));
});

describe("the verb group gives the direction, not a participle in an aside", () => {
  it.each([
    ["Iran is most likely arming the Houthis with rockets, mostly smuggled by sea.", "IRN>YEM-HOUTHIS artillery-ammunition"],
    ["China is likely supplying Russia with microchips, often routed via Kazakhstan.", "CHN>RUS dual-use-goods"],
    ["Iran is very likely supplying the Houthis with drones, often shipped in pieces.", "IRN>YEM-HOUTHIS drones"],
  ])("%s", (page, flow) => {
    const flows = flowsOf(page);
    expect(flows).toContain(flow);
    expect(flows.filter((f) => f.split(" ")[0] !== flow.split(" ")[0])).toEqual([]);
  });
});

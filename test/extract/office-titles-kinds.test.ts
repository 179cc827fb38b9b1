// "..., the head of Chilean intelligence said": the one person of that state the report names speaks, unless a title
// of an office of its own stands before the name (speech.json officeTitles): a president or a foreign minister heads
// no army or agency. Phrasings of our own, other states, titles and bodies.
import { describe, expect, it } from "vitest";
import { officeTitleBefore, wordPatterns } from "../../src/extract/attribution/names.js";
import { processDocument } from "../../src/pipeline.js";

/** The speaker and state of every claim's source ("Ana Ruiz | CHL", "-" for none). */
function whoAndState(text: string): string[] {
  const doc = processDocument({ path: "office.txt", bytes: Buffer.from(`${text}\n`), meta: { id: "office", url: "https://probe.example/office", outlet: "Probe Wire", published: "2024-05-10" } as never });
  return doc.claims.map((c) => `${c.source.speaker ?? "-"} | ${c.source.country ?? "-"}`);
}

describe("the head of a body is not the one the report names by another office's title", () => {
  it.each([
    ["Chilean President Ana Ruiz visited a base.\nChile will receive four frigates from Spain, the commander of the Chilean navy said.", "- | CHL"],
    ["Norway's Foreign Minister Lars Dahl flew to Riga.\nLatvia will get 12 patrol boats from Norway, the chief of the Norwegian navy said.", "- | NOR"],
    ["The Estonian ambassador Ivo Tamm met reporters in Minsk.\nBelarus sent Russia 90 tanks in March, the commander of the Estonian army said.", "- | EST"],
    ["German Chancellor Karl Weber spoke in Berlin on Monday.\nPoland will get 40 tanks from Germany, the head of German military intelligence said.", "- | DEU"],
  ])("%s", (text, expected) => expect(whoAndState(text)).toEqual([expected]));

  it.each([
    ["Chile's spymaster Ana Ruiz spoke in Santiago on Monday.\nPeru will receive 30 howitzers from Spain, the head of Chilean intelligence said.", "Ana Ruiz | CHL"],
    ["Norway's Lars Dahl visited Riga on Monday.\nLatvia will get 12 patrol boats from Norway, the chief of the Norwegian navy said.", "Lars Dahl | NOR"],
  ])("a name with no such title still heads the body: %s", (text, expected) => expect(whoAndState(text)).toEqual([expected]));
});

describe("officeTitleBefore reads the title words from speech.json", () => {
  const before = (text: string) => officeTitleBefore({ text: `${text}Ruiz` } as never, text.length);
  it.each(["Foreign Minister ", "said President Ana ", "the envoy ", "the spokeswoman "])("%s", (text) => expect(before(text)).toBe(true));
  it.each(["the spymaster Ana ", "army chief ", "a navy commander "])("not: %s", (text) => expect(before(text)).toBe(false));
});

describe("a speech.json list of word patterns is checked when it loads", () => {
  it("keeps a list of lower-case words, one perhaps ending in \\w+", () => expect(wordPatterns("x", ["king", "spokes\\w+"])).toEqual(["king", "spokes\\w+"]));
  it.each([[[]], [["King"]], [["vice president"]], [["(?:x)"]], [[""]]])("rejects %j", (list) => expect(() => wordPatterns("x", list)).toThrow(/speech\.json x/));
});

// "As the Prime Minister said, ...", "the President announced that ...": a state's highest office named by its title
// alone (speech.json bareOffices) speaks for the state whose voice the page carries, and is the holder offices.json
// names for the page's day where it knows one. Phrasings of our own, other offices and states.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

/** The speaker and state of every claim's source ("Ana Ruiz | CHL", "-" for none). */
function whoAndState(text: string, published: string): string[] {
  const doc = processDocument({ path: "office.txt", bytes: Buffer.from(`${text}\n`), meta: { id: "office", url: "https://probe.example/office", outlet: "Probe Wire", published } as never });
  return [...new Set(doc.claims.map((c) => `${c.source.speaker ?? "-"} | ${c.source.country ?? "-"}`))];
}

describe("a bare office title speaks for its state", () => {
  it.each([
    ["On 2 March the Prime Minister announced that Britain will hand Ukraine 20 armoured vehicles.", "2023-03-05", "Rishi Sunak | GBR"],
    ["As the Chancellor told parliament on Friday, Germany will deliver four more air-defence systems to Ukraine.", "2024-06-10", "Olaf Scholz | DEU"],
    ["The President said on Monday that Chile will send Peru 12 patrol boats before the winter.", "2024-05-10", "- | CHL"],
  ])("%s", (text, published, expected) => expect(whoAndState(text, published)).toEqual([expected]));

  it.each([
    ["The President Ana Ruiz said on Monday that Chile will send Peru 12 patrol boats before the winter.", "2024-05-10", "Ana Ruiz | -"],
    ["Chilean President Ana Ruiz toured a naval base on Monday. The President said Chile will send Peru 12 patrol boats.", "2024-05-10", "Ana Ruiz | CHL"],
  ])("one the page named in that office is the speaker: %s", (text, published, expected) => expect(whoAndState(text, published)).toEqual([expected]));
});

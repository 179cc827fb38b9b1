// Goods or know-how given back for a transfer told before: fields a word of help covers ("help on nuclear matters and
// on space"), and a bare "in return" set between the subject and its verb ("Moscow in return is sharing ..."), which
// says why the giving happens and leaves its way as the verb tells it. Texts of our own, run through the whole pipeline.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

/** "supplier recipient item" for each transfer claim of `text`. */
function transfers(text: string): string[] {
  const doc = processDocument({ path: "paid-back.txt", bytes: new TextEncoder().encode(text), meta: { id: "paid-back", published: "2024-06-01", outlet: "Test Wire" } });
  return doc.claims.filter((c) => c.kind === "transfer").map((c) => [c.supplier ?? "-", c.recipient ?? "-", c.item].join(" "));
}

describe("the fields a word of help covers, after 'on' or 'with'", () => {
  it.each([
    ["Officials say Iran has shipped drones to Russia. They added that Moscow was paying Tehran back with help on nuclear matters and on space.", ["RUS IRN nuclear-technology", "RUS IRN space-technology"]],
    ["Pyongyang has sent shells to Russia, Seoul said. Russia is giving North Korea help on nuclear questions, a minister said.", ["RUS PRK nuclear-technology"]],
    ["Laos gets rifles from Vietnam. Hanoi also offers Laos support on missile matters and nuclear research, a diplomat said.", ["VNM LAO missile-technology", "VNM LAO nuclear-technology"]],
  ])("%s", (text, want) => {
    const got = transfers(text);
    for (const w of want) expect(got).toContain(w);
  });
});

describe("a bare 'in return' between the subject and its verb keeps the verb's own way", () => {
  it.each([
    ["Iran has sent drones to Russia. Moscow in return is sharing with Tehran technology, including on nuclear issues.", "RUS IRN nuclear-technology"],
    ["Belarus supplies shells to Russia. Moscow in exchange has given Minsk fighter jets, a minister said.", "RUS BLR aircraft"],
    ["North Korea has shipped rockets to Russia. Russia in return is supplying Pyongyang with oil, analysts say.", "RUS PRK oil-fuel"],
  ])("%s", (text, want) => {
    expect(transfers(text)).toContain(want);
  });
});

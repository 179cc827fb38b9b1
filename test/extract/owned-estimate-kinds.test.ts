// A possessive pronoun before a word for a reckoning ("By her estimate", "By his own count", "In their reckoning")
// points back to the one who spoke before, as "in his words" does: the reckoning is theirs.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string) =>
  processDocument({ path: "owned.txt", bytes: Buffer.from(`Report\n\nBy staff\n\n${text}\n`), meta: { id: "owned", outlet: "Probe Wire", published: "2024-03-07" } as never }).claims;

describe("a pronoun's reckoning is the reckoning of the one who spoke before", () => {
  it.each([
    // A person and "her estimate", fronted, about what the containers could hold.
    ["Peru's defence chief, Ana Ruiz, told reporters on 3 May that about 400 containers of munitions had gone from Chile to Peru since March. By her estimate they could hold roughly 90,000 shells.", "Ana Ruiz", "90000"],
    // A minister's "own count", set off by a comma, about more to come.
    ["Lars Berg, Norway's defence minister, said on Monday that Oslo would send Latvia 12 patrol boats. By his own count, another 4 boats could follow in 2027.", "Lars Berg", "4"],
    // Unnamed officials and "their reckoning", with "in".
    ["Officials in Lima said that 40 Chilean tanks had reached Peru. In their reckoning, 20 more tanks from Chile will arrive by June.", "Officials in Lima", "20"],
  ])("%s", (text, who, figure) => {
    const claim = claimsOf(text).find((c) => String(c.quantity?.value) === figure);
    expect(claim).toBeDefined();
    expect(claim!.source.speaker ?? claim!.source.org).toBe(who);
  });
});

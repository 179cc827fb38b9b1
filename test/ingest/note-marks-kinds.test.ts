import { describe, expect, it } from "vitest";
import { splitBlock } from "../../src/ingest/sentence-boundaries.js";

const split = (text: string) => {
  const out: { start: number; end: number }[] = [];
  splitBlock(text, 0, text.length, out);
  return out.map((s) => text.slice(s.start, s.end));
};

describe("a superscript note left in markup after a sentence's period", () => {
  it.each([
    ["Lima ordered twelve trainers from Seoul.<sup>[3]</sup> Delivery starts next spring.", "Lima ordered twelve trainers from Seoul.<sup>[3]</sup>"],
    ['Oslo sold four patrol boats to Accra.<sup class="ref">7</sup> The hulls were refitted in Bergen.', 'Oslo sold four patrol boats to Accra.<sup class="ref">7</sup>'],
    ['Rabat bought six radars from Paris.<sup><a href="#n2">[2]</a></sup> Two more are optional.', 'Rabat bought six radars from Paris.<sup><a href="#n2">[2]</a></sup>'],
  ])("ends the sentence: %s", (text, first) => {
    expect(split(text)[0]).toBe(first);
    expect(split(text)).toHaveLength(2);
  });
});

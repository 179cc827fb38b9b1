import { describe, expect, it } from "vitest";
import { splitBlock } from "./sentence-boundaries.js";

const split = (text: string) => {
  const out: { start: number; end: number }[] = [];
  splitBlock(text, 0, text.length, out);
  return out.map((s) => text.slice(s.start, s.end));
};

describe("splitBlock", () => {
  it("keeps titles, initials and dates together", () => {
    expect(split("Col. Ri and Dr. Ahn met on Feb. 3. They talked.")).toEqual(["Col. Ri and Dr. Ahn met on Feb. 3.", "They talked."]);
    expect(split("A note by T. S. Grant came. It was short.")).toEqual(["A note by T. S. Grant came.", "It was short."]);
  });
  it("breaks after an acronym only before a sentence starter", () => {
    expect(split("Aid came from the U.S. Navy yesterday.")).toEqual(["Aid came from the U.S. Navy yesterday."]);
    expect(split("Aid came from the U.S. It was late.")).toEqual(["Aid came from the U.S.", "It was late."]);
  });
  it("ends a sentence after a hyphenated name and keeps decimals and calibres", () => {
    expect(split("Guns of 122 mm went to Kim Jong-un. Then 4.5 million rounds followed.")).toEqual([
      "Guns of 122 mm went to Kim Jong-un.",
      "Then 4.5 million rounds followed.",
    ]);
  });
  it("keeps a quotation of several sentences with its attribution", () => {
    expect(split("\u201cIt left. It arrived,\u201d an aide said. Later, more came.")).toEqual(["\u201cIt left. It arrived,\u201d an aide said.", "Later, more came."]);
    expect(split('"Ship it now." The order was clear.')).toEqual(['"Ship it now."', "The order was clear."]);
  });
  it("does not break before a lower-case word or inside No. 5", () => {
    expect(split("Rounds, approx. ten thousand, left from pier No. 5 today. done.")).toEqual(["Rounds, approx. ten thousand, left from pier No. 5 today. done."]);
  });
});

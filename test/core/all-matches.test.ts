import { describe, expect, it } from "vitest";
import { allMatches } from "../../src/core/all-matches.js";

// What matchAll gives, written out: index, the whole match and every group, and the named groups.
const shown = (ms: Iterable<RegExpMatchArray>) => [...ms].map((m) => [m.index, ...m, JSON.stringify(m.groups ?? null)].join("|"));

// Expressions of every kind the reader uses: words, look-behinds, optional and empty matches, unicode classes,
// sticky searches, named groups; and texts of our own with blanks, hyphens, accents and a character beyond the BMP.
const expressions = [
  /\b(?:convoy|crates?|barges?)\b/gi,
  /(?<=[\p{L}.]\s+)\p{Lu}\p{Ll}+(?:['’]s)?/gu,
  /\S+/g,
  /x*/g,
  /(?:)/gu,
  /(?:)/g,
  /a?/gy,
  /(?<word>\p{L}+)-(?<tail>built|made)\b/giu,
  /\(([^()]*)\)/g,
  /$/gm,
];
const texts = [
  "",
  "The convoy of crates crossed by barge; Barges and CRATES too.",
  "Kestrel-built pumps (two lots) left Port Amarine in spring, said Odile Marsh.",
  "aaa ab a",
  "Line one\nline two\n\nend",
  "emoji \u{1F69A} between \u{1F69A}\u{1F69A} trucks, and a lone \ud800 half",
  "Zorvian-made parts; Élan’s shipment (and more) — done.",
];

describe("allMatches", () => {
  it("gives what matchAll gives, for every expression and text", () => {
    for (const re of expressions) for (const text of texts) expect(shown(allMatches(re, text))).toEqual(shown(text.matchAll(re)));
  });

  it("starts where the expression's lastIndex stands, as matchAll's copy does, and leaves it there", () => {
    for (const re of expressions) for (const text of texts) for (const at of [1, 5, 200]) {
      re.lastIndex = at;
      const expected = shown(text.matchAll(re));
      expect(re.lastIndex).toBe(at);
      expect(shown(allMatches(re, text))).toEqual(expected);
      expect(re.lastIndex).toBe(at);
      re.lastIndex = 0;
    }
  });

  it("refuses an expression without the g flag, as matchAll does", () => {
    expect(() => "abc".matchAll(/b/)).toThrow(TypeError);
    expect(() => allMatches(/b/, "abc")).toThrow(TypeError);
  });
});

// The lexicon's scans are sped up (an exec loop instead of String.prototype.matchAll, the kinds of a
// sentence's phrases remembered per text): they must find exactly what the plain scans found.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { certaintyAll, classified, findClassified, firstMatch, hits, matchAll, phraseRegex, transferAll, type Classified } from "../../src/knowledge/lexicon.js";

/** The scan as it was: String.prototype.matchAll, matches glued to a hyphen before them dropped. */
function plainMatchAll(re: RegExp, text: string, offset = 0) {
  const out: { start: number; end: number; text: string }[] = [];
  for (const m of text.matchAll(new RegExp(re.source, re.flags))) {
    if (m.index > 0 && text.charCodeAt(m.index - 1) === 45) continue;
    out.push({ start: m.index + offset, end: m.index + m[0].length + offset, text: m[0] });
  }
  return out;
}

/** findClassified as it was: every kind tried where the scan found a phrase, the longest kept. */
function plainClassified<L extends string>(c: Classified<L>, text: string, offset = 0) {
  const out: { start: number; end: number; text: string; label: L }[] = [];
  for (const m of plainMatchAll(c.any, text)) {
    let best: { label: L; length: number } | null = null;
    for (const k of c.kinds) {
      k.sticky.lastIndex = m.start;
      const hit = k.sticky.exec(text);
      if (hit && (!best || hit[0].length > best.length)) best = { label: k.label, length: hit[0].length };
    }
    if (best) out.push({ start: m.start + offset, end: m.start + best.length + offset, text: text.slice(m.start, m.start + best.length), label: best.label });
  }
  return out;
}

const words = ["Iran", "sent", "shipped", "handed", "over", "drones", "to", "Russia", "reportedly", "may", "have", "bought", "shells", "from", "anti-tank", "Pyongyang-supplied", "denied", "selling", "arms", "in", "exchange", "for", "oil", "the", "troops", "stationed", "supply", "of", "rockets", "allegedly", "received", "it", "is", "believed"];
const separators = [" ", " ", ", ", ". ", "-", "\n", " (", ") ", "’", "'"];
const sentence = fc
  .array(fc.tuple(fc.constantFrom(...words), fc.constantFrom(...separators), fc.boolean()), { minLength: 1, maxLength: 14 })
  .map((parts) => parts.map(([w, s, upper]) => (upper ? w.toUpperCase() : w) + s).join(""));

describe("lexicon scans", () => {
  it("matchAll finds what String.prototype.matchAll found, offsets shifted", () => {
    const lists = [phraseRegex(["suppl(?:y|ied|ies)", "hand(?:s|ed)? over", "sent", "ship(?:s|ped)?"]), phraseRegex(["in exchange for", "in return"]), phraseRegex([]), phraseRegex(["(?:anti-tank )?missiles?", "drones?"]), /\b(?:quoted|cited)\s+/gi, /x*/g, /\p{L}*/gu];
    fc.assert(
      fc.property(sentence, fc.nat(500), (text, offset) => {
        for (const re of lists) {
          expect(matchAll(re, text, offset)).toEqual(plainMatchAll(re, text, offset));
          expect(hits(re, text)).toBe(plainMatchAll(re, text).length > 0);
        }
      }),
    );
    expect(matchAll(/\p{L}*/gu, "😀a😀 b")).toEqual(plainMatchAll(/\p{L}*/gu, "😀a😀 b"));
  });

  it("firstMatch is matchAll's first match, offsets shifted, and leaves no state behind", () => {
    const lists = [phraseRegex(["in exchange for", "in return"]), phraseRegex(["(?:anti-tank )?missiles?", "drones?"]), phraseRegex([]), /x*/g];
    fc.assert(
      fc.property(sentence, fc.nat(500), (text, offset) => {
        for (const re of lists) expect(firstMatch(re, text, offset)).toEqual(matchAll(re, text, offset)[0]);
      }),
    );
    const tank = phraseRegex(["tanks?"]);
    expect(firstMatch(tank, "anti-tank ditches, then tanks and more tanks", 10)).toEqual({ start: 34, end: 39, text: "tanks" });
    expect(firstMatch(tank, "anti-tank ditches")).toBeUndefined();
    expect(tank.lastIndex).toBe(0);
  });

  it("hits skips a phrase glued to a hyphen and stops at the first one free", () => {
    const tank = phraseRegex(["tanks?"]);
    expect(hits(tank, "anti-tank ditches")).toBe(false);
    expect(hits(tank, "anti-tank ditches and tanks")).toBe(true);
    expect(tank.lastIndex).toBe(0);
  });

  it("matchAll still refuses an expression without the global flag", () => {
    expect(() => matchAll(/sent/, "Iran sent drones")).toThrow(TypeError);
  });

  it("findClassified gives the same kinds, asked once or many times, at any offset", () => {
    fc.assert(
      fc.property(sentence, fc.nat(500), (text, offset) => {
        for (const c of [transferAll, certaintyAll] as Classified<string>[]) {
          expect(findClassified(c, text, offset)).toEqual(plainClassified(c, text, offset));
          expect(findClassified(c, text, 0)).toEqual(plainClassified(c, text, 0));
        }
      }),
    );
  });

  it("findClassified stays right past the texts it remembers", () => {
    const c = classified([{ label: "give" as const, patterns: ["sent", "suppl(?:y|ied)"] }, { label: "get" as const, patterns: ["bought", "received"] }]);
    const texts = Array.from({ length: 700 }, (_, i) => `Report ${i}: Iran ${i % 2 ? "sent" : "bought"} ${i} drones and supplied shells.`);
    for (const round of [0, 1]) for (const t of texts) expect(findClassified(c, t, round)).toEqual(plainClassified(c, t, round));
    // The same words in a longer and a shorter text are read afresh, not taken for each other.
    expect(findClassified(c, "Iran sent drones", 0).map((m) => m.label)).toEqual(["give"]);
    expect(findClassified(c, "Iran sent drones; Russia bought them", 0).map((m) => m.label)).toEqual(["give", "get"]);
  });
});

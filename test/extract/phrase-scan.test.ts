// The scan by first character (src/knowledge/phrase-scan.ts) tries at each place only the phrases that can begin
// there: it must find exactly what the whole alternation finds, place by place, in every flag and case.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { certaintyAll, hits, matchAll, phraseRegex } from "../../src/knowledge/lexicon.js";
import { scanOf } from "../../src/knowledge/phrase-scan.js";

/** The plain scan: String.prototype.matchAll over a copy (made once), matches glued to a hyphen before them dropped. */
const copies = new Map<RegExp, RegExp>();
function plainMatchAll(re: RegExp, text: string) {
  const out: { start: number; end: number; text: string }[] = [];
  if (!copies.has(re)) copies.set(re, new RegExp(re.source, re.flags));
  for (const m of text.matchAll(copies.get(re)!)) {
    if (m.index > 0 && text.charCodeAt(m.index - 1) === 45) continue;
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return out;
}

// (Letters beyond ASCII that fold to ASCII ones under "iu": the Kelvin sign and the long s; accents, curly quotes.)
const words = ["may", "might", "reportedly", "allegedly", "denied", "deny", "is", "was", "to", "receive", "sent", "suspected", "of", "ſent", "\u212Aept", "Kept", "kept", "believed", "said", "it", "could", "señal", "Çorlu", "’s", "un-", "non", "signed", "a", "deal", "for", "drones", "_x", "9mm"];
const separators = [" ", " ", ", ", ". ", "-", "\n", " (", ") ", "’", "'", "", "\u00a0"];
const sentence = fc
  .array(fc.tuple(fc.constantFrom(...words), fc.constantFrom(...separators), fc.boolean()), { minLength: 1, maxLength: 16 })
  .map((parts) => parts.map(([w, s, upper]) => (upper ? w.toUpperCase() : w) + s).join(""));

describe("scan by first character", () => {
  it("finds what the whole alternation finds, with and without the unicode flag", () => {
    const patterns = ["may(?: have)?", "might", "(?:reportedly|allegedly)", "denie[sd]", "(?<!\\bnot )believed", "is (?:to|set to) receive", "s[eu]nt", "kept", "signed (?:a |the )?(?:[\\w$.,()-]{1,30} ){0,3}deals?(?= for\\b)", "['’]s"];
    const lists = [phraseRegex(patterns, "gi", false, true), phraseRegex(patterns, "giu", false, true), phraseRegex(patterns, "g", false, true), phraseRegex(patterns, "gi", true, true)];
    fc.assert(
      fc.property(sentence, (text) => {
        for (const re of lists) {
          expect(matchAll(re, text)).toEqual(plainMatchAll(re, text));
          expect(hits(re, text)).toBe(plainMatchAll(re, text).length > 0);
        }
      }),
      { numRuns: 500 },
    );
  });

  it("finds the certainty cues the whole expression finds", () => {
    fc.assert(
      fc.property(sentence, (text) => {
        expect(matchAll(certaintyAll.any, text)).toEqual(plainMatchAll(certaintyAll.any, text));
      }),
      { numRuns: 300 },
    );
    const text = "Officials said Minsk may have sent shells, which it denied; the deal is reportedly to be signed.";
    expect(matchAll(certaintyAll.any, text)).toEqual(plainMatchAll(certaintyAll.any, text));
  });

  it("is not made where a phrase's first character or its groups cannot be read", () => {
    expect(scanOf(["\\w+ed"], "gi")).toBeNull();
    expect(scanOf(["(sent)"], "gi")).toBeNull();
    expect(scanOf(["(?<verb>sent)"], "gi")).toBeNull();
    expect(scanOf(["sent", "(?=s)supplied"], "gi")).toBeNull();
    expect(scanOf(["signed (?:[\\w(),-]+ )?deals?", "(?<=\\bthe )deal"], "gi")).not.toBeNull();
  });

  it("leaves the expression as it found it", () => {
    const re = phraseRegex(["sent", "shipped"], "gi", false, true);
    expect(matchAll(re, "Iran sent and shipped drones").map((m) => m.text)).toEqual(["sent", "shipped"]);
    expect(re.lastIndex).toBe(0);
    expect(() => matchAll(phraseRegex(["sent"], "i", false, true), "sent")).toThrow(TypeError);
  });
});

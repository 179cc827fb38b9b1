import { headsOf } from "../extract/claims/item-heads.js";

/**
 * A scan of a lexicon alternation (`\b(?:p1|p2|...)\b`) that tries, at each word boundary, only the phrases that can
 * begin with the character there, in their order. V8 tries every alternative of a case-insensitive alternation at
 * every word boundary (some hundreds of phrases, twice a word: 0.3–0.5 ms for one sentence of the certainty cues);
 * split by first character, a boundary tries a few. What matches is what the whole alternation matches: at a place
 * where a phrase of another first character cannot match, dropping it changes nothing, and the phrases kept keep
 * their order, so the first that matches is the same (SCHEMA claims byte for byte, test/knowledge/phrase-scan.test.ts).
 *
 *     scanOf(["sent", "supplied", "armed"], "gi") -> at "s", tries /\b(?:sent|supplied)\b/iy only
 */
export interface PhraseScan {
  /** The sticky expression for the ASCII character (lower-cased) at a place, null where no phrase begins with it. */
  at(code: number): RegExp | null;
  /** Every phrase, sticky: tried where the character is beyond ASCII (case folding may reach an ASCII phrase). */
  readonly whole: RegExp;
}

/**
 * The scan of `ordered` (the alternation's phrases, in its order) under `flags`, or null where it cannot be kept the
 * same: a phrase whose first character the reader cannot tell (item-heads.ts), or one with a group that captures or a
 * back-reference (a branch would number them otherwise).
 */
export function scanOf(ordered: readonly string[], flags: string): PhraseScan | null {
  if (!ordered.length || ordered.some(numbersGroups)) return null;
  const firsts = ordered.map((p) => headsOf(`(?:${p})`, 1));
  if (firsts.some((f) => !f || [...f].some((c) => c.length !== 1 || c.charCodeAt(0) > 127))) return null;
  const sticky = flags.replace(/[gy]/g, "") + "y";
  const build = (phrases: readonly string[]) => new RegExp(`\\b(?:${phrases.join("|")})\\b`, sticky);
  const byCode: (RegExp | null | undefined)[] = new Array(128).fill(undefined);
  return {
    whole: build(ordered),
    at(code) {
      let re = byCode[code];
      if (re === undefined) {
        const c = String.fromCharCode(code);
        const phrases = ordered.filter((_, i) => firsts[i]!.has(c));
        byCode[code] = re = phrases.length ? build(phrases) : null;
      }
      return re;
    },
  };
}

/**
 * Whether a pattern has a group that captures or a back-reference (escapes and classes passed over: the "(" of
 * "[^\\s.,;:()]" opens no group). Also lexicon.ts byFirstCharacter's test.
 */
export function numbersGroups(pattern: string): boolean {
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === "\\") {
      if (/[1-9k]/.test(pattern[i + 1] ?? "")) return true;
      i++;
    } else if (c === "[") {
      for (i++; i < pattern.length && pattern[i] !== "]"; i++) if (pattern[i] === "\\") i++;
    } else if (c === "(" && (pattern[i + 1] !== "?" || (pattern[i + 2] === "<" && pattern[i + 3] !== "=" && pattern[i + 3] !== "!"))) return true;
  }
  return false;
}

/** Whether the ASCII code is a word character of `\b` (letters, digits, underscore). */
function isWordCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95;
}

/**
 * The next match of the scan in `text` from `from`, as `exec` of the whole alternation (global) from `lastIndex =
 * from` finds it: the first place, in text order, where a phrase matches. Places where both neighbours are ASCII and
 * both or neither are word characters hold no word boundary, and are passed over.
 */
export function nextMatch(scan: PhraseScan, text: string, from: number): RegExpExecArray | null {
  const n = text.length;
  let before = from > 0 ? text.charCodeAt(from - 1) : -1;
  for (let p = from; p < n; p++) {
    const code = text.charCodeAt(p);
    let re: RegExp | null;
    if (code < 128) {
      if (before >= 0 && before < 128 && isWordCode(before) === isWordCode(code)) {
        before = code;
        continue;
      }
      re = scan.at(code >= 65 && code <= 90 ? code + 32 : code);
    } else re = scan.whole;
    before = code;
    if (!re) continue;
    re.lastIndex = p;
    const m = re.exec(text);
    if (m) return m;
  }
  return null;
}

import { readDigits } from "./digits.js";
import type { AmountLexicon } from "./lexicon.js";
import type { Token } from "./tokens.js";

/** A number as written, before its qualifiers and noun: tokens [from, to), a value or bounds. */
export interface NumberCore {
  readonly from: number;
  readonly to: number;
  readonly value: number | null;
  readonly min: number | null;
  readonly max: number | null;
  /** Ends in a scale word ("4.8 million"), so a range's first half may borrow it ("3 to 4 million"). */
  readonly scale: number | null;
  /** Written in words ("three", "a dozen") rather than digits. */
  readonly words: boolean;
  /** Just "a", "an" or "one": counts only before a countable noun. */
  readonly article: boolean;
  /** "dozens of", "a couple of", "millions of": the counted noun follows an "of". */
  readonly ofNoun: boolean;
  /** Digits that are a calibre ("152mm"), a size ("20-foot") or a name ("1A5"), not a count. */
  readonly not?: "calibre" | "measure" | "designator";
  readonly calibre?: string;
  /** "12,000-strong": the size of a body of people, whatever noun follows. */
  readonly strength?: boolean;
}

const isWord = (t: Token | undefined, w: string) => t !== undefined && t.lower === w;

/**
 * Reads the number that starts at `tokens[i]`, or null. `currency` says a currency sign came just
 * before, which makes "$20m" a million. Vague amounts ("hundreds of thousands") come out as bounds.
 */
export function readNumber(tokens: readonly Token[], i: number, lex: AmountLexicon, currency = false): NumberCore | null {
  const t = tokens[i];
  if (!t) return null;
  if (t.kind === "num") return readDigitNumber(tokens, i, lex, currency);
  return readVague(tokens, i, lex) ?? readWordNumber(tokens, i, lex);
}

function readDigitNumber(tokens: readonly Token[], i: number, lex: AmountLexicon, currency: boolean): NumberCore | null {
  const t = tokens[i];
  const next = tokens[i + 1];
  const glued = next !== undefined && !next.spaced;
  // A suffix glued on ("152mm", "1.5bn", "20-foot", "1A5", "2nd") decides what the digits are.
  if (glued && next.kind === "word") {
    if (lex.calibres.match(tokens, i + 1)) return notCount(i, i + 2, "calibre", t.text);
    // "m", "k", "b" are millions only after a currency sign or before a counted noun ("1m shells").
    const counted = lex.units.match(tokens, i + 2) !== null && tokens[i + 2].spaced;
    const g = lex.gluedScales.get(next.lower) ?? (currency || counted ? lex.gluedScalesWithCurrency.get(next.lower) : undefined);
    if (g !== undefined) {
      const v = readDigits(t.text, true);
      return v === null ? null : scaled(tokens, i, i + 2, v * g, g, lex);
    }
    if (lex.nonCount.match(tokens, i + 1)) return notCount(i, i + 2, "measure");
    return notCount(i, i + 2, "designator");
  }
  if (glued && next.text === "-" && tokens[i + 2]?.kind === "word" && !tokens[i + 2].spaced) {
    if (lex.calibres.match(tokens, i + 2)) return notCount(i, i + 3, "calibre", t.text);
    const g = lex.scales.get(tokens[i + 2].lower); // "$2.5-billion"
    if (g !== undefined && g >= 1000) {
      const v = readDigits(t.text, true);
      return v === null ? null : scaled(tokens, i, i + 3, v * g, g, lex);
    }
    // "a 12,000-strong contingent": a count of people
    if (lex.strongWords.has(tokens[i + 2].lower)) {
      const v = readDigits(t.text);
      return v === null ? null : { ...scaled(tokens, i, i + 3, v, null, lex), strength: true };
    }
    if (lex.nonCount.match(tokens, i + 2)) return notCount(i, i + 3, "measure");
  }
  if (next?.kind === "word" && lex.calibres.match(tokens, i + 1) && next.lower !== "calibre" && next.lower !== "caliber")
    return notCount(i, i + 2, "calibre", t.text);
  const scaleNext = next ? lex.scales.get(next.lower) : undefined;
  const v = readDigits(t.text, scaleNext !== undefined);
  if (v === null) return null;
  return scaled(tokens, i, i + 1, v, null, lex);
}

/** Multiplies by the scale words that follow ("4.8 million", "two hundred thousand"). */
function scaled(tokens: readonly Token[], from: number, to: number, value: number, scale: number | null, lex: AmountLexicon): NumberCore {
  let j = to;
  let v = value;
  let s = scale;
  for (;;) {
    const w = tokens[j];
    const k = w ? lex.scales.get(w.lower) : undefined;
    if (k === undefined) break;
    v *= k;
    s = (s ?? 1) * k;
    j++;
  }
  return { from, to: j, value: round(v), min: null, max: null, scale: s, words: false, article: false, ofNoun: false };
}

function notCount(from: number, to: number, not: "calibre" | "measure" | "designator", digits?: string): NumberCore {
  return { from, to, value: null, min: null, max: null, scale: null, words: false, article: false, ofNoun: false, not, ...(digits ? { calibre: `${digits}mm` } : {}) };
}

const round = (v: number) => Math.round(v * 1e6) / 1e6;

/** "dozens", "hundreds of thousands", "several million", "a few hundred", "multiple millions". */
function readVague(tokens: readonly Token[], i: number, lex: AmountLexicon): NumberCore | null {
  const word = lex.vagueWords.match(tokens, i);
  if (word) {
    const j = i + word.length;
    const w = tokens[j];
    if (!w) return null;
    const scale = lex.scales.get(w.lower) ?? lex.scales.get(w.lower.replace(/s$/, "")) ?? lex.groups.get(w.lower);
    if (scale === undefined || (scale < 100 && !lex.groups.has(w.lower))) return null;
    return bounds(i, j + 1, word.value.min * scale, (word.value.max + 1) * scale - 1, tokens, lex, false);
  }
  const plural = lex.vaguePlurals.get(tokens[i].lower);
  if (!plural) return null;
  // "tens of thousands", "hundreds of millions": a plural of a larger scale after "of".
  const after = tokens[i + 2];
  const times = isWord(tokens[i + 1], "of") && after ? lex.scales.get(after.lower.replace(/s$/, "")) : undefined;
  if (times !== undefined && times >= 1000 && after.lower.endsWith("s"))
    return bounds(i, i + 3, plural.min * times, (plural.max + 1) * times - 1, tokens, lex, true);
  return bounds(i, i + 1, plural.min, plural.max, tokens, lex, true);
}

function bounds(from: number, to: number, min: number, max: number, tokens: readonly Token[], lex: AmountLexicon, plural: boolean): NumberCore {
  const ofNoun = isWord(tokens[to], "of");
  return { from, to, value: null, min, max: min >= lex.openAbove ? null : max, scale: null, words: true, article: false, ofNoun: plural || ofNoun };
}

/** "a half" or "a quarter" right before a scale word ("... and a half million"): the fraction, else undefined. */
function andFraction(tokens: readonly Token[], k: number, lex: AmountLexicon): number | undefined {
  const art = tokens[k];
  if (!art || !lex.articles.has(art.lower) || art.lower === "one") return undefined;
  const frac = tokens[k + 1] ? lex.fractions.get(tokens[k + 1].lower) : undefined;
  return frac !== undefined && tokens[k + 2] && lex.scales.has(tokens[k + 2].lower) ? frac : undefined;
}

/**
 * "point three", "-point-nine-six" at `tokens[p]` right before a scale of a thousand or more ("two point three
 * billion"): the decimals and the index of the scale word, else undefined.
 */
function spokenDecimals(tokens: readonly Token[], p: number, lex: AmountLexicon): { value: number; end: number } | undefined {
  const hyphen = (t: Token | undefined) => t !== undefined && t.text === "-" && !t.spaced;
  let k = hyphen(tokens[p]) ? p + 1 : p;
  if (!tokens[k] || !lex.decimalPoints.has(tokens[k].lower)) return undefined;
  k++;
  let digits = "";
  for (;;) {
    const q = hyphen(tokens[k]) && tokens[k + 1] && !tokens[k + 1].spaced ? k + 1 : k;
    const d = tokens[q] ? lex.smallNumbers.get(tokens[q].lower) : undefined;
    if (d === undefined || d > 9) break;
    digits += String(d);
    k = q + 1;
  }
  const sc = tokens[k] ? lex.scales.get(tokens[k].lower) : undefined;
  return digits && sc !== undefined && sc >= 1000 ? { value: Number(`0.${digits}`), end: k } : undefined;
}

/** "three million", "twenty-four", "one hundred and fifty", "a million", "half a million", "a dozen", "a couple of". */
function readWordNumber(tokens: readonly Token[], i: number, lex: AmountLexicon): NumberCore | null {
  const t = tokens[i];
  let j = i;
  let factor = 1;
  // "half a million", "a quarter of a million"
  let k = lex.articles.has(t.lower) && t.lower !== "one" ? i + 1 : i;
  const frac = tokens[k] ? lex.fractions.get(tokens[k].lower) : undefined;
  if (frac !== undefined) {
    k++;
    if (isWord(tokens[k], "of")) k++;
    if (tokens[k] && lex.articles.has(tokens[k].lower)) k++;
    if (tokens[k] && lex.scales.has(tokens[k].lower)) {
      factor = frac;
      j = k;
    } else return null;
  }
  const first = tokens[j];
  // "a dozen", "a couple of", "two dozen"
  if (lex.articles.has(first.lower) && tokens[j + 1]) {
    const g = lex.groups.get(tokens[j + 1].lower);
    if (g !== undefined) {
      const of = isWord(tokens[j + 2], "of");
      return { from: i, to: j + 2, value: g, min: null, max: null, scale: null, words: true, article: false, ofNoun: of };
    }
  }
  let total = 0;
  let current = 0;
  let any = false;
  let scale: number | null = null;
  let end = j;
  let article = false;
  if (factor !== 1) {
    current = 1; // "half a million": the loop starts at "million"
    any = true;
  }
  for (let p = j; p < tokens.length; p++) {
    const w = tokens[p];
    const small = lex.smallNumbers.get(w.lower) ?? lex.tens.get(w.lower);
    const sc = lex.scales.get(w.lower);
    if (small !== undefined) {
      if (any && current % 10 !== 0 && current !== 0) break;
      current += small;
      any = true;
      scale = null;
      end = p + 1;
    } else if (sc !== undefined && any) {
      if (sc === 100) current = (current || 1) * 100;
      else {
        total += (current || 1) * sc;
        current = 0;
      }
      scale = (scale ?? 1) * sc;
      any = true;
      end = p + 1;
    } else if (lex.articles.has(w.lower) && p === j && tokens[p + 1] && lex.scales.has(tokens[p + 1].lower)) {
      current = 1;
      any = true;
      end = p + 1;
    } else if (any && (w.text === "-" && !w.spaced) && tokens[p + 1] && !tokens[p + 1].spaced && (lex.smallNumbers.has(tokens[p + 1].lower) || lex.scales.has(tokens[p + 1].lower))) {
      continue; // "twenty-four", "eight-thousand"
    } else if (any && scale === null && Number.isInteger(current) && spokenDecimals(tokens, p, lex) !== undefined) {
      // "two point three billion", "one-point-nine-six million": the decimals join the count before the scale
      const dec = spokenDecimals(tokens, p, lex);
      current += dec?.value ?? 0;
      p = (dec?.end ?? p + 1) - 1;
    } else if (any && w.lower === "and" && tokens[p + 1] && (lex.smallNumbers.has(tokens[p + 1].lower) || lex.tens.has(tokens[p + 1].lower)) && total + current >= 100) {
      continue; // "one hundred and fifty"
    } else if (any && scale === null && current > 0 && w.lower === "and" && andFraction(tokens, p + 1, lex) !== undefined) {
      // "one and a half billion", "two and a quarter million": the fraction joins the count before the scale
      current += andFraction(tokens, p + 1, lex) ?? 0;
      p += 2;
    } else break;
  }
  if (!any) {
    if (lex.articles.has(first.lower) && first.lower !== "one") article = true;
    else return null;
    return { from: i, to: j + 1, value: 1, min: null, max: null, scale: null, words: true, article, ofNoun: false };
  }
  const value = round((total + current) * factor);
  const one = end === j + 1 && first.lower === "one";
  return { from: i, to: end, value, min: null, max: null, scale, words: true, article: one, ofNoun: scale !== null && isWord(tokens[end], "of") };
}

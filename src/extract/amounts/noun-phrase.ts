import type { Unit } from "../../core/claim.js";
import type { AmountLexicon } from "./lexicon.js";
import { readNumber } from "./number-phrase.js";
import type { Token } from "./tokens.js";

/** The counted noun after a number: tokens [from, to), its unit (null where unknown) and calibre. */
export interface NounPhrase {
  readonly from: number;
  readonly to: number;
  readonly unit: Unit | null;
  readonly singular: boolean;
  readonly article: boolean;
  readonly calibre: string | null;
  /** A one-word general head ("system") with no name before it: 'a system' is no count. */
  readonly generic?: boolean;
  /** The noun is a duration, distance or the like ("20 years", "300 km"): the number is no amount. */
  readonly nonCount: boolean;
}

const isCapitalised = (t: Token) => t.kind === "word" && t.text[0] !== t.lower[0];

/**
 * Finds the counted noun that starts at `tokens[k]`, looking past modifiers ("North Korean",
 * "Leopard 1A5", "152-millimeter", "(artillery)") to a noun of the unit table; `plural` says the
 * count is more than one, so a singular form followed by a noun is a modifier ("rocket systems").
 */
export function findNoun(tokens: readonly Token[], k: number, lex: AmountLexicon, plural: boolean): NounPhrase | null {
  const start = k;
  let q = k;
  let mods = 0;
  let calibre: string | null = null;
  while (q < tokens.length && mods <= lex.maxModifiers) {
    const t = tokens[q];
    // "120 pieces of these systems", "five squadrons of S-400 systems": the head counts its complement.
    if (lex.ofHeads.has(t.lower) && tokens[q + 1]?.lower === "of" && (lex.units.match(tokens, q)?.length ?? 0) <= 1) {
      const inner = ofComplement(tokens, q + 2, lex);
      // With no unit word in the complement ("pieces of military equipment", "units of 155 mm ammunition"), the
      // noun runs over it and the item it names decides the unit (assemble-claims).
      if (inner) return { from: start, to: inner.to, unit: inner.unit, singular: false, article: false, calibre: calibre ?? inner.calibre, nonCount: false };
    }
    // Quotation marks around a name ("several thousand "Geraniums"") do not end the noun.
    if (QUOTES.has(t.text)) {
      q++;
      continue;
    }
    // "artillery and rocket shells", "Bradley and Stryker vehicles": modifiers joined before one noun.
    if ((t.lower === "and" || t.lower === "or") && q > start && tokens[q - 1].kind === "word" && joinedNoun(tokens, q + 1, lex)) {
      q++;
      continue;
    }
    const u = lex.units.match(tokens, q);
    // "anti-aircraft guns", "anti-drone systems": a unit word glued to a hyphen before another noun is a modifier.
    // ("anti-ship and anti-aircraft missiles": so is one joined by "and" to another modifier before the noun.)
    const next = u ? tokens[q + u.length] : undefined;
    const modifier = u !== null && !t.spaced && tokens[q - 1]?.text === "-" && next?.kind === "word" && next.spaced && (!lex.stopWords.has(next.lower) || ((next.lower === "and" || next.lower === "or") && joinedNoun(tokens, q + u.length + 1, lex)));
    if (u && !modifier) {
      const after = tokens[q + u.length];
      const compound = !u.value.plural && plural && after?.kind === "word" && after.spaced && !lex.stopWords.has(after.lower);
      if (!compound) {
        const generic = u.length === 1 && lex.genericNouns.has(t.lower) && !tokens.slice(start, q).some(isCapitalised);
        return { from: start, to: extendOf(tokens, q + u.length, u.value.unit, lex), unit: u.value.unit, singular: u.value.singular, article: u.value.article, calibre, nonCount: false, generic };
      }
    }
    const nc = lex.nonCount.match(tokens, q);
    // "M1989", "M-1991" are models, not metres: a measure word stands alone.
    const onlyMeasureWords = tokens.slice(start, q).every((x) => lex.measureModifiers.has(x.lower) || x.text === "-");
    // "second-hand", "year-old": a time word glued by a hyphen to the next word is a compound modifier, no measure.
    const compoundModifier = nc !== null && tokens[q + nc.length]?.text === "-" && !tokens[q + nc.length].spaced && tokens[q + nc.length + 1]?.kind === "word" && !tokens[q + nc.length + 1].spaced;
    // "a second Patriot battery": a time word that is also an ordinal ranks the noun after it.
    const ranks = nc !== null && nc.length === 1 && q === start && lex.ordinalTimeWords.has(t.lower) && tokens[q + 1]?.kind === "word" && tokens[q + 1].spaced && !lex.stopWords.has(tokens[q + 1].lower);
    if (nc && !compoundModifier && !ranks && onlyMeasureWords && !modelAfter(tokens, q + nc.length)) return { from: start, to: q + nc.length, unit: null, singular: false, article: false, calibre, nonCount: true };
    if (t.kind === "num") {
      const c = readNumber(tokens, q, lex);
      if (c?.not === "calibre") calibre = c.calibre ?? null;
      if (c?.not) {
        q = c.to;
        mods++;
        continue;
      }
      // A number inside a model name ("Wisent 1", "1A5"), not a new count.
      const prev = tokens[q - 1];
      if (q > start && (!t.spaced || (prev && isCapitalised(prev)))) {
        q++;
        continue;
      }
      break;
    }
    if ((t.text === "-" || t.text === "/") && !t.spaced && q > start) {
      q++;
      continue;
    }
    if (t.text === "(") {
      const close = tokens.slice(q, q + 5).findIndex((x) => x.text === ")");
      if (close > 1) {
        q += close + 1;
        continue;
      }
      break;
    }
    // ("40 more such drones": a word pointing back after a word of a further lot does not end the noun.)
    // ("more than 200 such missiles": so does one right after the figure, where a word of its own follows.)
    if ((q > start ? lex.moreAfter.has(tokens[q - 1].lower) : tokens[q + 1]?.kind === "word" && !lex.stopWords.has(tokens[q + 1].lower)) && lex.lotPointers.has(t.lower)) {
      q++;
      continue;
    }
    // "North Korean-made": a word glued to a hyphen is part of a compound modifier, even a stop word.
    // ("A2SM": a stop word glued to what follows is the start of a name.)
    if (t.kind !== "word" || (lex.stopWords.has(t.lower) && !(!t.spaced && tokens[q - 1]?.text === "-") && !(t.text !== t.lower && tokens[q + 1] && !tokens[q + 1].spaced && tokens[q + 1].kind === "num"))) break;
    if (t.spaced || q === start) mods++;
    q++;
  }
  return fallback(tokens, start, lex, calibre);
}

const QUOTES = new Set(["\"", "“", "”", "‘", "’", "'", "«", "»"]);

/** After "and"/"or": a plural unit noun within three words (a hyphened compound is one), with only plain words before it. */
function joinedNoun(tokens: readonly Token[], k: number, lex: AmountLexicon): boolean {
  let words = 0;
  for (let q = k; q < tokens.length && words < 3; q++) {
    const t = tokens[q];
    const u = lex.units.match(tokens, q);
    if (u && u.value.plural) return true;
    // ("anti-aircraft", "air-to-ground": the parts glued by hyphens make one word.)
    const glued = q > k && !t.spaced && (t.text === "-" || tokens[q - 1].text === "-");
    if (!glued && (t.kind !== "word" || lex.stopWords.has(t.lower))) return false;
    if (!glued) words++;
  }
  return false;
}

/** The counted noun of an "of"-complement ("of each of these systems", "of the latest S-400 systems"), or null. */
function ofComplement(tokens: readonly Token[], k: number, lex: AmountLexicon): NounPhrase | null {
  let q = k;
  // "each of these", "the", "those": determiners before the complement.
  while (q < tokens.length && q < k + 4 && /^(?:each|of|the|these|those|its|their|all)$/.test(tokens[q].lower)) q++;
  const noun = findNoun(tokens, q, lex, true);
  if (noun?.unit) return noun.unit !== "containers" ? noun : null;
  if (noun?.nonCount) return null;
  // No unit word: plain words, calibres and model numbers up to the next stop ("155 mm caliber ammunition").
  let end = q;
  while (end < Math.min(tokens.length, q + 6) && (tokens[end].kind === "num" || (tokens[end].kind === "word" && !lex.stopWords.has(tokens[end].lower)) || (tokens[end].text === "-" && !tokens[end].spaced))) end++;
  return end > q ? { from: q, to: end, unit: null, singular: false, article: false, calibre: noun?.calibre ?? null, nonCount: false } : null;
}

function modelAfter(tokens: readonly Token[], k: number): boolean {
  const g = tokens[k];
  if (!g || g.spaced) return false;
  if (g.kind !== "sym") return true;
  const h = tokens[k + 1];
  return g.text === "-" && h !== undefined && !h.spaced && h.kind === "num";
}

/** "rounds of artillery shells": a head followed by "of" and a noun of the same unit is one phrase. */
function extendOf(tokens: readonly Token[], end: number, unit: Unit, lex: AmountLexicon): number {
  if (tokens[end]?.lower !== "of") return end;
  for (let q = end + 1; q < Math.min(tokens.length, end + 4); q++) {
    const u = lex.units.match(tokens, q);
    if (u && u.value.unit === unit) return q + u.length;
    if (tokens[q].kind !== "word" || lex.stopWords.has(tokens[q].lower)) break;
  }
  return end;
}

/** No known noun: the first run of up to three plain words, with no unit. */
function fallback(tokens: readonly Token[], start: number, lex: AmountLexicon, calibre: string | null): NounPhrase | null {
  let q = start;
  let words = 0;
  while (q < tokens.length && words < 3) {
    const t = tokens[q];
    if (t.kind === "sym" && t.text === "-" && !t.spaced && q > start) {
      q++;
      continue;
    }
    // "F-35A stealth fighters", "Su-30SM jets": the number of a model name and a variant letter glued to it run on
    // to the words after it, so the noun reaches the name of the thing counted.
    if (!t.spaced && q > start && (t.kind === "num" || tokens[q - 1].kind === "num")) {
      q++;
      continue;
    }
    // A past participle ("announced", "delivered") after a bare number is a verb, not its noun.
    if (t.kind !== "word" || lex.stopWords.has(t.lower) || (t.lower.length > 4 && /[^e]ed$/.test(t.lower))) break;
    if (t.spaced || q === start) words++;
    q++;
  }
  if (q === start) return calibre ? { from: start, to: start, unit: null, singular: false, article: false, calibre, nonCount: false } : null;
  return { from: start, to: q, unit: null, singular: false, article: false, calibre, nonCount: false };
}

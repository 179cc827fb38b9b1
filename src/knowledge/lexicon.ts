import type { Certainty, Item } from "../core/claim.js";
import certaintyData from "./certainty-cues.json" with { type: "json" };
import itemData from "./items.json" with { type: "json" };
import speechData from "./speech.json" with { type: "json" };
import transferData from "./transfer-cues.json" with { type: "json" };

/**
 * One alternation of phrases as a global, case-insensitive regular expression on word boundaries.
 * Plain `\b` (no lookbehind, no unicode classes) keeps V8 fast; `matchAll` drops matches glued to a
 * hyphen before them ("tank" in "anti-tank").
 */
export function phraseRegex(patterns: readonly string[], flags = "gi"): RegExp {
  const sorted = [...patterns].sort((a, b) => b.length - a.length);
  return new RegExp(`\\b(?:${sorted.join("|")})\\b`, flags);
}

/** Whether a (global) lexicon expression matches anywhere in `text`, without leaving state behind. */
export function hits(re: RegExp, text: string): boolean {
  return matchAll(re, text).length > 0;
}

export interface Match {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** All non-overlapping matches of `re` in `text`, offsets shifted by `offset`. */
export function matchAll(re: RegExp, text: string, offset = 0): Match[] {
  const out: Match[] = [];
  re.lastIndex = 0;
  for (const m of text.matchAll(re)) {
    if (m.index > 0 && text.charCodeAt(m.index - 1) === 45 /* - */) continue;
    out.push({ start: m.index + offset, end: m.index + m[0].length + offset, text: m[0] });
  }
  return out;
}

export interface ItemEntry {
  readonly item: Item;
  readonly generic: boolean;
  /** One sticky expression per pattern, tried where `anyItemRe` finds a start: an alternation stops at its first alternative, not the longest. */
  readonly sticky: readonly RegExp[];
  /** For each pattern, the lower-case letters it can start with (null: any), so most are never tried. */
  readonly firsts: readonly (ReadonlySet<string> | null)[];
}

export const itemEntries: readonly ItemEntry[] = itemData.items.map((e) => ({
  item: e.item as Item,
  generic: Boolean((e as { generic?: boolean }).generic),
  sticky: e.patterns.map((pattern) => new RegExp(`(?:${pattern})\\b`, "iy")),
  firsts: e.patterns.map(firstLetters),
}));

/**
 * The letters a pattern of the lexicon can start with: literal letters, `(?:a|b)` groups (optional
 * ones add what follows), `[A-Z]` classes. Anything else gives null (try it everywhere). Hand-written:
 * a small reader of the one regex style the lexicon files use, not a general regex parser.
 */
export function firstLetters(pattern: string): Set<string> | null {
  const out = new Set<string>();
  let rest = pattern;
  for (;;) {
    if (/^[A-Za-z]/.test(rest)) {
      out.add(rest[0].toLowerCase());
      return out;
    }
    if (rest.startsWith("(?:")) {
      let depth = 0;
      let end = -1;
      for (let i = 0; i < rest.length; i++) {
        if (rest[i] === "(") depth++;
        else if (rest[i] === ")" && --depth === 0) {
          end = i;
          break;
        }
      }
      if (end < 0) return null;
      const inner = rest.slice(3, end);
      const alternatives: string[] = [];
      let level = 0;
      let from = 0;
      for (let i = 0; i < inner.length; i++) {
        if (inner[i] === "(") level++;
        else if (inner[i] === ")") level--;
        else if (inner[i] === "|" && level === 0) {
          alternatives.push(inner.slice(from, i));
          from = i + 1;
        }
      }
      alternatives.push(inner.slice(from));
      for (const a of alternatives) {
        const f = firstLetters(a);
        if (!f) return null;
        f.forEach((c) => out.add(c));
      }
      if (rest[end + 1] !== "?") return out;
      rest = rest.slice(end + 2);
      continue;
    }
    return null;
  }
}

/** Matches any item phrase at all (for the cheap candidate test). */
export const anyItemRe = phraseRegex(itemData.items.flatMap((e) => e.patterns));

export const transfer = {
  give: phraseRegex(transferData.give),
  giveNoun: phraseRegex(transferData.giveNouns),
  get: phraseRegex(transferData.get),
  getNoun: phraseRegex(transferData.getNouns),
  use: phraseRegex(transferData.use),
  pay: phraseRegex(transferData.pay),
  reverse: phraseRegex(transferData.reverse),
  production: phraseRegex(transferData.production),
  productionState: phraseRegex(transferData.productionState),
  status: phraseRegex(transferData.status),
  anaphora: phraseRegex(transferData.anaphora),
};

export const certaintyCues: readonly { readonly certainty: Certainty; readonly re: RegExp }[] = (
  ["denied", "doubted", "possible", "believed", "reported"] as const
).map((c) => ({ certainty: c, re: phraseRegex(certaintyData[c]) }));

export const speech = {
  verb: phraseRegex(speechData.verbs),
  according: phraseRegex(speechData.according),
  relay: phraseRegex(speechData.relay),
  pointer: phraseRegex(speechData.pointers),
  unnamed: phraseRegex(speechData.unnamed),
  media: phraseRegex(speechData.media),
  verbSource: speechData.verbs,
};

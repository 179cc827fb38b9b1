import type { Item } from "../core/claim.js";
import certaintyData from "./certainty-cues.json" with { type: "json" };
import itemData from "./items.json" with { type: "json" };
import speechData from "./speech.json" with { type: "json" };
import transferData from "./transfer-cues.json" with { type: "json" };
import { familyItems } from "./item-families.js";
import { headsOf } from "../extract/claims/item-heads.js";
import { compiledNow } from "../core/compiled-regex.js";
import { nextMatch, numbersGroups, scanOf, type PhraseScan } from "./phrase-scan.js";

/**
 * One alternation of phrases as a global, case-insensitive regular expression on word boundaries.
 * Plain `\b` (no lookbehind, no unicode classes) keeps V8 fast; `matchAll` drops matches glued to a
 * hyphen before them ("tank" in "anti-tank"). `split`: the alternation split by first character (byFirstCharacter),
 * where that was measured to pay.
 */
export function phraseRegex(patterns: readonly string[], flags = "gi", split = false, scanned = false): RegExp {
  const ordered = longestFirst(patterns);
  const re = compiledNow(new RegExp(`\\b(?:${split ? byFirstCharacter(ordered, flags) : ordered.join("|")})\\b`, flags));
  // (`scanned`: `matchAll` and `hits` try it place by place, only the phrases of each place's first character,
  // phrase-scan.ts: the same matches. The certainty cues alone scan several times faster so; on the other
  // lexicon expressions the loop in script costs more than V8's own scan, so only callers measured to gain ask for it.)
  const scan = scanned && re.global ? scanOf(ordered, flags) : null;
  if (scan) scans.set(re, scan);
  return re;
}

/** The first-character scans of the lexicon's global alternations (phrase-scan.ts), by expression. */
const scans = new WeakMap<RegExp, PhraseScan>();

/** Patterns as one alternation, longest first (so "supplies of" is tried before "supplies"). */
export function alternation(patterns: readonly string[]): string {
  return longestFirst(patterns).join("|");
}

const longestFirst = (patterns: readonly string[]) => [...patterns].sort((a, b) => b.length - a.length);

/**
 * The alternation of `patterns` in their order, split by the character each pattern can begin with: one branch a first
 * character, behind a look-ahead for it, holding the patterns that can begin there in their order. At any place
 * only one branch's look-ahead holds, and it tries, in the same order, the patterns that could match there; the
 * others could not (their first character differs), so what matches is what the plain alternation matches.
 * It pays only where V8's own first-character checks cannot turn word starts away: the transfer verbs (look-arounds,
 * groups) scan twice as fast over 21,000 sentences; on plain word lists (certainty cues, speech verbs, place names)
 * the look-aheads cost two to four times the plain alternation. So only the callers measured to gain ask for it.
 * Patterns whose first character the reader cannot tell (item-heads.ts) go into every branch, and into one for
 * the other characters. Only for case-insensitive expressions (the reader lower-cases), patterns without
 * capturing groups (the branches repeat patterns), and where the expression does not grow much.
 *
 *     byFirstCharacter(["supplied", "armed", "sent", ...], "gi") -> "(?=a)(?:armed|...)|(?=s)(?:supplied|sent|...)|..."
 */
export function byFirstCharacter(ordered: readonly string[], flags: string): string {
  const plain = ordered.join("|");
  if (!flags.includes("i") || ordered.length < 8 || ordered.some(numbersGroups)) return plain;
  const firsts = ordered.map((p) => headsOf(`(?:${p})`, 1));
  const characters = [...new Set(firsts.flatMap((f) => (f ? [...f] : [])))].sort();
  if (characters.length < 2 || characters.some((c) => c.charCodeAt(0) > 127)) return plain;
  const unknown = ordered.filter((_, i) => !firsts[i]);
  const branches = characters.map((c) => `(?=${outsideClass(c)})(?:${ordered.filter((_, i) => !firsts[i] || firsts[i]!.has(c)).join("|")})`);
  if (unknown.length) branches.push(`(?![${characters.map(insideClass).join("")}])(?:${unknown.join("|")})`);
  const split = branches.join("|");
  return split.length > 3 * plain.length + 2000 ? plain : split;
}

const outsideClass = (c: string) => (/[\\^$.*+?()[\]{}|/]/.test(c) ? `\\${c}` : c);
const insideClass = (c: string) => (/[\\\]^-]/.test(c) ? `\\${c}` : c);

/** Whether a (global) lexicon expression matches anywhere in `text`, without leaving state behind. */
export function hits(re: RegExp, text: string): boolean {
  let found = false;
  eachMatch(re, text, () => !(found = true));
  return found;
}

export interface Match {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** All non-overlapping matches of `re` in `text`, offsets shifted by `offset`. */
export function matchAll(re: RegExp, text: string, offset = 0): Match[] {
  const out: Match[] = [];
  eachMatch(re, text, (m) => void out.push({ start: m.index + offset, end: m.index + m[0].length + offset, text: m[0] }));
  return out;
}

/** The first match `matchAll` would give (none: undefined), without scanning on past it. */
export function firstMatch(re: RegExp, text: string, offset = 0): Match | undefined {
  let first: Match | undefined;
  eachMatch(re, text, (m) => {
    first = { start: m.index + offset, end: m.index + m[0].length + offset, text: m[0] };
    return false;
  });
  return first;
}

/**
 * The matches String.prototype.matchAll gives, less those glued to a hyphen before them, each to
 * `visit` until it returns false. An exec loop on `re` itself: matchAll would copy the expression
 * on every call, and `hits` stops at the first match.
 */
function eachMatch(re: RegExp, text: string, visit: (m: RegExpExecArray) => boolean | void): void {
  if (!re.global) text.matchAll(re); // (throws, as matchAll does for a non-global expression)
  const scan = scans.get(re);
  if (scan) {
    re.lastIndex = 0;
    // (Every phrase matches one character at least: the next search starts where the match ends.)
    for (let m = nextMatch(scan, text, 0); m; m = nextMatch(scan, text, m.index + m[0].length)) {
      if (m.index > 0 && text.charCodeAt(m.index - 1) === 45 /* - */) continue;
      if (visit(m) === false) return;
    }
    return;
  }
  // (re.unicode and re.unicodeSets, not a test of re.flags: that getter builds a string on every call.)
  const unicode = re.unicode || (re as RegExp & { readonly unicodeSets?: boolean }).unicodeSets === true;
  re.lastIndex = 0;
  try {
    for (let m = re.exec(text); m; m = re.exec(text)) {
      // (After an empty match the search moves on by one character, a whole code point under "u".)
      if (m[0].length === 0) re.lastIndex += unicode && (text.codePointAt(re.lastIndex) ?? 0) > 0xffff ? 2 : 1;
      if (m.index > 0 && text.charCodeAt(m.index - 1) === 45 /* - */) continue;
      if (visit(m) === false) return;
    }
  } finally {
    re.lastIndex = 0;
  }
}

export interface ItemEntry {
  readonly item: Item;
  readonly generic: boolean;
  /** One sticky expression per pattern: an alternation stops at its first alternative, not the longest. */
  readonly sticky: readonly RegExp[];
}

/** The item lexicon: items.json's entries, then the weapon systems of item-families.json by family. */
const lexiconItems: readonly { readonly item: string; readonly patterns: readonly string[]; readonly generic?: boolean }[] = [...itemData.items, ...familyItems];

export const itemEntries: readonly ItemEntry[] = lexiconItems.map((e) => ({
  item: e.item as Item,
  generic: Boolean((e as { generic?: boolean }).generic),
  sticky: e.patterns.map((pattern) => new RegExp(`(?:${pattern})\\b`, "iy")),
}));

/** A pattern of the item lexicon, ready to be tried at a word start. */
export interface ItemPattern {
  readonly entry: ItemEntry;
  readonly re: RegExp;
}

/**
 * The item patterns by the first two letters (lower case) they can start with, and those that can
 * start anywhere: at a word start only the few that fit are tried. Built once.
 */
export const itemIndex: { readonly byPrefix: ReadonlyMap<string, readonly ItemPattern[]>; readonly anywhere: readonly ItemPattern[] } = (() => {
  const byPrefix = new Map<string, ItemPattern[]>();
  const anywhere: ItemPattern[] = [];
  itemEntries.forEach((entry, e) => {
    lexiconItems[e].patterns.forEach((pattern, k) => {
      const p: ItemPattern = { entry, re: entry.sticky[k] };
      const heads = literalHeads(pattern);
      if (!heads) anywhere.push(p);
      else for (const h of heads) byPrefix.set(h, [...(byPrefix.get(h) ?? []), p]);
    });
  });
  return { byPrefix, anywhere };
})();

/**
 * The lower-case first two characters a lexicon pattern can start with: literal text, `(?:a|b)`
 * groups (optional ones add what follows). Anything else gives null (try it everywhere). Hand-written:
 * a small reader of the one regex style the lexicon files use, not a general regex parser.
 */
export function literalHeads(pattern: string): Set<string> | null {
  const out = new Set<string>();
  const lit = /^[A-Za-z0-9-][A-Za-z0-9 '-]/.exec(pattern);
  // ("M-?1989": a second character made optional or repeated by what follows is no sure second letter.)
  if (lit && /^[?*{]/.test(pattern.slice(2))) return null;
  if (lit) return new Set([lit[0].toLowerCase()]);
  if (!pattern.startsWith("(?:")) return null;
  let depth = 0;
  let end = -1;
  for (let i = 0; i < pattern.length; i++) {
    if (pattern[i] === "(") depth++;
    else if (pattern[i] === ")" && --depth === 0) {
      end = i;
      break;
    }
  }
  if (end < 0) return null;
  const inner = pattern.slice(3, end);
  let level = 0;
  let from = 0;
  const alternatives: string[] = [];
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
    const heads = literalHeads(a + pattern.slice(end + 1).replace(/^\?/, ""));
    if (!heads) return null;
    heads.forEach((h) => out.add(h));
  }
  if (pattern[end + 1] === "?") {
    const rest = literalHeads(pattern.slice(end + 2));
    if (!rest) return null;
    rest.forEach((h) => out.add(h));
  }
  return out;
}

/** Phrases that contain an item word but name nothing traded ("satellite images", "arms control"). */
export const notItemRe = phraseRegex((itemData as { notItems?: string[] }).notItems ?? []);


export const transfer = {
  reverse: phraseRegex(transferData.reverse),
  production: phraseRegex(transferData.production),
  productionState: phraseRegex(transferData.productionState),
  status: phraseRegex(transferData.status),
  anaphora: phraseRegex(transferData.anaphora),
};

/** Phrases of several kinds in one expression: one scan finds them, a sticky test per kind names them. */
export interface Classified<L extends string> {
  readonly any: RegExp;
  readonly kinds: readonly { readonly label: L; readonly sticky: RegExp }[];
}

export function classified<L extends string>(groups: readonly { readonly label: L; readonly patterns: readonly string[] }[], split = false, scanned = false): Classified<L> {
  return {
    any: phraseRegex(groups.flatMap((g) => g.patterns), "gi", split, scanned),
    kinds: groups.map((g) => ({ label: g.label, sticky: compiledNow(new RegExp(`(?:${alternation(g.patterns)})\\b`, "iy")) })),
  };
}

type Classification = readonly { readonly start: number; readonly end: number; readonly kind: number }[];

/**
 * The last texts each `Classified` was asked about, with what it found (offset 0). The stages ask again
 * and again about the same sentence and its clauses (the transfer words of one sentence some ten times:
 * find-candidates, weigh-certainty, claim assembly), and naming each phrase's kind tries every kind there.
 */
const remembered = new WeakMap<Classified<string>, Map<string, Classification>>();
/** Texts remembered per `Classified`: the candidate sentences of a page and their clauses. */
// (Room for a long page over both readings of claim assembly and the stages after it: at 256 it was emptied within one page.)
const MEMO_SIZE = 4096;

/** The phrases of `text` with their kind: the longest kind matching where the scan found one, earlier kinds first on ties. */
export function findClassified<L extends string>(c: Classified<L>, text: string, offset = 0): (Match & { readonly label: L })[] {
  let memo = remembered.get(c);
  if (!memo) remembered.set(c, (memo = new Map()));
  let found = memo.get(text);
  if (!found) {
    found = classify(c, text);
    if (memo.size >= MEMO_SIZE) memo.clear();
    memo.set(text, found);
  }
  return found.map((f) => ({ start: f.start + offset, end: f.end + offset, text: text.slice(f.start, f.end), label: c.kinds[f.kind].label }));
}

function classify<L extends string>(c: Classified<L>, text: string): Classification {
  const out: { start: number; end: number; kind: number }[] = [];
  for (const m of matchAll(c.any, text)) {
    let best = -1;
    let length = -1;
    for (let kind = 0; kind < c.kinds.length; kind++) {
      const sticky = c.kinds[kind].sticky;
      sticky.lastIndex = m.start;
      const hit = sticky.exec(text);
      if (hit && (best < 0 || hit[0].length > length)) [best, length] = [kind, hit[0].length];
    }
    if (best >= 0) out.push({ start: m.start, end: m.start + length, kind: best });
  }
  return out;
}

/** Every certainty cue in one scan (see findClassified). */
export const certaintyAll = classified(
  (["denied", "doubted", "possible", "believed", "reported"] as const).map((c) => ({ label: c, patterns: certaintyData[c] })),
  false,
  true, // (its scan by first character, phrase-scan.ts: some hundreds of phrases, most of them plain words)
);

/** Every transfer word in one scan, verbs before nouns: `give` (the subject supplies), `get` (the subject receives), `use`, `pay`, and their nouns. */
export const transferAll = classified(
  (["give", "get", "use", "pay", "giveNouns", "getNouns"] as const).map((k) => ({ label: k.replace(/s$/, "") as "give" | "get" | "use" | "pay" | "giveNoun" | "getNoun", patterns: transferData[k] })),
  true, // (its scan split by first character: the same words, twice as fast; byFirstCharacter)
);

export const speech = {
  verb: phraseRegex(speechData.verbs),
  according: phraseRegex(speechData.according),
  relay: phraseRegex(speechData.relay),
  pointer: phraseRegex(speechData.pointers),
  unnamed: phraseRegex(speechData.unnamed),
  media: phraseRegex(speechData.media),
  bodyNoun: phraseRegex(speechData.bodyNouns),
  rolePointers: rolePointers(speechData.rolePointers),
};

/** Role descriptions ("the head of state") with the titles that give the person they point back to (speech.json rolePointers). */
function rolePointers(entries: readonly { readonly pattern: string; readonly titles: readonly string[] }[]): readonly { readonly description: RegExp; readonly title: RegExp }[] {
  return entries.map((e, i) => {
    if (!e.pattern || !e.titles?.length) throw new Error(`speech.json rolePointers[${i}]: a pattern and at least one title are needed`);
    return { description: phraseRegex([e.pattern]), title: new RegExp(`\\b(?:${alternation(e.titles)})\\b`, "i") };
  });
}

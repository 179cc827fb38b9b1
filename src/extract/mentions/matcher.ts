import { compiledNow } from "../../core/compiled-regex.js";
import type { Mention } from "../../core/document.js";
import { BODIES, GENERIC_NOUNS, GROUPS, IGNORED_PHRASES, OUTLETS, PEOPLE, STATES } from "../../knowledge/gazetteer.js";
import { escapeRegExp } from "../../core/escape-regexp.js";

/**
 * The gazetteer compiled for recognise-mentions: every surface form (names, aliases, adjectives,
 * seats, roles, generic nouns, ignored phrases) with the case it requires, grouped by first word
 * into small case-insensitive trie regexes, built on first use.
 */

export type Kind = Mention["kind"] | "ignore" | "generic";
export interface Entry {
  readonly kind: Kind;
  readonly entity: string;
  readonly name: string;
  readonly state: string | null;
  readonly form: Mention["form"];
  readonly org?: string | null;
  readonly weak?: boolean;
  /** The letters and digits of the surface form, and per letter: E exact, U upper-case, . any. */
  readonly letters: string;
  readonly mask: string;
}

export const WORD = "A-Za-z0-9\\u00C0-\\u024F\\u0370-\\u03FF\\u0400-\\u04FF";
// Word characters, as a table: the scan below looks at every character once.
export const WORD_CHAR = new Uint8Array(65536);
for (const [a, b] of [[48, 57], [65, 90], [97, 122], [0xc0, 0x24f], [0x370, 0x3ff], [0x400, 0x4ff]]) WORD_CHAR.fill(1, a, b + 1);
WORD_CHAR[0xd7] = WORD_CHAR[0xf7] = 0;
const FREE_WORDS = new Set(["the", "of", "and", "for", "de", "der", "von"]);
/** The letters and digits of `s` (a char loop: this runs on every hit). */
export function letters(s: string): string {
  let out = "";
  for (let i = 0; i < s.length; i++) if (WORD_CHAR[s.charCodeAt(i)] || s.charCodeAt(i) > 0x4ff) out += s[i];
  return out;
}
export const keyOf = (s: string) => letters(s).toLowerCase();
const isUpper = (c: string) => c !== c.toLowerCase();

/**
 * The case a form requires, one mark per letter or digit: E exact (acronyms), U upper-case (the
 * initial of a proper name), . any. `caseMask("Shin Won-sik", false)` → "U...U.....";
 * `caseMask("NIS director", true)` → "EEE........".
 */
export function caseMask(form: string, anyCase: boolean): string {
  let mask = "";
  for (const token of form.split(/\s+/)) {
    token.split(/[-/]/).forEach((part, i) => {
      const l = letters(part);
      if (!l) return;
      if (l.length >= 2 && !/\p{Ll}/u.test(part) && /\p{Lu}/u.test(part)) mask += "E".repeat(l.length);
      else if (!anyCase && i === 0 && isUpper(l[0]) && !FREE_WORDS.has(l.toLowerCase())) mask += "U" + ".".repeat(l.length - 1);
      else mask += ".".repeat(l.length);
    });
  }
  return mask;
}

export function verify(text: string, e: Entry): boolean {
  const l = letters(text);
  if (l.length !== e.mask.length) return false;
  for (let i = 0; i < l.length; i++) {
    const m = e.mask.charCodeAt(i);
    if (m === 69 /* E */ ? l[i] !== e.letters[i] : m === 85 /* U */ && !isUpper(l[i])) return false;
  }
  return true;
}

/** One regex fragment per character: separators are loose so "Won-sik", "Won sik" and "Wonsik" all match. */
function atom(c: string): string {
  if (/\s/.test(c)) return "[\\s\\u00a0]+";
  if (/[-‐‑–]/.test(c)) return "[-‐‑–\\s]?";
  if (/['’‘`]/.test(c)) return "['’‘`]";
  return escapeRegExp(c.toLowerCase());
}

interface TrieNode { children: Map<string, TrieNode>; end: boolean }
const END = `(?![${WORD}])`;

/** A trie regex (built by hand: V8 tries alternatives one by one, a trie lets it reject a position on one character). */
function trieSource(forms: Iterable<string>): string {
  const root: TrieNode = { children: new Map(), end: false };
  for (const f of forms) {
    let node = root;
    for (const c of f.trim()) {
      const a = atom(c);
      let next = node.children.get(a);
      if (!next) node.children.set(a, (next = { children: new Map(), end: false }));
      node = next;
    }
    node.end = true;
  }
  const emit = (n: TrieNode): string => {
    const parts = [...n.children].map(([a, child]) => a + emit(child));
    if (n.end) parts.push(END);
    return parts.length === 1 ? parts[0] : `(?:${parts.join("|")})`;
  };
  return emit(root);
}

/** The compiled gazetteer: built once per process (see `compileGazetteer`). */
export interface Matcher {
  /**
   * Hash of the first word of a form (lower case) → a sticky trie regex of the forms that start with
   * it, built on first use. Two words with one hash share a trie: harmless, the trie reads the text.
   */
  readonly byFirst: Map<number, RegExp | string[]>;
  /** The same, for words written in lower case: only forms whose first word may be ("the North", role phrases). */
  readonly byFirstLower: Map<number, RegExp | string[]>;
  readonly entries: Map<string, Entry[]>;
  /** Generic nouns right after a state, possessive allowed: "'s defence minister". */
  readonly nounAfter: RegExp;
  /** First words of the generic nouns: a cheap test before `nounAfter`. */
  readonly nounFirstWords: Set<string>;
  /** Surface text → the entries whose case it fits (a cache: names repeat). */
  readonly verified: Map<string, Entry[]>;
  /** " of (the)? <state>" after a generic noun. */
  readonly stateAfterOf: RegExp;
  /** `${iso3}|${noun key}` → the body it names and whether the noun is a role. */
  readonly generic: Map<string, { body: (typeof BODIES)[number]; role: boolean }>;
  readonly surnames: Map<string, (typeof PEOPLE)[number][]>;
  /** Surface forms dropped as ambiguous (one form, two entries of one kind). */
  readonly ambiguous: readonly string[];
}

const RANK: Record<Kind, number> = { generic: 0, ignore: 1, person: 2, body: 3, outlet: 4, state: 5 };

export function compileGazetteer(): Matcher {
  const entries = new Map<string, Entry[]>();
  const forms = new Set<string>();
  const lowerForms = new Set<string>();
  const ambiguous = new Set<string>();
  const add = (text: string, e: Omit<Entry, "letters" | "mask">, anyCase = false) => {
    const k = keyOf(text);
    if (!k) return;
    const entry: Entry = { ...e, letters: letters(text), mask: caseMask(text, anyCase) };
    const list = entries.get(k) ?? [];
    if (list.some((x) => x.kind === e.kind && x.entity !== e.entity && x.kind !== "generic")) ambiguous.add(k);
    if (!list.some((x) => x.entity === e.entity && x.mask === entry.mask)) list.push(entry);
    entries.set(k, list.sort((a, b) => RANK[a.kind] - RANK[b.kind]));
    forms.add(text);
    if (entry.mask[0] === ".") lowerForms.add(text);
  };
  const stateForms: string[] = [];
  for (const s of STATES) {
    const base = { kind: "state" as const, entity: s.iso3, name: s.name, state: s.iso3 };
    add(s.name, { ...base, form: "name" });
    for (const a of s.aliases) add(a, { ...base, form: "alias" });
    for (const a of s.weakAliases) add(a, { ...base, form: "alias", weak: true });
    for (const a of s.adjectives) add(a, { ...base, form: "adjective" });
    for (const a of s.demonyms) add(a, { ...base, form: "alias" });
    for (const a of s.seats) add(a, { ...base, form: "seat" });
    stateForms.push(s.name, ...s.aliases);
  }
  // Groups stand where states do (a party), under their own ISO3-NAME code.
  const groupForms = new Set<string>();
  for (const g of GROUPS) {
    const base = { kind: "state" as const, entity: g.id, name: g.name, state: g.id };
    add(g.name, { ...base, form: "name" });
    for (const a of g.aliases) add(a, { ...base, form: "alias" });
    for (const a of g.adjectives) add(a, { ...base, form: "adjective" });
    for (const a of g.demonyms) add(a, { ...base, form: "alias" });
    for (const f of [g.name, ...g.aliases, ...g.adjectives, ...g.demonyms]) groupForms.add(keyOf(f));
  }
  const replaced = new Set(GROUPS.flatMap((g) => (g.replacesBody ? [g.replacesBody] : [])));
  for (const p of PEOPLE)
    for (const v of [p.name, ...p.variants]) add(v, { kind: "person", entity: p.id, name: p.name, state: p.state, form: "name", org: p.org });
  for (const b of BODIES) {
    const base = { kind: "body" as const, entity: b.id, name: b.name, state: b.state, org: b.id };
    // "South Korean military" is found as state + generic noun, which lets "military intelligence" win.
    const g = b.generic ? GENERIC_NOUNS[b.generic] : undefined;
    // "Wagner Group" names the group as a party; the body keeps its roles for speakers.
    const own = (f: string) => !(replaced.has(b.id) && groupForms.has(keyOf(f)));
    if (!g?.aliases.some((n) => b.name.toLowerCase().endsWith(` ${n.toLowerCase()}`)) && own(b.name)) add(b.name, { ...base, form: "name" });
    for (const a of b.aliases) if (own(a)) add(a, { ...base, form: "alias" });
    for (const a of b.roles) add(a, { ...base, form: "role" }, true);
    for (const a of b.seats) add(a, { ...base, form: "seat" });
  }
  for (const o of OUTLETS) {
    const base = { kind: "outlet" as const, entity: o.id, name: o.name, state: o.kind === "state-media" ? o.country : null };
    add(o.name, { ...base, form: "name" });
    for (const a of o.aliases) add(a, { ...base, form: "alias" });
  }
  for (const i of IGNORED_PHRASES) add(i, { kind: "ignore", entity: "", name: i, state: null, form: "name" });
  const generic = new Map<string, { body: (typeof BODIES)[number]; role: boolean }>();
  const nouns = new Set<string>();
  for (const b of BODIES) {
    const g = b.generic ? GENERIC_NOUNS[b.generic] : undefined;
    if (!g || !b.state) continue;
    for (const [list, role] of [[g.aliases, false], [g.roles, true]] as const)
      for (const n of list) {
        const k = `${b.state}|${keyOf(n)}`;
        if (!generic.has(k)) generic.set(k, { body: b, role });
        nouns.add(n);
        add(n, { kind: "generic", entity: "", name: n, state: null, form: role ? "role" : "alias" }, true);
      }
  }
  for (const k of ambiguous) entries.set(k, (entries.get(k) ?? []).filter((e) => e.kind === "generic" || e.kind === "ignore"));
  const surnames = new Map<string, (typeof PEOPLE)[number][]>();
  for (const p of PEOPLE) if (p.surname) surnames.set(p.surname, [...(surnames.get(p.surname) ?? []), p]);
  return {
    byFirst: groupByFirstWord(forms),
    byFirstLower: groupByFirstWord(lowerForms),
    entries,
    nounAfter: compiledNow(new RegExp(`(?:['’‘]s)?[\\s\\u00a0]+(${trieSource(nouns)})`, "iy")),
    nounFirstWords: new Set([...nouns].map(firstWord)),
    verified: new Map(),
    stateAfterOf: compiledNow(new RegExp(`[\\s\\u00a0]+of[\\s\\u00a0]+(?:the[\\s\\u00a0]+)?(${trieSource(stateForms)})`, "iy")),
    generic,
    surnames,
    ambiguous: [...ambiguous],
  };
}

const firstWord = (form: string) => /[\p{L}\p{N}]+/u.exec(form)?.[0].toLowerCase() ?? "";

function groupByFirstWord(forms: Iterable<string>): Map<number, RegExp | string[]> {
  const groups = new Map<number, string[]>();
  for (const f of forms) {
    const h = hashWord(firstWord(f));
    groups.set(h, [...(groups.get(h) ?? []), f]);
  }
  return groups;
}

export function formsStartingWith(groups: Map<number, RegExp | string[]>, hash: number): RegExp | undefined {
  const g = groups.get(hash);
  if (!g || g instanceof RegExp) return g;
  const re = new RegExp(trieSource(g), "iy");
  groups.set(hash, re);
  return re;
}

// FNV-1a over lower-cased char codes (ASCII and Latin-1 capitals folded), computed during the scan.
export const HASH_SEED = 0x811c9dc5;
export const hashStep = (h: number, c: number) => Math.imul(h ^ ((c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7) ? c + 32 : c), 16777619);
function hashWord(w: string): number {
  let h = HASH_SEED;
  for (let i = 0; i < w.length; i++) h = hashStep(h, w.charCodeAt(i));
  return h;
}

let compiled: Matcher | null = null;
/** The shared compiled gazetteer (about 0.1 s to build, once). */
export function gazetteerMatcher(): Matcher {
  return (compiled ??= compileGazetteer());
}


import type { ArmsDocument, Mention, Stage } from "../core/document.js";
import type { Span } from "../core/span.js";
import { BODIES, GENERIC_NOUNS, IGNORED_PHRASES, OUTLETS, PEOPLE, STATES, findPerson } from "../knowledge/gazetteer.js";

/**
 * recognise-mentions: names of states, people, bodies and outlets, resolved to gazetteer entries.
 *
 * The whole gazetteer is compiled once into one case-insensitive regular expression shaped as a
 * character trie (longest alternative first), then each hit is checked against the case of the form
 * it came from: proper names need their capitals, all-caps acronyms must match exactly, role phrases
 * and generic nouns take any case. Decisions, in order:
 * - longest match wins ("North Korean" over "Korea", "Washington Post" over "Washington");
 * - a state followed by a generic noun of one of its bodies is that body: "South Korea's defence
 *   minister" and "Russian Foreign Ministry" are one body mention (form "role" or "alias"), as is
 *   "the Foreign Minister of Ukraine"; generic nouns alone ("the Defense Ministry") give nothing;
 * - a state right before one of its own bodies merges into it ("US State Department");
 * - a role followed by the surname of one of its people names that person ("Defense Minister Shin"):
 *   role and person are two adjacent mentions, the attributor joins them;
 * - a surname alone ("Peskov said") names a person already named in full in the same document;
 * - weak aliases ("the North") carry `weak: true` and never stand before a capitalised word;
 * - phrases of the ignore list ("North America", "South China Sea") hide the names inside them;
 * - bare "Korea"/"Korean" and ambiguous forms (one surface, two entries of one kind) give nothing.
 * Spans never include a possessive "'s" or a leading "the" (except in outlet names such as "The Times").
 */

type Kind = Mention["kind"] | "ignore" | "generic";
interface Entry {
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

const WORD = "A-Za-z0-9\\u00C0-\\u024F\\u0370-\\u03FF\\u0400-\\u04FF";
// Word characters, as a table: the scan below looks at every character once.
const WORD_CHAR = new Uint8Array(65536);
for (const [a, b] of [[48, 57], [65, 90], [97, 122], [0xc0, 0x24f], [0x370, 0x3ff], [0x400, 0x4ff]]) WORD_CHAR.fill(1, a, b + 1);
WORD_CHAR[0xd7] = WORD_CHAR[0xf7] = 0;
const FREE_WORDS = new Set(["the", "of", "and", "for", "de", "der", "von"]);
/** The letters and digits of `s` (a char loop: this runs on every hit). */
function letters(s: string): string {
  let out = "";
  for (let i = 0; i < s.length; i++) if (WORD_CHAR[s.charCodeAt(i)] || s.charCodeAt(i) > 0x4ff) out += s[i];
  return out;
}
const keyOf = (s: string) => letters(s).toLowerCase();
const isUpper = (c: string) => c !== c.toLowerCase();

function caseMask(form: string, anyCase: boolean): string {
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

function verify(text: string, e: Entry): boolean {
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
  return c.toLowerCase().replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
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
  /** First word of a form (lower case) → a sticky trie regex of the forms that start with it, built on first use. */
  readonly byFirst: Map<string, RegExp | string[]>;
  /** The same, for words written in lower case: only forms whose first word may be ("the North", role phrases). */
  readonly byFirstLower: Map<string, RegExp | string[]>;
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
  for (const p of PEOPLE)
    for (const v of [p.name, ...p.variants]) add(v, { kind: "person", entity: p.id, name: p.name, state: p.state, form: "name", org: p.org });
  for (const b of BODIES) {
    const base = { kind: "body" as const, entity: b.id, name: b.name, state: b.state, org: b.id };
    // "South Korean military" is found as state + generic noun, which lets "military intelligence" win.
    const g = b.generic ? GENERIC_NOUNS[b.generic] : undefined;
    if (!g?.aliases.some((n) => b.name.toLowerCase().endsWith(` ${n.toLowerCase()}`))) add(b.name, { ...base, form: "name" });
    for (const a of b.aliases) add(a, { ...base, form: "alias" });
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
    nounAfter: new RegExp(`(?:['’‘]s)?[\\s\\u00a0]+(${trieSource(nouns)})`, "iy"),
    nounFirstWords: new Set(groupByFirstWord(nouns).keys()),
    verified: new Map(),
    stateAfterOf: new RegExp(`[\\s\\u00a0]+of[\\s\\u00a0]+(?:the[\\s\\u00a0]+)?(${trieSource(stateForms)})`, "iy"),
    generic,
    surnames,
    ambiguous: [...ambiguous],
  };
}

function groupByFirstWord(forms: Iterable<string>): Map<string, RegExp | string[]> {
  const groups = new Map<string, string[]>();
  for (const f of forms) {
    const first = /[\p{L}\p{N}]+/u.exec(f)?.[0].toLowerCase();
    if (first) groups.set(first, [...(groups.get(first) ?? []), f]);
  }
  return groups;
}

function formsStartingWith(groups: Map<string, RegExp | string[]>, word: string): RegExp | undefined {
  const g = groups.get(word);
  if (!g || g instanceof RegExp) return g;
  const re = new RegExp(trieSource(g), "iy");
  groups.set(word, re);
  return re;
}


let compiled: Matcher | null = null;
/** The shared compiled gazetteer (about 0.1 s to build, once). */
export function gazetteerMatcher(): Matcher {
  return (compiled ??= compileGazetteer());
}

const mention = (e: Entry, start: number, end: number, over: Partial<Mention> = {}): Mention => ({
  kind: e.kind as Mention["kind"],
  span: { start, end },
  entity: e.entity,
  name: e.name,
  state: e.state,
  form: e.form,
  ...(e.org !== undefined ? { org: e.org } : {}),
  ...(e.weak ? { weak: true } : {}),
  ...over,
});

/** The next word after `at`, in lower case, past a possessive "'s": "" where none follows. */
function nextWord(text: string, at: number, limit: number): string {
  let i = at;
  const c = text.charCodeAt(i);
  if ((c === 39 || c === 0x2019 || c === 0x2018) && (text[i + 1] === "s" || text[i + 1] === "S")) i += 2;
  if (i >= limit || WORD_CHAR[text.charCodeAt(i)]) return "";
  while (i < limit && !WORD_CHAR[text.charCodeAt(i)] && text.charCodeAt(i) <= 32 + 128) i++;
  let j = i;
  while (j < limit && WORD_CHAR[text.charCodeAt(j)]) j++;
  return text.slice(i, j).toLowerCase();
}

/** The first entry that accepts `text` at [start, end): its case, its context; null if none. */
function accept(m: Matcher, text: string, start: number, end: number, limit: number): { mention: Mention | null; end: number } | null {
  const surface = text.slice(start, end);
  let fits = m.verified.get(surface);
  if (!fits) {
    if (m.verified.size > 50_000) m.verified.clear();
    m.verified.set(surface, (fits = (m.entries.get(keyOf(surface)) ?? []).filter((e) => verify(surface, e))));
  }
  for (const e of fits) {
    if (e.kind === "ignore") return { mention: null, end };
    if (e.kind === "generic") {
      m.stateAfterOf.lastIndex = end;
      const of = m.stateAfterOf.exec(text);
      if (!of || end + of[0].length > limit) continue;
      const state = (m.entries.get(keyOf(of[1])) ?? []).find((s) => s.kind === "state" && verify(of[1], s));
      const hit = state && m.generic.get(`${state.entity}|${keyOf(surface)}`);
      if (!hit) continue;
      const b = hit.body;
      return { mention: mention(e, start, end + of[0].length, { kind: "body", entity: b.id, name: b.name, state: b.state, org: b.id }), end: end + of[0].length };
    }
    if (e.weak && /^[\s\u00a0]+\p{Lu}/u.test(text.slice(end, end + 3))) continue;
    if (e.kind === "state" && e.form !== "seat" && !e.weak && m.nounFirstWords.has(nextWord(text, end, limit))) {
      m.nounAfter.lastIndex = end;
      const n = m.nounAfter.exec(text);
      const nounEnd = n ? end + n[0].length : 0;
      const noun = n ? (m.entries.get(keyOf(n[1])) ?? []).find((g) => g.kind === "generic" && verify(n[1], g)) : undefined;
      const hit = noun && nounEnd <= limit ? m.generic.get(`${e.entity}|${keyOf(n![1])}`) : undefined;
      if (hit)
        return { mention: mention(e, start, nounEnd, { kind: "body", entity: hit.body.id, name: hit.body.name, state: hit.body.state, org: hit.body.id, form: hit.role ? "role" : "alias" }), end: nounEnd };
    }
    return { mention: mention(e, start, end), end };
  }
  return null;
}

/**
 * Mentions in `text` within [from, to), in order, non-overlapping. Each word start is looked up by
 * its first word (one Map lookup), and only then is the small trie of forms starting with it tried.
 */
export function findMentions(text: string, from = 0, to = text.length, m: Matcher = gazetteerMatcher()): Mention[] {
  const out: Mention[] = [];
  let i = from;
  while (i < to) {
    if (!WORD_CHAR[text.charCodeAt(i)]) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < to && WORD_CHAR[text.charCodeAt(j)]) j++;
    const before = i > 0 ? text.charCodeAt(i - 1) : 32;
    const c = text.charCodeAt(i);
    // Not after a letter, nor an apostrophe (the "s" of "Russia's").
    const re = WORD_CHAR[before] || before === 39 || before === 0x2019 ? undefined
      : formsStartingWith(c >= 97 && c <= 122 ? m.byFirstLower : m.byFirst, text.slice(i, j).toLowerCase());
    if (re) {
      re.lastIndex = i;
      const hit = re.exec(text);
      if (hit) {
        let end = Math.min(i + hit[0].length, to);
        let got = end === i + hit[0].length ? accept(m, text, i, end, to) : null;
        // The longest form failed (wrong case, cut by the sentence end): try shorter ones at word ends.
        while (!got && --end > i) if (!WORD_CHAR[text.charCodeAt(end)] && (WORD_CHAR[text.charCodeAt(end - 1)] || text[end - 1] === ".")) got = accept(m, text, i, end, to);
        if (got?.mention) out.push(got.mention);
        if (got) {
          i = got.end;
          continue;
        }
      }
    }
    i = j;
  }
  return joinRolesAndNames(text, out, m);
}

/** "US" + "State Department" → one body; "Defense Minister" + "Shin" → a person after the role. */
function joinRolesAndNames(text: string, list: Mention[], m: Matcher): Mention[] {
  const out: Mention[] = [];
  for (const cur of list) {
    const prev = out[out.length - 1];
    const gap = prev ? text.slice(prev.span.end, cur.span.start) : "";
    if (prev && prev.kind === "state" && !prev.weak && cur.kind === "body" && cur.state === prev.entity && /^(?:['’‘]s)?[\s\u00a0]+$/.test(gap))
      out[out.length - 1] = { ...cur, span: { start: prev.span.start, end: cur.span.end } };
    else out.push(cur);
  }
  for (let i = 0; i < out.length; i++) {
    const role = out[i];
    if (role.kind !== "body" || (role.form !== "role" && role.form !== "alias")) continue;
    const next = /^[\s\u00a0]+(\p{Lu}[\p{L}’'-]*)/u.exec(text.slice(role.span.end, role.span.end + 40));
    if (!next) continue;
    const start = role.span.end + next[0].length - next[1].length;
    if (out[i + 1] && out[i + 1].span.start < start + next[1].length) continue;
    const people = (m.surnames.get(next[1]) ?? []).filter((p) => p.org === role.entity);
    if (people.length !== 1) continue;
    const p = people[0];
    out.splice(i + 1, 0, { kind: "person", span: { start, end: start + next[1].length }, entity: p.id, name: p.name, state: p.state, form: "alias", org: p.org });
  }
  return out;
}

/** Surnames alone ("Peskov said") of people named in full elsewhere in the document, where unique. */
function addSurnames(doc: ArmsDocument, ranges: readonly Span[], m: Matcher): void {
  const named = new Map<string, (typeof PEOPLE)[number] | null>();
  for (const x of doc.mentions) {
    if (x.kind !== "person") continue;
    const p = findPerson(x.entity);
    if (!p?.surname) continue;
    const seen = named.get(p.surname);
    named.set(p.surname, seen === undefined || seen?.id === p.id ? p : null);
  }
  const usable = [...named].filter(([, p]) => p).map(([s]) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  if (!usable.length) return;
  const re = new RegExp(`(?<![${WORD}])(?:${usable.sort((a, b) => b.length - a.length).join("|")})(?![${WORD}])`, "g");
  const taken = doc.mentions.map((x) => x.span).sort((a, b) => a.start - b.start);
  let k = 0;
  let r = 0;
  for (const hit of doc.text.matchAll(re)) {
    const start = hit.index!;
    const end = start + hit[0].length;
    while (r < ranges.length && ranges[r].end < end) r++;
    if (r === ranges.length) break;
    if (ranges[r].start > start) continue;
    while (k < taken.length && taken[k].end <= start) k++;
    if (k < taken.length && taken[k].start < end) continue;
    const p = named.get(hit[0])!;
    doc.mentions.push({ kind: "person", span: { start, end }, entity: p.id, name: p.name, state: p.state, form: "alias", org: p.org });
  }
}

export interface RecogniseMentionsOptions {
  /** Match surnames alone of people named in full elsewhere in the document (default true). */
  readonly surnames?: boolean;
}

/** The stage: mentions for every sentence of `doc.sentences` (the whole text where there are none). */
export const recogniseMentions = (options: RecogniseMentionsOptions = {}): Stage => {
  const m = gazetteerMatcher();
  return (doc: ArmsDocument) => {
    const ranges = doc.sentences.length ? doc.sentences.map((s) => s.span).sort((a, b) => a.start - b.start) : [{ start: 0, end: doc.text.length }];
    for (const r of ranges) doc.mentions.push(...findMentions(doc.text, r.start, r.end, m));
    if (options.surnames !== false) addSurnames(doc, ranges, m);
    doc.mentions.sort((a, b) => a.span.start - b.span.start);
  };
};

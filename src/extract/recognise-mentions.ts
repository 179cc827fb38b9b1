import type { ArmsDocument, Mention, Stage } from "../core/document.js";
import type { Span } from "../core/span.js";
import { PEOPLE, findPerson } from "../knowledge/gazetteer.js";
import {
  HASH_SEED, WORD, WORD_CHAR, formsStartingWith, gazetteerMatcher, hashStep, keyOf, verify, type Entry, type Matcher,
} from "./mentions/matcher.js";
import { followReferences } from "./mentions/follow-references.js";
import { givingBodies, placeGroups } from "./mentions/place-groups.js";
import { placeMentions } from "./mentions/places.js";
import { capsSurnames } from "./mentions/caps-surnames.js";
import { headlineSurnames } from "./mentions/headline-surnames.js";
import { escapeRegExp } from "../core/escape-regexp.js";
import { allMatches } from "../core/all-matches.js";

export { compileGazetteer, gazetteerMatcher, type Matcher } from "./mentions/matcher.js";

/**
 * recognise-mentions: names of states, people, bodies and outlets, resolved to gazetteer entries.
 *
 * The gazetteer is compiled once (mentions/matcher.ts) into small case-insensitive trie regexes,
 * one per first word; the scan hashes each word, tries the trie of its first word only, and checks
 * each hit against the case of the form it came from: proper names need their capitals, all-caps acronyms must match exactly, role phrases
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
 * - bare "Korea"/"Korean" and ambiguous forms (one surface, two entries of one kind) give nothing;
 * - one surface for entries of different kinds: a generic noun (only with "of <state>") first, then
 *   ignored phrase, person, body, outlet, state ("Security Council of Russia" vs "Security Council").
 * - non-state groups (groups.json) are parties like states, coded ISO3-NAME; their home state named
 *   right before them only places them ("Yemen's Houthis" is one mention of YEM-HOUTHIS);
 * Spans never include a possessive "'s" or a leading "the" (except in outlet names such as "The Times").
 */

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

/** The kinds of body a capital's possessive names (bodies.json generic): its state's ministries, not "Moscow's government" (the city's). */
const seatMinistries: ReadonlySet<string> = new Set(["defence-ministry", "foreign-ministry"]);

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
    // ("Tehran's foreign ministry", "Moscow's defence ministry spokeswoman": a capital's possessive names its state's ministry.)
    const seatOwned = e.form === "seat" && /^['’]s\b/.test(text.slice(end, end + 3));
    if (e.kind === "state" && (e.form !== "seat" || seatOwned) && !e.weak && m.nounFirstWords.has(nextWord(text, end, limit))) {
      m.nounAfter.lastIndex = end;
      const n = m.nounAfter.exec(text);
      const nounEnd = n ? end + n[0].length : 0;
      const noun = n ? (m.entries.get(keyOf(n[1])) ?? []).find((g) => g.kind === "generic" && verify(n[1], g)) : undefined;
      const hit = noun && nounEnd <= limit ? m.generic.get(`${e.entity}|${keyOf(n![1])}`) : undefined;
      if (hit && (!seatOwned || seatMinistries.has(hit.body.generic ?? "")))
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
    let j = i;
    let h = HASH_SEED;
    for (let c = text.charCodeAt(j); j < to && WORD_CHAR[c]; c = text.charCodeAt(++j)) h = hashStep(h, c);
    const before = i > 0 ? text.charCodeAt(i - 1) : 32;
    const lower = text.charCodeAt(i) >= 97 && text.charCodeAt(i) <= 122;
    // Not after a letter, nor an apostrophe (the "s" of "Russia's"); the word's hash finds its trie without a slice.
    const re = WORD_CHAR[before] || before === 39 || before === 0x2019 ? undefined : formsStartingWith(lower ? m.byFirstLower : m.byFirst, h);
    if (re) {
      re.lastIndex = i;
      const hit = re.exec(text);
      if (hit) {
        let end = Math.min(i + hit[0].length, to);
        let got = end === i + hit[0].length || !WORD_CHAR[text.charCodeAt(end)] ? accept(m, text, i, end, to) : null;
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
  return givingBodies(text, placeGroups(text, joinRolesAndNames(text, out, m), true));
}

/** "US" + "State Department" → one body; "Defense Minister" + "Shin" → a person after the role. */
function joinRolesAndNames(text: string, list: Mention[], m: Matcher): Mention[] {
  if (!list.some((x) => x.kind === "body")) return list;
  const out: Mention[] = [];
  for (const cur of list) {
    const prev = out[out.length - 1];
    if (prev && prev.kind === "state" && !prev.weak && cur.kind === "body" && cur.state === prev.entity && /^(?:['’‘]s)?[\s\u00a0]+$/.test(text.slice(prev.span.end, cur.span.start)))
      out[out.length - 1] = { ...cur, span: { start: prev.span.start, end: cur.span.end } };
    else out.push(cur);
  }
  for (let i = 0; i < out.length; i++) {
    const role = out[i];
    if (role.kind !== "body" || (role.form !== "role" && role.form !== "alias")) continue;
    const after = text.charCodeAt(role.span.end);
    if (after !== 32 && after !== 0xa0) continue;
    const next = /^[\s\u00a0]+(\p{Lu}[\p{L}’'-]*)/u.exec(text.slice(role.span.end, role.span.end + 40));
    if (!next) continue;
    const start = role.span.end + next[0].length - next[1].length;
    if (out[i + 1] && out[i + 1].span.start < start + next[1].length) continue;
    let people = (m.surnames.get(next[1]) ?? []).filter((p) => p.org === role.entity);
    // Two of a body share the surname ("Foreign Minister Wang"): keep the one whose role has the role's last word.
    const word = /\p{L}+$/u.exec(text.slice(role.span.start, role.span.end))?.[0].toLowerCase() ?? "";
    if (people.length > 1) people = people.filter((p) => new RegExp(`\\b${word}\\b`, "i").test(p.role));
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
  const usable = [...named].filter(([, p]) => p).map(([s]) => escapeRegExp(s));
  if (!usable.length) return;
  const re = new RegExp(`(?<![${WORD}])(?:${usable.sort((a, b) => b.length - a.length).join("|")})(?![${WORD}])`, "g");
  const taken = doc.mentions.map((x) => x.span).sort((a, b) => a.start - b.start);
  let k = 0;
  let r = 0;
  for (const hit of allMatches(re, doc.text)) {
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
  /** Read a surname alone in a headline as the one known person who bears it (default true). */
  readonly headlineSurnames?: boolean;
  /** Follow descriptions ("the country", "the rebels") back to the party named before (default true). */
  readonly references?: boolean;
}

/** The stage: mentions for every sentence of `doc.sentences` (the whole text where there are none). */
export const recogniseMentions = (options: RecogniseMentionsOptions = {}): Stage => {
  const m = gazetteerMatcher();
  return (doc: ArmsDocument) => {
    const ranges = doc.sentences.length ? doc.sentences.map((s) => s.span).sort((a, b) => a.start - b.start) : [{ start: 0, end: doc.text.length }];
    for (const r of ranges) {
      const found = findMentions(doc.text, r.start, r.end, m);
      // "stationed in Kursk", "assembled in Tatarstan": a place where something is or goes names its state.
      const places = placeMentions(doc.text, r).filter((p) => !found.some((f) => f.span.start < p.span.end && p.span.start < f.span.end));
      doc.mentions.push(...found, ...places);
    }
    if (options.surnames !== false) {
      addSurnames(doc, ranges, m);
      doc.mentions.push(...capsSurnames(doc.text, ranges, m, doc.mentions));
      if (options.headlineSurnames !== false) doc.mentions.push(...headlineSurnames(doc, m, doc.mentions));
    }
    // Sorted and apart even where sentences overlap or the stage runs twice: the longer one stays.
    const tidy = () => {
      doc.mentions.sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
      let end = -1;
      doc.mentions = doc.mentions.filter((x) => x.span.start >= end && ((end = x.span.end), true));
    };
    tidy();
    // The document layer: "the country", "Pyongyang's partner", "the rebels" name the party in focus.
    if (options.references !== false) {
      doc.mentions.push(...followReferences(doc, ranges, m));
      tidy();
      doc.mentions = placeGroups(doc.text, doc.mentions);
    }
  };
};

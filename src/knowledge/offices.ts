// Who held an office on a day (offices.json): a source named by its title ("South Korea's defence minister",
// "Washington's top diplomat", "the NATO chief") is the person in office on the day it spoke.
import type { Claim } from "../core/claim.js";
import { remembered } from "../core/memo.js";
import data from "./offices.json" with { type: "json" };
import { findPerson, STATES, type Person } from "./gazetteer.js";

interface Term {
  readonly person: string;
  readonly from: string;
  readonly to: string | null;
}

interface Office {
  /** An ISO alpha-3 state, or a bodies.json id for an international body. */
  readonly where: string;
  readonly kind: string;
  /** Every title naming the office: its kind's common titles and its own, folded, as word lists. */
  readonly titles: readonly (readonly string[])[];
  readonly holders: readonly Term[];
}

/** A text with its accents dropped ("Vučić" → "Vucic"): Unicode's marks split off and removed. */
export const withoutMarks = (s: string): string => s.normalize("NFD").replace(/\p{M}+/gu, "");

/** Lower case, accents dropped, initials undotted, "'s" dropped, punctuation to single spaces (not trimmed): the fold titles and source names share. */
export function foldWords(s: string): string {
  return withoutMarks(s)
    .toLowerCase()
    .replace(/\b(\p{L})\.(?=\p{L}\b)/gu, "$1")
    .replace(/['’]s\b/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ");
}

/** A title folded: "Washington's top diplomat" → "washington top diplomat". */
export const foldTitle = (s: string): string => foldWords(s).trim();

const kindTitles = data.titles as Record<string, string[]>;
export const OFFICES: readonly Office[] = data.offices.map((o) => ({
  where: o.where,
  kind: o.kind,
  titles: [...(kindTitles[o.kind] ?? []), ...o.titles].map((t) => foldTitle(t).split(" ")),
  holders: o.holders,
}));

/** The words that name each state beside a title (its name, aliases, adjective, seats), folded: "south korea" → KOR. */
const stateWords = new Map<string, string>();
for (const s of STATES) for (const f of [s.name, ...s.aliases, ...s.adjectives, ...s.seats]) stateWords.set(foldTitle(f), s.iso3);

/** Words that may stand beside a title without naming anyone else ("the", "country's"). */
const FILLER = new Set(["the", "its", "country", "nation"]);

/**
 * The state a run of words names, where every word belongs to a state's name (or is filler) and all name one
 * state: "south korea" → KOR, "the" → "" (none named), "senate" → null (other words: not beside its state).
 */
function stateOfWords(words: readonly string[]): string | null {
  let state = "";
  for (let i = 0; i < words.length; ) {
    if (FILLER.has(words[i])) {
      i++;
      continue;
    }
    // The longest state form starting here (forms are a few words long).
    let found: [string, number] | null = null;
    for (let n = Math.min(5, words.length - i); n >= 1 && !found; n--) {
      const iso = stateWords.get(words.slice(i, i + n).join(" "));
      if (iso) found = [iso, n];
    }
    if (!found || (state && state !== found[0])) return null;
    state = found[0];
    i += found[1];
  }
  return state;
}

/** Where a title stands in a phrase's words, with the state the words around it name ("" for none), or null. */
function titleAt(words: readonly string[], title: readonly string[]): string | null {
  for (let i = 0; i + title.length <= words.length; i++) {
    if (!title.every((w, k) => words[i + k] === w)) continue;
    const before = stateOfWords(words.slice(0, i));
    const rest = words.slice(i + title.length);
    // After the title: nothing, or "of" and its state ("the foreign minister of Russia").
    const after = rest.length === 0 ? "" : rest[0] === "of" ? stateOfWords(rest.slice(1)) : null;
    if (before === null || after === null || (before && after && before !== after)) continue;
    return before || after;
  }
  return null;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
/** The first and last day a partial date covers, as YYYY-MM-DD strings: "2024-02" → ["2024-02-01", "2024-02-29"]. */
function span(day: string): [string, string] | null {
  if (DAY.test(day)) return [day, day];
  const m = /^(\d{4})(?:-(\d{2}))?$/.exec(day);
  if (!m) return null;
  if (!m[2]) return [`${m[1]}-01-01`, `${m[1]}-12-31`];
  const last = new Date(Date.UTC(Number(m[1]), Number(m[2]), 0)).getUTCDate();
  return [`${m[1]}-${m[2]}-01`, `${m[1]}-${m[2]}-${String(last).padStart(2, "0")}`];
}

/** The holder whose term covers the whole of a (partial) day, if one does. */
function holderOn(office: Office, day: string): string | null {
  const s = span(day);
  if (!s) return null;
  for (const t of office.holders) if (t.from <= s[0] && (t.to === null || s[1] <= t.to)) return t.person;
  return null;
}

const cache = new Map<string, string>();

/**
 * The person a title names on a day: `phrase` is how the source is named ("Washington's top diplomat", "US
 * Secretary of State", "the NATO chief"), `state` the state it speaks for where known (ISO alpha-3), `day` the day
 * it spoke (YYYY-MM-DD, or a month or year that one term covers). Null where the phrase is no title beside its state
 * ("deputy foreign minister", "the president of the senate"), or no one (or more than one) held it that day.
 *
 *     officeHolder("Washington's top diplomat", "USA", "2024-09-12")?.id → "antony-blinken"
 *     officeHolder("South Korea's defence minister", "KOR", "2024-02-26")?.id → "shin-won-sik"
 */
export function officeHolder(phrase: string, state: string | null, day: string | null): Person | null {
  if (!day) return null;
  const id = remembered(cache, `${phrase}\u0000${state ?? ""}\u0000${day}`, () => findHolder(phrase, state, day) ?? "");
  return id ? findPerson(id) ?? null : null;
}

function findHolder(phrase: string, state: string | null, day: string): string | null {
  const words = foldTitle(phrase).split(" ").filter(Boolean);
  if (words.length === 0) return null;
  const found = new Set<string>();
  for (const office of OFFICES) {
    for (const title of office.titles) {
      const named = titleAt(words, title);
      if (named === null) continue;
      // A state's office needs its state, named beside the title or as the source's; a body's title names the body.
      const isState = /^[A-Z]{3}$/.test(office.where);
      if (isState && (named || state) !== office.where) continue;
      if (!isState && named) continue;
      const who = holderOn(office, day);
      if (who) found.add(who);
      break;
    }
  }
  return found.size === 1 ? [...found][0] : null;
}

/** How a claim names its source: the words its evidence gives for it, and the body attribution made of them. */
function sourcePhrases(c: Claim): string[] {
  const out: string[] = [];
  const span = c.parts.source;
  if (span && span.start >= c.evidence.start && span.end <= c.evidence.end) out.push(c.evidence.text.slice(span.start - c.evidence.start, span.end - c.evidence.start));
  if (c.source.org) out.push(c.source.org);
  return out;
}

/**
 * The office-holder a claim's source names by title on `day` (the day the claim was made), else null; a source
 * that names its speaker is not read: credited to "Washington's top diplomat" (USA) on 2024-09-12 → Antony Blinken.
 */
export function holderNamedByTitle(c: Claim, day: string | null): Person | null {
  if (c.source.speaker || !day) return null;
  for (const phrase of sourcePhrases(c)) {
    const p = officeHolder(phrase, c.source.country, day);
    if (p) return p;
  }
  return null;
}

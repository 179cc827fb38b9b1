import type { Claim, Source } from "../core/claim.js";
import { remembered as memo } from "../core/memo.js";
import { canonicalSource } from "./canonical-source.js";
import { knowledge } from "./knowledge.js";
import { findPerson } from "../knowledge/gazetteer.js";

/**
 * Lower-case words of a name, titles dropped, hyphenated given names kept whole (so "Won-sik" never
 * matches "Won-hong"): `nameTokens("Minister Shin Won-sik")` → {"shin", "won-sik"}
 */
export function nameTokens(name: string | null): Set<string> {
  if (!name) return new Set();
  return memo(tokenCache, name, computeNameTokens);
}

// Bounded caches: linking compares the same few names and bodies many times over.
const tokenCache = new Map<string, Set<string>>();
const orgCache = new Map<string, string | null>();

function computeNameTokens(name: string): Set<string> {
  return new Set(
    name
      .toLowerCase()
      .replace(/[‐‑]/g, "-")
      .split(/[\s.,'’]+/)
      .filter((t) => t.length >= 2 && !knowledge.titles.has(t)),
  );
}

/**
 * Whether a source is only a placeholder for one the text does not name: no speaker, no state, and a
 * body made of words like "report", "media", "officials". `isGenericSource({speaker: null, org: "Media reports", country: null})` → true;
 * "Western intelligence" alone is a placeholder too, "US officials" (a state) and "Yonhap" are not.
 */
export function isGenericSource(s: Source): boolean {
  if (s.speaker || s.country) return false;
  const org = normalizeOrg(s.org);
  if (org === null) return true;
  return org.split(" ").every((w) => knowledge.genericSourceWords.has(w));
}

/** Normalises an organisation's name for comparison: `normalizeOrg("The  White House")` → "white house" */
export function normalizeOrg(org: string | null): string | null {
  if (!org) return null;
  return memo(orgCache, org, computeOrg);
}

function computeOrg(org: string): string | null {
  // Initials are one word however they are dotted: "U.S." and "US", "U.K." and "UK" are one body's name.
  const s = org.toLowerCase().replace(/\b(\p{L})\.(?=\p{L}\b)/gu, "$1").replace(/[^\p{L}\p{N}]+/gu, " ").replace(/^the /, "").trim();
  return s || null;
}

/**
 * A name word as its spellings meet: accents dropped, hyphens out, "kh" as "h", "th" as "t", "ph" as "f", "y" as "i",
 * doubled letters single. Letters that carry their mark in their shape rather than as an accent ("ł", "ø", "đ"), which
 * Unicode does not split, are written as the press writes them without it.
 * `foldSpelling("Zelenskyy")` → "zelenski", as "Zelensky" and "Zelenskiy"; "Amir-Abdollahian" and "Amirabdollakhian" meet too;
 * `foldSpelling("Wałęsa")` → "walesa".
 */
export function foldSpelling(word: string): string {
  return memo(foldCache, word, computeFold);
}

const foldCache = new Map<string, string>();

/** Letters Unicode does not split into a letter and an accent, as written without their mark. */
const UNSPLIT: Readonly<Record<string, string>> = { "ł": "l", "ø": "o", "đ": "d", "ð": "d", "ħ": "h", "ı": "i", "ß": "ss", "æ": "ae", "œ": "oe", "þ": "th" };

function computeFold(word: string): string {
  return word.toLowerCase().replace(/[łøđðħıßæœþ]/g, (c) => UNSPLIT[c]).normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[-'’]/g, "").replace(/kh/g, "h").replace(/th/g, "t").replace(/ph/g, "f").replace(/y/g, "i").replace(/(\p{L})\1+/gu, "$1");
}

/**
 * Whether two speaker names are one person: they share a name word, however spelt (foldSpelling; score.mjs compares
 * surnames alike), and do not give two other given names ("Kim Yong-hyun" and "Kim Jong-un" share only the family
 * name: two people; "Shin" and "Shin Won-sik", or "Mohammad-Reza" and "Mohammad Reza", are one).
 */
export function sameSpeaker(a: string | null, b: string | null): boolean {
  const ta = [...nameTokens(a)].map(foldSpelling), tb = [...nameTokens(b)].map(foldSpelling);
  if (!ta.some((t) => tb.includes(t))) return false;
  const restA = ta.filter((t) => !tb.includes(t)), restB = tb.filter((t) => !ta.includes(t));
  return restA.length === 0 || restB.length === 0 || restA.join("") === restB.join("");
}

/**
 * A stable key naming the origin of a claim, one however the reports spell it (canonical-source.ts):
 * `sourceKey({speaker: "Shin Won-sik", ...})` → "person:shin won-sik"; "NIS" and "South Korea's spy agency" → "body:kor-nis".
 */
export function sourceKey(s: Source): string {
  return canonicalSource(s);
}

/**
 * The key a person's claims are looked up by over the years a figure of theirs is retold (linker.ts, personWindow):
 * the family name, spelling folded (foldSpelling), the gazetteer's where it knows the person, else the last name word
 * as told, so "Lukas Brandl" and "Brandl" meet; null where no person speaks. One key for both sides of a pair, so the
 * lookup finds the same pairs whichever claim comes first.
 *
 *     speakerKey({speaker: "Minister Lukas Brandl", org: null, country: null}) → "brandl"
 */
export function speakerKey(s: Source): string | null {
  if (!s.speaker) return null;
  const key = sourceKey(s);
  const person = key.startsWith("person:") ? findPerson(key.slice(7)) : undefined;
  const words = [...nameTokens(person ? (person.surname ?? person.name) : s.speaker)];
  const last = words.at(-1);
  return last ? foldSpelling(last) : null;
}

/** A readable label of a source for tables: the speaker, else the body, else the state. */
export function sourceLabel(s: Source): string {
  return s.speaker ?? s.org ?? s.country ?? "unknown";
}

/** Whether a claim is made in the document's own voice (or credited only to the outlet that carries it). */
export function isOwnVoice(c: Claim, outlet: string | null): boolean {
  if (c.source.speaker) return false;
  const org = normalizeOrg(c.source.org);
  return org !== null && org === normalizeOrg(outlet);
}

/** Whether a speakerless source is the press ("US media", "the BBC"), which relays rather than originates. */
export function isMediaSource(s: Source, outlets: ReadonlySet<string>): boolean {
  if (s.speaker) return false;
  const org = normalizeOrg(s.org);
  if (!org) return false;
  if (outlets.has(org)) return true;
  return s.country === null && org.split(" ").some((w) => knowledge.mediaWords.has(w));
}

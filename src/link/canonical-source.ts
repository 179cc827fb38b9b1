// One key per origin, however a report spells it: a person by the gazetteer's entry (or their name words), a
// body by its gazetteer entry (its name, an alias, or a common noun beside its state), an outlet by its entry,
// a state's government by the state. Knowledge stays in src/knowledge/*.json; this file only reads it.
import { remembered } from "../core/memo.js";
import type { Source } from "../core/claim.js";
import { BODIES, findBody, GENERIC_NOUNS, OUTLETS, PEOPLE, STATES, stateByIso3 } from "../knowledge/gazetteer.js";
import { knowledge } from "./knowledge.js";
import { foldWords } from "../knowledge/offices.js";
import { nameTokens } from "./sources.js";
import { escapeRegExp } from "../core/escape-regexp.js";

/** Lower case, accents dropped, initials undotted, punctuation to single spaces, no leading "the". */
export function foldName(s: string): string {
  return foldWords(s).replace(/^the /, "").trim();
}

const bodyByName = new Map<string, string>();
for (const b of BODIES) for (const n of [b.name, ...b.aliases, ...b.roles, ...b.seats]) if (!bodyByName.has(foldName(n))) bodyByName.set(foldName(n), b.id);
const outletByFolded = new Map<string, string>();
for (const o of OUTLETS) if (o.kind !== "media") for (const n of [o.name, ...o.aliases]) if (!outletByFolded.has(foldName(n))) outletByFolded.set(foldName(n), o.id);
const personByName = new Map<string, string>();
let peopleIndexed = false;
/** People by their folded names and by their name words without titles (indexed at first use: nameTokens lives in sources.ts, which imports this file). */
function personId(name: string): string | undefined {
  if (!peopleIndexed) {
    peopleIndexed = true;
    for (const p of PEOPLE) {
      for (const n of [p.name, ...p.variants]) {
        for (const k of [foldName(n), [...nameTokens(n)].join(" ")]) if (k && !personByName.has(k)) personByName.set(k, p.id);
      }
    }
  }
  return personByName.get(foldName(name)) ?? personByName.get([...nameTokens(name)].join(" "));
}

/** Common nouns of each kind of body, longest first ("defence intelligence agency" before "intelligence"). */
const genericNouns: [string, string][] = Object.entries(GENERIC_NOUNS)
  .flatMap(([kind, nouns]) => [...nouns.aliases, ...nouns.roles].map((n): [string, string] => [foldName(n), kind]))
  .filter(([n]) => n.length > 3)
  .sort((a, b) => b[0].length - a[0].length);
/** Common words that also name a state's defence establishment in reports ("South Korea's military"). */
const militaryWords = /\b(?:military|army|armed forces|defence forces|defense forces)\b/;

/** The one body of a state named by a kind of common noun, where the gazetteer has exactly one. */
function bodyOfState(kind: string, state: string): string | null {
  const found = BODIES.filter((b) => b.state === state && b.generic === kind);
  return found.length === 1 ? found[0].id : null;
}

/**
 * The canonical key of a source: `person:<id>` for people of the gazetteer, else `person:<name words>`;
 * `body:<id>` for a body found by name, alias, role or a common noun beside its state; `outlet:<id>`;
 * `state:<ISO3>` for a state's government in general; else `org:<folded name>`.
 *
 *     canonicalSource({speaker: null, org: "South Korea's spy agency", country: "KOR"}) → "body:kor-nis"
 *     canonicalSource({speaker: null, org: "NIS", country: "KOR"})                      → "body:kor-nis"
 */
export function canonicalSource(s: Source): string {
  // Linking asks for the keys of the same few sources again and again (every pair of candidate claims).
  return remembered(canonicalCache, `${s.speaker ?? ""}\u0000${s.org ?? ""}\u0000${s.country ?? ""}`, () => computeCanonical(s));
}

const canonicalCache = new Map<string, string>();

function computeCanonical(s: Source): string {
  if (s.speaker) {
    const known = personId(s.speaker);
    if (known) return `person:${known}`;
    return `person:${[...nameTokens(s.speaker)].join(" ") || foldName(s.speaker)}`;
  }
  const org = s.org ? foldName(s.org) : "";
  if (org) {
    const body = bodyByName.get(org);
    if (body) return `body:${body}`;
    const outlet = outletByFolded.get(org);
    if (outlet) return `outlet:${outlet}`;
    const paper = bodyOfPaper(org);
    if (paper) return `body:${paper}`;
    if (s.country) {
      // "US State Department", "South Korea's NIS": the state's name or adjective before a body's own name.
      const state = stateByIso3(s.country);
      for (const form of state ? [state.name, ...state.adjectives, ...state.aliases] : []) {
        const f = foldName(form);
        if (!org.startsWith(`${f} `)) continue;
        const rest = org.slice(f.length + 1);
        const inner = bodyByName.get(rest) ?? BODIES.find((b) => b.state === s.country && foldName(b.name).endsWith(` ${rest}`) && rest.includes(" "))?.id;
        if (inner) return `body:${inner}`;
      }
      for (const [noun, kind] of genericNouns) {
        if (!new RegExp(`\\b${escapeRegExp(noun)}\\b`).test(org)) continue;
        // (A state with no body of the noun's own kind may have one of a narrower kind it stands for: bodies.json, narrower.)
        const narrower = GENERIC_NOUNS[kind]?.narrower;
        const id = bodyOfState(kind, s.country) ?? (narrower && !BODIES.some((b) => b.state === s.country && b.generic === kind) ? bodyOfState(narrower, s.country) : null);
        if (id) return `body:${id}`;
        if (kind === "government") return `state:${s.country}`;
        break;
      }
      if (militaryWords.test(org)) {
        const id = bodyOfState("military", s.country);
        return id ? `body:${id}` : `military:${s.country}`;
      }
    }
    return `org:${org}`;
  }
  return s.country ? `state:${s.country}` : "unknown";
}

/**
 * The body whose paper a folded name names, its name followed by a paper word ("msmt report", "csis study";
 * knowledge.paperWords), where the gazetteer knows the body by that name; else null ("africa report" names no body).
 */
function bodyOfPaper(org: string): string | null {
  const words = org.split(" ");
  if (words.length < 2 || !knowledge.paperWords.has(words[words.length - 1])) return null;
  return bodyByName.get(words.slice(0, -1).join(" ")) ?? null;
}

/** The state a canonical key stands for, where it is a body or government of one state. */
export function stateOfKey(key: string): string | null {
  if (key.startsWith("state:") || key.startsWith("military:")) return key.slice(key.indexOf(":") + 1);
  if (key.startsWith("body:")) return BODIES.find((b) => b.id === key.slice(5))?.state ?? null;
  return null;
}

/**
 * Whether a body (by source key) speaks as another: it is that body, or part of it (bodies.json, within), so that a
 * council's spokesman briefing for the president's office says what "the White House said" says.
 *
 *     speaksAs("body:usa-nsc", "body:usa-white-house") → true; speaksAs("body:usa-white-house", "body:usa-nsc") → false
 */
export function speaksAs(key: string, outer: string): boolean {
  const seen = new Set<string>();
  for (let k: string | null = key; k !== null && !seen.has(k); ) {
    if (k === outer) return true;
    seen.add(k);
    const within: string | undefined = k.startsWith("body:") ? findBody(k.slice(5))?.within : undefined;
    k = within ? `body:${within}` : null;
  }
  return false;
}

/** Words that name a state ("Korean", "Ukraine", "Kyiv") or say nothing of a body ("of", "news", "officials"): no body is known by them. */
const commonWords: ReadonlySet<string> = (() => {
  const out = new Set<string>([...knowledge.stopwords, ...knowledge.mediaWords, ...knowledge.genericSourceWords, ...knowledge.titles, "for", "de"]);
  for (const s of STATES) for (const n of [s.name, ...s.aliases, ...s.adjectives, ...s.seats]) for (const w of foldName(n).split(" ")) out.add(w);
  return out;
})();

const bodyWords = (org: string) => foldName(org).split(" ").filter((w) => w && !knowledge.stopwords.has(w) && w !== "for");

/**
 * Whether two speakerless sources that the gazetteer does not know name one body: one name is a run of the other's
 * words holding a word of its own ("Merkur" in "Münchner Merkur"), or the other's initials ("MSMT" for "Multilateral
 * Sanctions Monitoring Team"). Known bodies and outlets are told apart by their keys alone ("The Independent" is not
 * "The Kyiv Independent").
 */
export function sameUnlistedBody(a: Source, b: Source): boolean {
  if (a.speaker || b.speaker || !a.org || !b.org) return false;
  // Linking asks this of the same few pairs of bodies again and again.
  return remembered(unlistedCache, `${a.org}\u0000${a.country ?? ""}\u0000${b.org}\u0000${b.country ?? ""}`, () => computeUnlisted(a, b));
}

const unlistedCache = new Map<string, boolean>();

function computeUnlisted(a: Source, b: Source): boolean {
  if (!a.org || !b.org) return false;
  if (!canonicalSource(a).startsWith("org:") || !canonicalSource(b).startsWith("org:")) return false;
  if (a.country && b.country && a.country !== b.country) return false;
  const wa = bodyWords(a.org), wb = bodyWords(b.org);
  const [short, long, shortOrg] = wa.length <= wb.length ? [wa, wb, a.org] : [wb, wa, b.org];
  if (short.length === 0 || short.length === long.length) return false;
  // "MSMT": one word in capitals, the initials of the other's words.
  if (short.length === 1 && /^\p{Lu}{3,8}$/u.test(shortOrg.trim().replace(/^the\s+/i, "")) && long.map((w) => w[0]).join("") === short[0]) return true;
  if (!short.some((w) => w.length >= 4 && !commonWords.has(w))) return false;
  for (let i = 0; i + short.length <= long.length; i++) if (short.every((w, j) => long[i + j] === w)) return true;
  return false;
}

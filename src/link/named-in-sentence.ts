/**
 * A report may credit a body, a state or itself with a figure while the very sentence names the person who gave it
 * ("the scheme says it has sent 40,000 rounds (its coordinator Ana Prus)", "..., the institute found, citing the army
 * chief Ion Vasile"), or the body by its initials ("by the NATR's count") or, in its own voice, by the head of its name
 * ("as the monitoring panel found"). Where another report credits that person,
 * the body the gazetteer has them speak for, or that body, with the very figure on that occasion, both carry the one
 * statement of that origin (link-claims.ts, relation).
 */
import type { LinkedClaim } from "./link-claims.js";
import { remembered } from "../core/memo.js";
import { findBody, PEOPLE, stateByIso3 } from "../knowledge/gazetteer.js";
import { withoutMarks } from "../knowledge/offices.js";
import { stateOfKey } from "./canonical-source.js";
import { knowledge } from "./knowledge.js";
import { isGenericSource, isOwnVoice, nameTokens, sourceKey } from "./sources.js";

/** The full names a source's origin goes by: its speaker's (two name words at least), else its body's people (gazetteer). */
function originNames(lc: LinkedClaim): string[] {
  const s = lc.claim.source;
  if (s.speaker) return nameTokens(s.speaker).size >= 2 ? [s.speaker] : [];
  const key = sourceKey(s);
  if (!key.startsWith("body:")) return [];
  return remembered(peopleCache, key.slice(5), peopleOf);
}

// (Linking asks for the same few bodies' people again and again.)
const peopleCache = new Map<string, string[]>();

/** The full names (two name words at least) of the gazetteer's people who speak for a body. */
const peopleOf = (body: string) => PEOPLE.filter((p) => p.org === body).flatMap((p) => [p.name, ...p.variants]).filter((n) => nameTokens(n).size >= 2);

/**
 * The initials a body credited by name goes by ("Defense Intelligence Agency" → "DIA"), with and without the name of
 * its state before them ("Ruritanian Arms Export Office" → "RAEO" and "AEO"); none where it is a person, a placeholder
 * or the report's own outlet, or its name has fewer than three words to initial.
 */
function originInitials(lc: LinkedClaim): string[] {
  const s = lc.claim.source;
  if (s.speaker || !s.org || isGenericSource(s) || isOwnVoice(lc.claim, lc.doc.outlet)) return [];
  const capitals = s.org.split(/\s+/).filter((w) => /^\p{Lu}\p{Ll}/u.test(w));
  const out = new Set([capitals.map((w) => w[0]).join("")]);
  const state = withoutState(capitals, s.country ?? stateOfKey(sourceKey(s)));
  if (state) out.add(state.map((w) => w[0]).join(""));
  return [...out].filter((x) => x.length >= 3);
}

/**
 * The last two words of a body's name of three words or more, lower-case, where both are content words: the head a
 * report may name it by ("Joint Arms Monitoring Panel" → "monitoring panel", told as "the nine-nation monitoring
 * panel"); null where it is a person, a placeholder or the report's own outlet, or a word of them is a stop word
 * ("Ministry of Defence").
 */
function originHead(lc: LinkedClaim): string | null {
  const s = lc.claim.source;
  if (s.speaker || !s.org || isGenericSource(s) || isOwnVoice(lc.claim, lc.doc.outlet)) return null;
  // (The gazetteer's full name of a body it knows, however this report named it: its initials, "the panel's report".)
  const key = sourceKey(s);
  const w = words((key.startsWith("body:") ? findBody(key.slice(5))?.name : null) ?? s.org);
  if (w.length < 3) return null;
  const head = w.slice(-2);
  return head.every((x) => x.length >= 3 && !knowledge.stopwords.has(x)) ? head.join(" ") : null;
}

/** The words of a body's name after its state's name or adjective ("South Korean", "Polish"), null where they do not begin with one. */
function withoutState(words: readonly string[], iso3: string | null): readonly string[] | null {
  const state = iso3 ? stateByIso3(iso3) : undefined;
  if (!state) return null;
  const lower = words.map((w) => w.toLowerCase());
  for (const form of [state.name, ...state.adjectives, ...state.aliases]) {
    const f = form.toLowerCase().split(/\s+/);
    if (f.length < lower.length && f.every((w, i) => lower[i] === w)) return words.slice(f.length);
  }
  return null;
}

/**
 * The lower-case words of a text, for whole-word matching, their accents dropped: a paper may spell a name without
 * them ("Vucic" for the president another report calls "Vučić").
 */
const words = (text: string) =>
  withoutMarks(text)
    .toLowerCase()
    .split(/[^\p{L}\p{N}'’-]+/u)
    .filter(Boolean);

/** Whether the words of `name` (titles dropped) stand in a row among `text`'s words. */
function namedIn(name: string, text: readonly string[]): boolean {
  const n = words(name).filter((w) => nameTokens(w).size > 0);
  if (n.length < 2) return false;
  for (let i = 0; i + n.length <= text.length; i++) if (n.every((w, j) => text[i + j] === w)) return true;
  return false;
}

/**
 * Whether claim `x`, crediting no person, names in its sentence the person that claim `y` credits (or one of the
 * people of `y`'s body), or `y`'s body by its initials: the figure is that origin's, whoever `x` credits for it. The
 * caller holds to the very figure.
 */
function namesOriginOf(x: LinkedClaim, y: LinkedClaim): boolean {
  if (x.claim.source.speaker) return false;
  const names = originNames(y);
  // (A report that credits no one, or only a placeholder, may name the body by the head of its name: "as the monitoring
  // panel found". A body it credits itself is that body's own word, not a retelling.)
  const head = originHead(y);
  if (head && (isOwnVoice(x.claim, x.doc.outlet) || isGenericSource(x.claim.source)) && ` ${words(x.claim.evidence.text).map((w) => w.replace(/['’]s$/u, "")).join(" ")} `.includes(` ${head} `)) return true;
  for (const initials of originInitials(y)) if (new RegExp(`\\b${initials}(?:'s|’s)?\\b`, "u").test(x.claim.evidence.text)) return true;
  if (!names.length) return false;
  const text = words(x.claim.evidence.text);
  if (names.some((n) => namedIn(n, text))) return true;
  // A person the other report names in full may be named here by surname alone ("Kirby told the briefing ...").
  const surname = y.claim.source.speaker ? surnameOf(y.claim.source.speaker) : null;
  return surname !== null && text.includes(surname);
}

/** The last name word of a person's full name (titles dropped), long enough not to be an initial or a particle; else null. */
function surnameOf(name: string): string | null {
  const n = words(name).filter((w) => nameTokens(w).size > 0);
  const last = n[n.length - 1];
  return n.length >= 2 && last.length >= 4 ? last : null;
}

/** Whether either claim's sentence names the other's origin (namesOriginOf). */
export function sentenceNamesOrigin(a: LinkedClaim, b: LinkedClaim): boolean {
  return namesOriginOf(a, b) || namesOriginOf(b, a);
}

import type { ArmsDocument, Stage } from "../core/document.js";
import type { NamedStage } from "../core/pipeline.js";
import { BODIES, GROUPS, OUTLETS, PEOPLE, STATES } from "../knowledge/gazetteer.js";
import placesData from "../knowledge/places.json" with { type: "json" };
import { WORD_CHAR, caseMask } from "./mentions/matcher.js";

/**
 * prefilter-page: a page that names no party (no state, capital, group, listed person, body, place or
 * state outlet) cannot give a claim, since every claim needs a supplier (or a producer) that is one of
 * them. Such a page skips the heavy stages (mentions to merging). The test is one pass over the words
 * of the text against a Set built from the gazetteer, so it costs far less than recognise-mentions.
 *
 * It must never drop a page that recognise-mentions would find a name in: each surface form gives
 * one KEY word that any text it matches must contain as a whole word (a run of word characters, as
 * the matcher reads words). The matcher's separators are loose only around hyphens ("Won-sik" also
 * matches "Won sik" and "Wonsik"), so a key is a word of the form with no hyphen on either side; a
 * form whose every word touches a hyphen ("Rostov-on-Don") gives every way its first word can be
 * written ("rostov", "rostovon", "rostovondon"). Keys are compared in lower case; a key whose form
 * needs a capital (proper names, acronyms) passes only a word that starts with one.
 *
 *     hasParty("The council met on Tuesday.") → false;  hasParty("Pyongyang sent shells.") → true
 */

interface Keys {
  /** Keys any word may match, whatever its case (role phrases such as "defence minister"). */
  readonly anyCase: Set<string>;
  /** Keys matched only by a word that begins with a capital. */
  readonly capital: Set<string>;
}

const isHyphen = (c: string) => c === "-" || c === "‐" || c === "‑" || c === "–";
const isUpper = (c: string) => c !== c.toLowerCase();

/** The key words of one surface form, and whether they need a capital: `formKeys("Shin Won-sik")` → ["shin"]. */
export function formKeys(form: string, anyCase = false): { keys: string[]; capital: boolean }[] {
  const mask = caseMask(form, anyCase);
  const runs: { word: string; start: number; end: number; capital: boolean }[] = [];
  let letterIndex = 0;
  for (let i = 0; i < form.length; ) {
    const c = form.charCodeAt(i);
    if (!WORD_CHAR[c]) {
      if (c > 0x4ff) letterIndex++;
      i++;
      continue;
    }
    let j = i;
    const first = letterIndex;
    while (j < form.length && WORD_CHAR[form.charCodeAt(j)]) j++, letterIndex++;
    const m = mask[first];
    runs.push({ word: form.slice(i, j).toLowerCase(), start: i, end: j, capital: m === "U" || m === "E" });
    i = j;
  }
  if (!runs.length) return [];
  const free = runs.filter((r) => !isHyphen(form[r.start - 1] ?? "") && !isHyphen(form[r.end] ?? ""));
  if (free.length) {
    // The longest word is the rarest in ordinary text, as a rule ("Korea" over "North").
    const best = free.reduce((a, b) => (b.word.length > a.word.length ? b : a));
    return [{ keys: [best.word], capital: best.capital }];
  }
  // Every word touches a hyphen: the first word as the text may write it, joined to 0, 1, ... of the next.
  const keys: string[] = [];
  let joined = "";
  for (let k = 0; k < runs.length; k++) {
    if (k > 0 && !isHyphen(form.slice(runs[k - 1].end, runs[k].start).trim())) break;
    joined += runs[k].word;
    keys.push(joined);
  }
  return [{ keys, capital: runs[0].capital }];
}

/** Every surface form that can name a party, with whether it takes any case (role phrases do). */
function partyForms(): [string, boolean][] {
  const out: [string, boolean][] = [];
  for (const s of STATES) for (const f of [s.name, ...s.aliases, ...s.weakAliases, ...s.adjectives, ...s.demonyms, ...s.seats]) out.push([f, false]);
  for (const g of GROUPS) for (const f of [g.name, ...g.aliases, ...g.adjectives, ...g.demonyms]) out.push([f, false]);
  for (const p of PEOPLE) for (const f of [p.name, ...p.variants]) out.push([f, false]);
  for (const b of BODIES) {
    for (const f of [b.name, ...b.aliases, ...b.seats]) out.push([f, false]);
    for (const f of b.roles) out.push([f, true]);
  }
  // State media carry their state; other outlets only speak.
  for (const o of OUTLETS) if (o.kind === "state-media") for (const f of [o.name, ...o.aliases]) out.push([f, false]);
  // Places stand for their state where something is made or stationed there (mentions/places.ts).
  for (const names of Object.values(placesData.places)) for (const f of names) out.push([f, false]);
  return out;
}

let compiled: Keys | null = null;

/** The key Sets, built once per process (a few milliseconds). */
export function prefilterKeys(): Keys {
  if (compiled) return compiled;
  const keys: Keys = { anyCase: new Set(), capital: new Set() };
  for (const [form, anyCase] of partyForms())
    for (const k of formKeys(form, anyCase)) for (const w of k.keys) (k.capital ? keys.capital : keys.anyCase).add(w);
  for (const w of keys.anyCase) keys.capital.delete(w);
  return (compiled = keys);
}

/** Whether `text` has a word that may begin or be part of a party's name (see the file comment). */
export function hasParty(text: string, keys: Keys = prefilterKeys()): boolean {
  const n = text.length;
  for (let i = 0; i < n; ) {
    if (!WORD_CHAR[text.charCodeAt(i)]) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n && WORD_CHAR[text.charCodeAt(j)]) j++;
    // Words of one or two letters are keys only of acronyms ("US", "UK"): test them like any other.
    const word = text.slice(i, j).toLowerCase();
    if (keys.anyCase.has(word) || (keys.capital.has(word) && isUpper(text[i]))) return true;
    i = j;
  }
  return false;
}

const offTopic = new WeakSet<ArmsDocument>();

/** Whether the prefilter found no party on this document (its heavy stages were skipped, it has no claims). */
export function isOffTopic(doc: ArmsDocument): boolean {
  return offTopic.has(doc);
}

/** The stage: marks a document that names no party; `skipOffTopic` wraps the stages it spares. */
export function prefilterPage(): Stage {
  return (doc) => {
    if (!hasParty(doc.text)) offTopic.add(doc);
  };
}

/** A heavy stage that does not run on a document the prefilter marked. */
export function skipOffTopic(stage: NamedStage): NamedStage {
  return { name: stage.name, run: (doc) => (offTopic.has(doc) ? undefined : stage.run(doc)) };
}

/** Whether the prefilter is on: ARMSFLOW_PREFILTER=0 turns it off (to check that it changes no claim). */
export function prefilterEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.ARMSFLOW_PREFILTER !== "0";
}

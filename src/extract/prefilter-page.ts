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

interface Run {
  readonly word: string;
  readonly capital: boolean;
}

/**
 * The words of one surface form as candidate keys: `keys` are the choices (one of them must be in any text
 * the form matches), each a list of ways the text may write that word. `formRuns("Shin Won-sik")` → [[shin]].
 */
export function formRuns(form: string, anyCase = false): { run: Run; spellings: string[] }[] {
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
  if (free.length) return free.map((r) => ({ run: r, spellings: [r.word] }));
  // Every word touches a hyphen: the first word as the text may write it, joined to 0, 1, ... of the next.
  const spellings: string[] = [];
  let joined = "";
  for (let k = 0; k < runs.length; k++) {
    if (k > 0 && !isHyphen(form.slice(runs[k - 1].end, runs[k].start).trim())) break;
    joined += runs[k].word;
    spellings.push(joined);
  }
  return [{ run: runs[0], spellings }];
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

/**
 * The key Sets, built once per process (a few milliseconds). Of a form's words the key is the one
 * ordinary text has least often, judged without a word list: a word that needs a capital before one
 * that does not, then the word fewest forms share ("Kursk" over "region", "Kremlin" over "spokesman"),
 * then the longer.
 */
export function prefilterKeys(): Keys {
  if (compiled) return compiled;
  const forms = partyForms().map(([form, anyCase]) => formRuns(form, anyCase));
  const shared = new Map<string, number>();
  for (const runs of forms) for (const w of new Set(runs.map((r) => r.run.word))) shared.set(w, (shared.get(w) ?? 0) + 1);
  const rank = (r: { run: Run }) => [r.run.capital ? 0 : 1, shared.get(r.run.word) ?? 0, -r.run.word.length];
  const better = (a: { run: Run }, b: { run: Run }) => {
    const [x, y] = [rank(a), rank(b)];
    for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i] < y[i];
    return false;
  };
  const keys: Keys = { anyCase: new Set(), capital: new Set() };
  for (const runs of forms) {
    if (!runs.length) continue;
    const best = runs.reduce((a, b) => (better(b, a) ? b : a));
    for (const w of best.spellings) (best.run.capital ? keys.capital : keys.anyCase).add(w);
  }
  for (const w of keys.anyCase) keys.capital.delete(w);
  return (compiled = keys);
}

/** Whether `text` has a word that may begin or be part of a party's name (see the file comment); `[from, to)` limits the look. */
export function hasParty(text: string, keys: Keys = prefilterKeys(), from = 0, to = text.length): boolean {
  const n = to;
  for (let i = from; i < n; ) {
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

/**
 * The stage: marks a document that names no party; `skipOffTopic` wraps the stages it spares. It looks
 * where recognise-mentions looks: the sentences (so not the menus and footers judged boilerplate), or
 * the whole text where there are none.
 */
export function prefilterPage(): Stage {
  const keys = prefilterKeys();
  return (doc) => {
    const ranges = doc.sentences.length ? doc.sentences.map((s) => s.span) : [{ start: 0, end: doc.text.length }];
    if (!ranges.some((r) => hasParty(doc.text, keys, r.start, r.end))) offTopic.add(doc);
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

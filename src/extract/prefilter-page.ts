import type { ArmsDocument, Stage } from "../core/document.js";
import { skipWhen, type NamedStage } from "../core/pipeline.js";
import { BODIES, GROUPS, OUTLETS, PEOPLE, STATES } from "../knowledge/gazetteer.js";
import placesData from "../knowledge/places.json" with { type: "json" };
import { isSpared } from "../ingest/glance-page.js";
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
 * matches "Won sik" and "Wonsik"), so the words required are those of the form with no hyphen on
 * either side, all of them ("Human Rights Watch" needs the three on the page); a form whose every word
 * touches a hyphen ("Rostov-on-Don") needs one of the ways its first word can be written ("rostov",
 * "rostovon", "rostovondon"). Words are compared in lower case; a word the form writes with a capital
 * (proper names, acronyms) counts only where the page writes it with one.
 */

/** One way a form can be matched: every one of these words must be on the page (with a capital where marked). */
interface Requirement {
  readonly words: readonly Run[];
}

interface Keys {
  /** A rare word of each requirement → the requirements it opens (checked against the page's other words). */
  readonly byKey: Map<string, Requirement[]>;
  /** Every beginning of every word some requirement needs ("r", "ru", ..., "russia"), lower case (mayNameParty). */
  readonly starts: Set<string>;
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
 * The requirements, built once per process (a few milliseconds), each filed under the word ordinary text
 * has least often, judged without a word list: a word that needs a capital before one that does not,
 * then the word fewest forms share ("Kursk" over "region", "Kremlin" over "spokesman"), then the longer.
 */
export function prefilterKeys(): Keys {
  if (compiled) return compiled;
  const forms = partyForms().map(([form, anyCase]) => formRuns(form, anyCase));
  const shared = new Map<string, number>();
  for (const runs of forms) for (const w of new Set(runs.map((r) => r.run.word))) shared.set(w, (shared.get(w) ?? 0) + 1);
  const rank = (r: Run) => [r.capital ? 0 : 1, shared.get(r.word) ?? 0, -r.word.length];
  const rarer = (a: Run, b: Run) => {
    const [x, y] = [rank(a), rank(b)];
    for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i] < y[i];
    return false;
  };
  const byKey = new Map<string, Requirement[]>();
  const file = (req: Requirement) => {
    const key = req.words.reduce((a, b) => (rarer(b, a) ? b : a)).word;
    byKey.set(key, [...(byKey.get(key) ?? []), req]);
  };
  for (const runs of forms) {
    if (!runs.length) continue;
    // A form whose words all touch hyphens gives one run with several spellings: any one of them will do.
    if (runs.length === 1 && runs[0].spellings.length > 1) for (const w of runs[0].spellings) file({ words: [{ word: w, capital: runs[0].run.capital }] });
    else file({ words: runs.map((r) => ({ word: r.spellings[0], capital: r.run.capital })) });
  }
  const starts = new Set<string>();
  for (const reqs of byKey.values()) for (const req of reqs) for (const { word } of req.words) for (let n = 1; n <= word.length; n++) starts.add(word.slice(0, n));
  return (compiled = { byKey, starts });
}

/** Calls `visit(i, j)` for each word `[i, j)` of `text` in the ranges, until it returns true (then true). */
function scanWords(text: string, ranges: readonly { start: number; end: number }[], visit: (i: number, j: number) => boolean | void): boolean {
  for (const { start, end } of ranges)
    for (let i = start; i < end; ) {
      if (!WORD_CHAR[text.charCodeAt(i)]) {
        i++;
        continue;
      }
      let j = i + 1;
      while (j < end && WORD_CHAR[text.charCodeAt(j)]) j++;
      if (visit(i, j)) return true;
      i = j;
    }
  return false;
}

/** Whether every word of a name is on the page, capitalised where the name needs it. */
function allOnPage(req: Requirement, words: Map<string, boolean>): boolean {
  return req.words.every((w) => words.has(w.word) && (!w.capital || words.get(w.word)));
}

/** The words of `text` in `[from, to)`, lower-cased, each with whether one of its occurrences starts with a capital. */
export function pageWords(text: string, ranges: readonly { start: number; end: number }[] = [{ start: 0, end: text.length }]): Map<string, boolean> {
  const words = new Map<string, boolean>();
  scanWords(text, ranges, (i, j) => {
    const word = text.slice(i, j).toLowerCase();
    if (!words.get(word)) words.set(word, isUpper(text[i]));
  });
  return words;
}

/**
 * Whether the words of a page (pageWords) hold every word of some party's name (see the file comment).
 *
 *     hasParty(pageWords("The council met on Tuesday.")) → false;  hasParty(pageWords("Pyongyang sent shells.")) → true
 */
export function hasParty(words: Map<string, boolean>, keys: Keys = prefilterKeys()): boolean {
  for (const word of words.keys()) for (const req of keys.byKey.get(word) ?? []) if (allOnPage(req, words)) return true;
  return false;
}

/**
 * hasParty over the text itself, in one pass that allocates little: a word that is a whole name by itself
 * ("Russia", "Pyongyang") ends the look at once; the page's word list is built only where a name of several
 * words may be there. `namesParty("The council met on Tuesday.")` → false.
 */
export function namesParty(text: string, ranges: readonly { start: number; end: number }[] = [{ start: 0, end: text.length }], keys: Keys = prefilterKeys()): boolean {
  let several: Requirement[] | null = null;
  const whole = scanWords(text, ranges, (i, j) => {
    for (const req of keys.byKey.get(text.slice(i, j).toLowerCase()) ?? []) {
      if (req.words.length > 1) (several ??= []).push(req);
      else if (!req.words[0].capital || isUpper(text[i])) return true;
    }
  });
  if (whole) return true;
  if (!several) return false;
  const words = pageWords(text, ranges);
  return (several as Requirement[]).some((req) => allOnPage(req, words));
}

/** At most this many joined pairs of a cut word and a later node's first word are tried on one page (mayNameParty). */
const PAIRS = 2_000_000;

/** Named character references that stand for no letter or digit (spaces, dashes, quotes, signs). */
const NOT_LETTERS = new Set([
  "amp", "lt", "gt", "quot", "apos", "nbsp", "ensp", "emsp", "thinsp", "shy", "zwj", "zwnj", "lrm", "rlm", "ndash", "mdash",
  "lsquo", "rsquo", "sbquo", "ldquo", "rdquo", "bdquo", "laquo", "raquo", "lsaquo", "rsaquo", "hellip", "middot", "bull",
  "copy", "reg", "trade", "deg", "sect", "para", "dagger", "Dagger", "prime", "Prime", "times", "divide", "minus", "plusmn",
  "euro", "pound", "yen", "cent", "frac12", "frac14", "frac34", "sup1", "sup2", "sup3", "vert", "verbar", "sol", "num", "excl",
  "quest", "comma", "period", "colon", "semi", "lpar", "rpar", "lsqb", "rsqb", "lcub", "rcub", "ast", "commat", "percnt",
]);

/**
 * Whether a page, as its bytes were decoded (`doc.source`), may name a party anywhere: false proves that the
 * prefilter would spare it whatever the later stages make of it, so that it can skip them (ingest/glance-page.ts).
 * A text page is its own text: its words are checked as namesParty checks them. An HTML page's shown text is
 * made of its text nodes and a few attributes (the title), and each of its words begins a word of the markup read
 * with its character references decoded; a word followed at once by a tag may go on past it (inline markup, or
 * an element Readability drops) with the first word of a later text node, so such a pair says "maybe" where
 * together they begin some word a name needs (each word alone is checked as namesParty checks words). A
 * reference that may stand for a letter (`&eacute;`, a C1 code) also says "maybe": the page is read in full.
 *
 *     mayNameParty("<p>The council met.</p>", "html") → false;  mayNameParty("<p>Pyong<b>yang</b></p>", "html") → true
 */
export function mayNameParty(source: string, format: "html" | "text", keys: Keys = prefilterKeys()): boolean {
  if (format === "text") return namesParty(source, undefined, keys);
  let text = source;
  if (source.includes("&")) {
    let unsure = false;
    text = source.replace(/&(?:#(\d+)|#[xX]([0-9a-fA-F]+)|([A-Za-z][A-Za-z0-9]*));?/g, (whole, dec?: string, hex?: string, name?: string) => {
      if (name !== undefined) {
        if (NOT_LETTERS.has(name)) return " ";
        unsure = true;
        return whole;
      }
      const code = dec !== undefined ? Number(dec) : parseInt(hex!, 16);
      // (Codes 128-159 are read as Windows-1252, some of them letters; past the last code point, nothing.)
      if (!(code < 0x10ffff) || (code >= 0x80 && code <= 0x9f)) {
        unsure = true;
        return whole;
      }
      return code === 0 ? " " : String.fromCodePoint(code);
    });
    if (unsure) return true;
  }
  // A word cut by a tag ("Pyong<b>") may go on with the first word of a later text node (one right after a tag),
  // nodes between them dropped: "maybe" where the two joined begin a word a name needs. Every distinct pair is
  // tried; a page with more pairs than PAIRS (markup built to make this quadratic) is read in full instead.
  const cut = new Set<string>();
  const next = new Set<string>();
  scanWords(text, [{ start: 0, end: text.length }], (i, j) => {
    if (text.charCodeAt(j) === 60) {
      const word = text.slice(i, j).toLowerCase();
      if (keys.starts.has(word)) cut.add(word);
    }
    if (text.charCodeAt(i - 1) === 62) next.add(text.slice(i, j).toLowerCase());
  });
  if (cut.size * next.size > PAIRS) return true;
  for (const head of cut) for (const tail of next) if (keys.starts.has(head + tail)) return true;
  return namesParty(text, undefined, keys);
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
    // A page the glance at its bytes already cleared (ingest/glance-page.ts) has no sentences to look at.
    if (isSpared(doc)) return void offTopic.add(doc);
    // (A table's rows are read too, sentences or not: extract/table-claims.ts.)
    const ranges = doc.sentences.length ? [...doc.sentences.map((s) => s.span), ...doc.tables.flatMap((t) => t.rows.map((r) => r.span))] : [{ start: 0, end: doc.text.length }];
    if (!namesParty(doc.text, ranges, keys)) offTopic.add(doc);
  };
}

/** A heavy stage that does not run on a document the prefilter marked. */
export function skipOffTopic(stage: NamedStage): NamedStage {
  return skipWhen(stage, isOffTopic);
}

/** Whether the prefilter is on: ARMSFLOW_PREFILTER=0 turns it off (to check that it changes no claim). */
export function prefilterEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.ARMSFLOW_PREFILTER !== "0";
}

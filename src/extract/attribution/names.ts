import type { Source } from "../../core/claim.js";
import type { ArmsDocument, Mention } from "../../core/document.js";
import type { Span } from "../../core/span.js";
import speechData from "../../knowledge/speech.json" with { type: "json" };
import { lineBreakIn, timeWord } from "./proper-nouns.js";
import { escapeRegExp } from "../../core/escape-regexp.js";
import { allMatches } from "../../core/all-matches.js";

/** Capitalised words of a title as they stand before a name ("Minister", "Defence", "Chancellor"): speech.json titles. */
export const titles: ReadonlySet<string> = new Set(speechData.titles);
const stops = new Set(speechData.nameStops);
/** Whether a word, with any possessive ending dropped, makes a capitalised run a thing, a place or a label, never a
 *  person (speech.json nameStops: "Systems", "Gulf's"). */
export const isNameStop = (word: string): boolean => stops.has(word.replace(/['’]s?$/, ""));
const lowerTitles = new Set(speechData.titles.map((t) => t.toLowerCase()));
// A run of capitalised words ("Deputy Chief Oleksiy Gromov", "Jeon Ha Kyu"); hyphens and apostrophes inside words;
// one or two initials between two of its words are part of it ("Ana M. Ruiz").
const capitalRun = /(?<![\p{L}\p{N}-])\p{Lu}[\p{Ll}\p{Lu}'’]*\p{Ll}[\p{Ll}'’]*(?:-\p{L}+)?(?:\s+(?:\p{Lu}\.\s+){0,2}\p{Lu}[\p{Ll}'’]*\p{Ll}[\p{Ll}'’]*(?:-\p{L}+)?)*(?![\p{L}])/gu;
// (A public agency introduced the same way, "the Swedish procurement agency FMV", takes its state as a company does.)
const companyNoun = new RegExp(`\\b(?:${[...speechData.companyNouns, ...speechData.agencyNouns].join("|")})\\b`, "i");
/** Initials written as one word of capitals ("FMV", "DIA", "MBDA"): a body's short name, never a person's. */
const initialism = /^\p{Lu}[\p{Lu}\d&]{1,7}$/u;

/**
 * The runs of capitalised words in a span, each as its words with their offsets. A run is cut where a line breaks
 * between two of its words: a header's name and the label on the next line are two runs, never one name.
 *
 *     "Monitor: A. Ruiz\nClassification: open" -> [Monitor], [Ruiz], [Classification]
 */
function capitalRuns(doc: ArmsDocument, span: Span): readonly (readonly Word[])[] {
  // (The speakers of a sentence ask for its runs three times, the sentences after a bare title again: each span is
  // read once per page. Kept with the text they were read from, so a page read anew reads them anew.)
  let kept = runsSeen.get(doc);
  if (!kept || kept.text !== doc.text) runsSeen.set(doc, (kept = { text: doc.text, runs: new Map() }));
  const key = `${span.start}:${span.end}`;
  let runs = kept.runs.get(key);
  if (!runs) kept.runs.set(key, (runs = readRuns(doc, span)));
  return runs;
}

const runsSeen = new WeakMap<ArmsDocument, { text: string; runs: Map<string, readonly (readonly Word[])[]> }>();

function readRuns(doc: ArmsDocument, span: Span): Word[][] {
  return [...allMatches(capitalRun, doc.slice(span))].flatMap((m) => {
    const all: Word[] = [...allMatches(/\S+/g, m[0])].map((w) => ({ start: span.start + m.index + w.index, end: span.start + m.index + w.index + w[0].length, word: w[0] }));
    const runs: Word[][] = [[]];
    for (const [i, w] of all.entries()) {
      if (i > 0 && lineBreakIn(doc.text.slice(all[i - 1].end, w.start))) runs.push([]);
      runs[runs.length - 1].push(w);
    }
    return runs;
  });
}

/** Whether a word stands inside a mention other than a person's. (At module level: tsx names a closure on each call.) */
const inOtherMention = (mentions: readonly Mention[], w: { start: number; end: number }) => mentions.some((x) => x.kind !== "person" && x.span.start < w.end && w.start < x.span.end);

/**
 * Person names by their shape: a run of two to four capitalised words after the titles and the
 * gazetteer names that lead into it are dropped. "Defence Minister Sébastian Lecornu" gives
 * "Sébastian Lecornu"; "Armed Forces of Ukraine Oleksiy Gromov" gives "Oleksiy Gromov";
 * "Missile Systems" gives nothing (a thing, not a person).
 */
export function personNames(doc: ArmsDocument, span: Span, mentions: readonly Mention[]): Span[] {
  const text = doc.slice(span);
  const out: Span[] = [];
  for (const words of capitalRuns(doc, span)) {
    let first = 0;
    while (first < words.length && (titles.has(words[first].word) || lowerTitles.has(words[first].word.toLowerCase()) || inOtherMention(mentions, words[first]))) {
      // "Defence Minister Israel Katz", "Jordan Smith said": a state's name right before one or two surnames that end the run is a given name.
      if (givenNameOfState(doc, words, first, mentions)) break;
      first++;
    }
    // ("Apr   Ruiz says ...", "10 Sep Ruiz says": a date word that opens the run after a day's number, or that a column
    // gap parts from the next word, is the date of the line, no given name; the capitalised word after it, alone, is the
    // surname the date stood before. "Jan Berg said" keeps its given name.)
    let dated = false;
    while (first < words.length - 1 && timeWord(words[first].word) && standsAsDate(doc, words[first], words[first + 1])) (first++, (dated = true));
    // ("Ana Ruiz's October pledge": a name ends at its possessive; the words after it are no part of it.)
    const owner = words.findIndex((w, i) => i >= first && i < words.length - 1 && /['’]s?$/.test(w.word));
    const name = words.slice(first, owner >= 0 ? owner + 1 : words.length);
    if (name.length < (dated ? 1 : 2) || name.length > 4) continue;
    // ("Kestrel Institute's analysis": a stop word keeps its force behind a possessive.)
    if (name.some((w, i) => titles.has(w.word) || isNameStop(w.word) || (inOtherMention(mentions, w) && !(i === 0 && givenNameOfState(doc, words, first, mentions))))) continue;
    // "Ivo Marrek's remark": the name without its possessive.
    const possessive = /['’]s?$/.exec(name[name.length - 1].word)?.[0].length ?? 0;
    out.push({ start: name[0].start, end: name[name.length - 1].end - possessive });
  }
  return out;
}

/** Whether a date word stands as a date: after a day's number ("10 Sep"), or parted from the next word by a column gap. */
function standsAsDate(doc: ArmsDocument, date: Word, next: Word): boolean {
  return /\d[ \t]+$/.test(doc.text.slice(Math.max(0, date.start - 4), date.start)) || /\t| {2}/.test(doc.text.slice(date.end, next.start));
}

/** Lower-case words of a person's title ("spokesman", "chief"): speech.json personTitles. */
export const personTitles: ReadonlySet<string> = new Set(speechData.personTitles);

/**
 * A list of lower-case word patterns from speech.json, checked when it loads: a word of letters, perhaps ending in
 * `\w+` ("spokes\w+"), so that the list can stand in an alternation without changing what the words around it mean.
 */
export function wordPatterns(name: string, list: readonly string[]): readonly string[] {
  const bad = list.find((w) => !/^[a-z]+(?:\\w\+)?$/.test(w));
  if (!list.length || bad !== undefined) throw new Error(`speech.json ${name}: ${list.length ? `"${bad}" is not a lower-case word pattern` : "is empty"}`);
  return list;
}

// A title of an office of its own, perhaps with the capitalised words of a name after it, right before a name.
const officeTitleEnd = new RegExp(`\\b(?:${wordPatterns("officeTitles", speechData.officeTitles).join("|")})\\s+(?:\\p{Lu}[\\p{L}.-]{0,40}\\s+){0,20}$`, "iu");

/**
 * Whether the 40 characters before `at` end in the title of an office of its own (speech.json officeTitles): one
 * named so heads no army or agency ("Foreign Minister Ana Ruiz", "President Salas", "the envoy Lee").
 *
 *     officeTitleBefore(doc, start of "Ana Ruiz" in "Foreign Minister Ana Ruiz") -> true
 */
export function officeTitleBefore(doc: ArmsDocument, at: number): boolean {
  return officeTitleEnd.test(doc.text.slice(Math.max(0, at - 40), at));
}

/**
 * A surname alone right after a title or role ("Defence Minister Ruiz", "the army spokesman Salas", "Iran's
 * MFA spox Kanaani"): a single capitalised word that no list knows, the title before it says it is a person.
 * The word must not open the sentence, nor be followed by another capitalised word (a longer name is
 * personNames' to read).
 *
 *     "Chile's navy commander Ruiz said ..." -> the span of "Ruiz"
 */
export function titledSurnames(doc: ArmsDocument, span: Span, mentions: readonly Mention[]): Span[] {
  const text = doc.slice(span);
  const out: Span[] = [];
  for (const m of allMatches(/(?<=[\p{L}.]\s+)\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?(?:['’]s)?(?![\p{L}\d'’-]|\s+\p{Lu})/gu, text)) {
    const word = m[0].replace(/['’]s$/, "");
    const start = span.start + m.index;
    const end = start + word.length;
    if (titles.has(word) || stops.has(word) || lowerTitles.has(word.toLowerCase()) || mentions.some((x) => x.span.start < end && start < x.span.end)) continue;
    const before = lastWordBeforeSpace(text.slice(Math.max(0, m.index - 30), m.index));
    if (!personTitles.has(before.toLowerCase().replace(/\.$/, ""))) continue;
    out.push({ start, end });
  }
  return out;
}

/**
 * The last run of non-space characters of a text that ends in white space, else "": what `/(\S+)\s+$/` captures,
 * read from the end (that expression tries every start of the text, and every capitalised word of a page asks).
 *
 *     lastWordBeforeSpace("the army spokesman ") -> "spokesman";  lastWordBeforeSpace("spokesman") -> ""
 */
export function lastWordBeforeSpace(text: string): string {
  let end = text.length;
  while (end > 0 && isWhiteSpace(text.charCodeAt(end - 1))) end--;
  if (end === text.length || end === 0) return "";
  let start = end;
  while (start > 0 && !isWhiteSpace(text.charCodeAt(start - 1))) start--;
  return text.slice(start, end);
}
/**
 * Whether a UTF-16 code unit is white space as "\s" reads it, the common ASCII cases without an expression (a
 * surrogate half is no space, so reading by code units keeps pairs whole).
 */
export const isWhiteSpace = (c: number): boolean => c === 32 || (c >= 9 && c <= 13) || (c > 127 && /\s/.test(String.fromCharCode(c)));

// A verb of saying right after a name (speech.json verbs), perhaps after an adverb: " said", " quickly told".
const saysNext = new RegExp(`^\\s*(?:[a-z]+ly\\s+)?(?:${[...speechData.verbs].sort((a, b) => b.length - a.length).join("|")})\\b`, "i");
// A single capitalised word set off by commas ("..., Ruiz, said"), or followed by a short phrase in brackets ("Ruiz (navy) told").
const setOffWord = /(?<![\p{L}\d'’-])(\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?)(?:,|\s+\([^()\n]{1,40}\)\s*,?)(?=\s)/gu;

/**
 * A surname alone that the words around it mark as a person's and that says something: set off by commas right
 * after a role ("the head of Chile's navy, Ruiz, said"), or with a body's short name in brackets after it ("Ruiz
 * (CNI) told"). The word must be one no list knows, and a verb of saying must follow; a role must hold a person's
 * title word (speech.json personTitles).
 *
 *     "..., the chief of Peru's army, Salas, said ..." -> the span of "Salas"
 */
export function setOffSurnames(doc: ArmsDocument, span: Span, mentions: readonly Mention[]): Span[] {
  const text = doc.slice(span);
  const out: Span[] = [];
  for (const m of allMatches(setOffWord, text)) {
    const word = m[1];
    const start = span.start + m.index;
    const end = start + word.length;
    if (titles.has(word) || stops.has(word) || lowerTitles.has(word.toLowerCase()) || mentions.some((x) => x.span.start < end && start < x.span.end)) continue;
    if (!saysNext.test(text.slice(m.index + m[0].length))) continue;
    const before = text.slice(0, m.index);
    if (m[0].endsWith(",") && !m[0].includes("(")) {
      // The role: the clause right before, opened by a comma or the sentence, ending in a comma, with a title word in it.
      const role = /(?:^|[,;:])([^,;:]{3,90}),\s+$/u.exec(before);
      if (!role || !role[1].split(/[^\p{L}]+/u).some((w) => personTitles.has(w.toLowerCase()))) continue;
    } else if (/\p{Lu}[\p{L}'’-]*\s+$/u.test(before)) continue; // (a longer name is personNames' to read)
    out.push({ start, end });
  }
  return out;
}

const bodyHeads = new Set(speechData.bodyHeads);
/** Heads of a government body's name ("Department", "Agency"): after a state's possessive, the body is that state's. */
export const stateBodyHeads: ReadonlySet<string> = new Set(speechData.stateBodyHeads);
const bodyNameWords = new Set(speechData.bodyNameWords);
/** Words that end the name of a newspaper or wire ("Daily Courier", "Harbour Gazette"): such a run is an outlet, not a body or a person. */
export const outletHeads: ReadonlySet<string> = new Set(speechData.outletHeads);

/**
 * Bodies by their shape, where no gazetteer knows them: a run of capitalised words that ends in a word
 * that heads an institution's name. "the Kestrel Institute's analysis" gives "Kestrel Institute";
 * "Vantor Research Group said" gives "Vantor Research Group". Titles before the run are dropped.
 */
export function bodyNames(doc: ArmsDocument, span: Span, mentions: readonly Mention[], heads: ReadonlySet<string> = bodyHeads): Span[] {
  const text = doc.slice(span);
  const out: Span[] = [];
  for (const words of capitalRuns(doc, span)) {
    const last = words[words.length - 1];
    const possessive = /['’]s?$/.exec(last.word)?.[0].length ?? 0;
    if (!heads.has(last.word.slice(0, last.word.length - possessive))) continue;
    let first = 0;
    // ("Lithuania's State Security Department": the state's possessive before the name is whose body it is, no word of the name.)
    // (Only a body of government: "Berlin's Kiel Institute" is a research body of no state.)
    const owner = stateBodyHeads.has(last.word.slice(0, last.word.length - possessive)) ? mentions.find((x) => x.kind === "state" && x.span.start === words[0].start && x.form !== "adjective") : undefined;
    if (owner) while (first < words.length - 1 && words[first].start < owner.span.end) first++;
    if (owner && (first === 0 || !/['’]s$/.test(words[first - 1].word))) continue;
    // ("Defense Security Cooperation Agency": a title word that also opens an institution's name stays in it.)
    while (first < words.length - 1 && !bodyNameWords.has(words[first].word) && (titles.has(words[first].word) || lowerTitles.has(words[first].word.toLowerCase()))) first++;
    // A head word alone ("Institute") names nothing; a known body or state inside the run is the gazetteer's to name.
    if (words.length - first < 2 || mentions.some((x) => x.span.start < last.end && words[first].start < x.span.end && x !== owner)) continue;
    out.push({ start: words[first].start, end: last.end - possessive });
  }
  return out;
}

type Word = { readonly start: number; readonly end: number; readonly word: string };

/** Is words[i] a state's name (one word, "Israel", "Jordan", "Chad") that starts a person's name: after a title or at the run's start, before one or two plain capitalised words that end the run? */
function givenNameOfState(doc: ArmsDocument, words: readonly Word[], i: number, mentions: readonly Mention[]): boolean {
  const w = words[i];
  const state = mentions.find((x) => x.kind === "state" && x.form === "name" && x.span.start === w.start && x.span.end === w.end);
  if (!state || !/^\p{Lu}\p{Ll}+$/u.test(w.word)) return false;
  const rest = words.slice(i + 1);
  if (rest.length < 1 || rest.length > 2) return false;
  const titled = i > 0 && (titles.has(words[i - 1].word) || lowerTitles.has(words[i - 1].word.toLowerCase()));
  if (i > 0 && !titled) return false;
  // Untitled, the surname must be tagged a proper noun ("Jordan Smith said"), not a title-case headline word ("Israel Gets Bombs").
  if (!titled && !rest.every((r) => doc.tokens.some((t) => t.span.start === r.start && t.pos === "PROPN"))) return false;
  return rest.every((r) => /^\p{Lu}\p{Ll}/u.test(r.word) && !titles.has(r.word) && !lowerTitles.has(r.word.toLowerCase()) && !isNameStop(r.word) && !mentions.some((x) => x.span.start < r.end && r.start < x.span.end));
}

/**
 * Whether the capitalised name right before an acronym's brackets is spelled by the acronym and opens the
 * outlet's own name ("Ministry of National Defense" before "(MND)", by "Ministry of National Defense, R.O.C.").
 *
 *     ownName("1. The Ministry of National Defense ", "MND", "Ministry of National Defense, R.O.C.") -> true
 *     ownName("The Ministry of Defence ", "MoD", "Ministry of Defence of Latvia") -> true
 */
function ownName(before: string, acronym: string, outlet: string): boolean {
  const name = /(\p{Lu}[\p{L}-]*(?:\s+(?:of|for|and|the|\p{Lu}[\p{L}-]*)){0,6})\s*$/u.exec(before)?.[1].replace(/^the\s+/i, "");
  if (!name || !outlet.toLowerCase().startsWith(name.toLowerCase())) return false;
  const words = name.split(/\s+/).filter((w) => w.toLowerCase() !== "the");
  const initials = (ws: string[]) => ws.map((w) => w[0]).join("").toUpperCase();
  return [initials(words.filter((w) => /^\p{Lu}/u.test(w))), initials(words)].includes(acronym.toUpperCase());
}

/**
 * What the document has said about the names it uses, read once per document: the full names of
 * people (so that "Kirby said" after "John Kirby" is him), and the state of a company or body it
 * introduces by shape ("Kupol, a subsidiary of the Russian arms company ...", "the Turkish defence
 * firm Baykar").
 */
export class NameMemory {
  /** Surname (last word) to the fullest source seen for it. */
  private readonly people = new Map<string, Source>();
  /** Names introduced as companies or bodies, with their state. */
  readonly orgs = new Map<string, string | null>();
  /**
   * Names introduced as outlets by the noun of their kind ("the daily El Sol" gives "El Sol" and "El"), so that "El Sol
   * reported" later on the page is the same outlet (pressNamed reads the noun where it stands).
   */
  readonly outlets = new Set<string>();

  /** `publisher`: the state of the government body whose own page the document is (null for news outlets). */
  constructor(private readonly doc: ArmsDocument, publisher: string | null = null) {
    const text = doc.text;
    // "<adjective> (defence|arms|state-owned ...) firm|company|maker X" and "X, a/the <adjective> ... company".
    const adjectives = doc.mentions.filter((m) => m.kind === "state" && m.form === "adjective");
    for (const adj of adjectives) {
      const after = /^(\s+(?:[\p{Ll}-]+\s+){0,3})([\p{Ll}-]+)\s+(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)/u.exec(text.slice(adj.span.end, adj.span.end + 80));
      if (after && companyNoun.test(after[2]) && !titles.has(after[3].split(/\s+/)[0])) this.orgs.set(after[3], adj.state);
      const before = /(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?),\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,4}$/u.exec(text.slice(Math.max(0, adj.span.start - 80), adj.span.start));
      const noun = /^\s+(?:[\p{L}-]+\s+){0,3}?([\p{Ll}-]+)/u.exec(text.slice(adj.span.end, adj.span.end + 60));
      if (before && noun && companyNoun.test(text.slice(adj.span.end, adj.span.end + 60).split(/[,.;]/)[0]) && !titles.has(before[1])) this.orgs.set(before[1], adj.state);
    }
    // "Japan’s Ministry of Trade (MTI)", "the National Intelligence Service (NIS)": an acronym defined after a body's name stands for that body and its state.
    for (const m of allMatches(/\(([A-Z][A-Z0-9]{1,9})\)/g, text)) {
      const named = [...doc.mentions].reverse().find((x) => x.span.end <= m.index && m.index - x.span.end < 40 && (x.kind === "state" || x.kind === "body") && /^[\s\p{L}'’-]*$/u.test(text.slice(x.span.end, m.index)));
      const state = named?.state ?? null;
      // Its first letter opens the body's name ("Ministry of Trade (MTI)"), not a dateline ("OSLO, Norway (AP)").
      // ("Chile's Defense Intelligence Agency (DIA)": a body named with its state's possessive opens its own name after it.)
      const ownHead = named?.kind === "body" ? /['’]s\s+(\p{Lu})/u.exec(text.slice(named.span.start, named.span.end))?.[1] : undefined;
      const head = named?.kind === "state" ? /^['’]s\s+(\p{Lu})/u.exec(text.slice(named.span.end, m.index))?.[1] : named ? text[named.span.start] : undefined;
      if (named && state && (head === m[1][0] || ownHead === m[1][0]) && !doc.mentions.some((x) => x.span.start <= m.index + 1 && m.index + 1 < x.span.end) && !this.orgs.has(m[1])) this.orgs.set(m[1], state);
      // "The Ministry of Defence (MoD) thanks ..." on the ministry's own pages: no state named, the acronym is the publisher's.
      else if (!named && publisher && !this.orgs.has(m[1]) && ownName(text.slice(Math.max(0, m.index - 80), m.index), m[1], doc.meta.outlet ?? "")) this.orgs.set(m[1], publisher);
    }
    // "the daily El Sol", "Finnish broadcaster Yle": outlets introduced by the noun of their kind (state media keep their voice).
    for (const m of allMatches(pressThenName, text)) {
      if (stateRunPress.test(text.slice(Math.max(0, m.index - 40), m.index + m[0].length - m[1].length))) continue;
      // (The expression ignores case for the noun of the kind, so the name's capitals are checked here.)
      const words = m[1].split(/\s+/);
      const capitals = words.findIndex((w) => !/^\p{Lu}/u.test(w));
      if (capitals >= 0) words.length = capitals;
      for (let n = 1; n <= words.length; n++) this.outlets.add(words.slice(0, n).join(" "));
    }
  }

  /** Remembers a person named in full. */
  rememberPerson(source: Source): void {
    const words = (source.speaker ?? "").split(/\s+/);
    if (words.length < 2) return;
    const surname = words[words.length - 1];
    const known = this.people.get(surname);
    if (!known || (!known.country && source.country)) this.people.set(surname, source);
  }

  person(word: string): Source | undefined {
    return this.people.get(word);
  }

  /** A single proper noun that says something: a person already named, a body introduced or written as initials, else a person. */
  single(word: string): { source: Source; kind: "person" | "body" } {
    const person = this.people.get(word);
    if (person) return { source: person, kind: "person" };
    // ("FMV said", "the DIA assessed": initials are a body's, with the state the document gave them, if any.)
    if (this.orgs.has(word) || initialism.test(word)) return { source: { speaker: null, org: word, country: this.orgs.get(word) ?? null }, kind: "body" };
    return { source: { speaker: word, org: null, country: null }, kind: "person" };
  }
}

const phrase = (list: readonly string[]) => list.map((w) => escapeRegExp(w).replace(/\s+/g, "\\s+")).join("|");
const pressKind = new RegExp(`\\b(?:${phrase(speechData.pressKinds)})\\s+$`, "i");
const stateRunPress = new RegExp(`\\b(?:${phrase(speechData.stateRun)})\\s+(?:[\\p{Ll}-]+\\s+)?(?:${phrase(speechData.pressKinds)})\\s+$`, "iu");

/**
 * Whether the name that starts at `at` is an outlet named by the noun of its kind right before it ("Finnish broadcaster
 * Yle", "the Slovak daily Pravda"), not a person; state media ("the state news agency SANA") keeps its own voice.
 */
export function pressNamed(doc: ArmsDocument, at: number): boolean {
  const before = doc.text.slice(Math.max(0, at - 40), at);
  return pressKind.test(before) && !stateRunPress.test(before);
}

const pressThenName = new RegExp(`\\b(?:${phrase(speechData.pressKinds)})\\s+(\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*){0,3})`, "giu");

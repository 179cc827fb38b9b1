import type { Source } from "../../core/claim.js";
import type { ArmsDocument, Attribution, Sentence } from "../../core/document.js";
import type { Span } from "../../core/span.js";
import { bodyStateByName, findBody, outletByName, personNamed } from "../../knowledge/gazetteer.js";
import speechData from "../../knowledge/speech.json" with { type: "json" };
import { type NameMemory, personNames, personTitles, titles } from "./names.js";
import { allMatches } from "../../core/all-matches.js";

// Transcripts and interviews, read in two ways that compose: a line labelled with a person's name ("Ana Ruiz: ...")
// gives that person the rest of its paragraph while the sentences are read (Turns); after reading, on a page of two or
// more different labels, a title label ("Minister: ...") gives its turn, up to the next label, to the one person the
// page introduced with that title (nameTheTurnsSpeakers), where the sentence is still in the page's own voice.

// A line opened by a label and a colon: "Ana Ruiz: ...", "Q12 Ana Ruiz: ...", "KR: ...". The label is short and
// holds no sentence end (a question number may lead it).
const labelled = /^[ \t]*(?:Q\d{1,4}[ \t]+)?[^\s:.?!;,][^:\n.?!;]{0,58}:[ \t]/;

/** Whether a sentence opens with a label and a colon ("Ruiz: ...", "Q3 Chair: ..."), which may open or end a turn. */
export const labelledLine = (text: string): boolean => labelled.test(text);

/**
 * Turns of a transcript or an interview: a line that opens with a person's name and a colon ("Ana Ruiz: We sent
 * rifles. More will follow.") gives the person's words up to the end of the paragraph, and the sentences after
 * the first are theirs too. Any other labelled line ("KR:", "Q12 Chair:") or a new paragraph ends the turn.
 *
 *     "Ruiz: Thanks. | We sent 40 rifles to Peru." (at the second sentence) -> Ruiz's attribution
 */
export class Turns {
  // (A label of its own line gives the lines under it up to the next blank line: `block` is where they end.)
  private turn: { attribution: Omit<Attribution, "sentence">; paragraph: number; block?: number } | null = null;
  // Where the sentence that opened the turn at a label of its own line starts.
  private opener = -1;

  constructor(private readonly doc: ArmsDocument, private readonly names: NameMemory) {}

  /**
   * Reads where a sentence stands: a labelled line opens (with a person who speaks at its label) or ends a turn.
   * True where a record of debates' speaker label opens the sentence.
   */
  see(sentence: Sentence, found: Omit<Attribution, "sentence"> | null, speakerAt: number | null): boolean {
    const { text } = this.doc;
    const paragraph = text.lastIndexOf("\n", sentence.span.start - 1) + 1;
    if (this.turn && this.turn.paragraph !== paragraph && !(this.turn.block !== undefined && sentence.span.start < this.turn.block)) this.turn = null;
    if (!/^[ \t]*$/.test(text.slice(paragraph, sentence.span.start))) return false;
    // "Hon. Ana Ruiz (Minister of Defence, Labour):" on a line of its own: the paragraph under it is hers.
    // (So is "Ana Ruiz (Secretary of State for Defence)" with no colon, where the brackets hold an office: the lines under it, up to a blank line.)
    const sentenceText = this.doc.slice(sentence.span);
    // "The Secretary of State for Defence (Mr Ana Ruiz)" on a line of its own, and later "Mrs Ruiz" or "The Secretary of
    // State for Defence" alone on theirs: a record of debates gives her the lines under it, up to the next label.
    const record = this.recordLabel(sentence.span.start);
    if (record) {
      this.turn = { attribution: { sources: [record.source], span: null, spans: [], relays: [], voice: "named", stated: null }, paragraph: record.speech, block: record.end };
      this.opener = sentence.span.start;
      return true;
    }
    const alone = ownLineLabel.exec(sentenceText);
    // (A label with no colon may be a sentence of its own: its speech opens the next line.)
    const ownLine = alone ? { length: alone[0].length, name: alone[2] ?? alone[3] } : officeLine(text.slice(sentence.span.start, sentence.span.end + 2));
    if (ownLine) {
      const speech = sentence.span.start + ownLine.length;
      // (The next blank line is looked for from the speech on, without copying the rest of the page.)
      blankLine.lastIndex = speech;
      const blank = blankLine.exec(text);
      this.turn = { attribution: { sources: [{ speaker: ownLine.name, org: null, country: null }], span: null, spans: [], relays: [], voice: "named", stated: null }, paragraph: speech, block: blank ? blank.index : text.length };
      this.opener = sentence.span.start;
      return false;
    }
    // (Another label of its own line, or one with a colon, ends the block of the one before.)
    if (this.turn?.block !== undefined && this.turn.paragraph !== paragraph) {
      if (!labelled.test(sentenceText) && !/^[ \t]*\p{Lu}[^\n.?!;:]{0,60}\n/u.test(sentenceText)) return false;
      this.turn = null;
    }
    const label = labelled.exec(this.doc.slice(sentence.span));
    if (!label) return false;
    const colon = sentence.span.start + label[0].lastIndexOf(":");
    // (The person must stand in the label itself: "Chair: Minister X said ..." is the chair's line, not X's turn.)
    const own = found && found.voice === "named" && found.sources.length === 1 && found.sources[0].speaker && speakerAt !== null && speakerAt < colon;
    this.turn = own ? { attribution: { ...found, span: null, spans: [] }, paragraph } : null;
    return false;
  }

  // The speakers a record of debates labelled with an office and a name in brackets, by the label's office and by the
  // courtesy title and surname that later labels give them ("the secretary of state for defence", "mr ruiz").
  private readonly recordSpeakers = new Map<string, Source>();

  /**
   * A speaker's label of a record of debates at `at`, alone on its line with the speech under it: an office and the
   * name in brackets ("The Prime Minister (Ana Ruiz)"), or the office or courtesy title and surname of one labelled so
   * before ("The Prime Minister", "Mrs Ruiz"). The speaker has the state people.json gives them, else that of the
   * record's house (speech.json recordHouses). The turn runs to the next line that is no speech (a label, a time).
   */
  private recordLabel(at: number): { source: Source; speech: number; end: number } | null {
    const { text } = this.doc;
    const lineEnd = text.indexOf("\n", at);
    if (lineEnd < 0 || lineEnd - at > 120) return null;
    const line = text.slice(at, lineEnd).trim();
    let source: Source | undefined;
    const full = officeFirstLabel.exec(line);
    if (full && full[1].toLowerCase().split(/[^\p{L}]+/u).some((w) => personTitles.has(w) && !labelTitles.has(w))) {
      const name = full[2];
      const listed = personNamed(name);
      source = { speaker: name, org: listed ? (findBody(listed.org)?.name ?? null) : null, country: listed?.state ?? houseState(text) };
      if (!source.country) return null;
      this.recordSpeakers.set(labelKey(full[1]), source);
      const surname = name.split(/\s+/).pop() ?? "";
      for (const t of speechData.labelTitles) this.recordSpeakers.set(`${t} ${surname.toLowerCase()}`, source);
    } else source = this.recordSpeakers.get(labelKey(line));
    if (!source) return null;
    return { source, speech: lineEnd + 1, end: speechEnd(text, lineEnd + 1) };
  }

  /** The attribution of the turn a sentence goes on, where it is in the paragraph of one. */
  carried(sentence: Sentence, index: number): Attribution | null {
    if (!this.turn) return null;
    const paragraph = this.doc.text.lastIndexOf("\n", sentence.span.start - 1) + 1;
    // (The sentence that holds a label of its own line runs on into the first words of the turn: "Hon. X:\nWe sent ...".)
    if (paragraph !== this.turn.paragraph && sentence.span.start !== this.opener && !(this.turn.block !== undefined && sentence.span.start < this.turn.block)) return null;
    const { attribution } = this.turn;
    const [source] = attribution.sources;
    if (source.country) return { ...attribution, sentence: index };
    // ("Marchenko:" after "Oleh Marchenko, Ukraine's deputy minister": the person as the page introduced them;
    // else, on a page a state's body keeps, a hearing's witness speaks for that state.)
    const known = this.names.person((source.speaker ?? "").split(/\s+/).pop() ?? "");
    const country = known?.country ?? keeperState(this.doc);
    return { ...attribution, sources: [{ ...source, org: known?.org ?? source.org, country }], sentence: index };
  }
}

/**
 * The state of the body that keeps the page, where the outlet is no news medium but a body or a part of one
 * ("Bundestag Defence Committee": a committee of the Bundestag). Null for news outlets.
 */
function keeperState(doc: ArmsDocument): string | null {
  const outlet = doc.meta.outlet;
  if (!outlet || outletByName(outlet)) return null;
  const words = outlet.split(/\s+/);
  for (let n = words.length; n >= 1; n--) {
    const state = bodyStateByName(words.slice(0, n).join(" "));
    if (state) return state;
  }
  return null;
}

// The courtesy titles of speakers' labels (speech.json labelTitles), capitalised or in capitals: "Hon.", "MR".
const labelTitle = speechData.labelTitles.flatMap((t) => [t.toUpperCase(), t[0].toUpperCase() + t.slice(1)]).join("|");

// A record of debates' speaker label on a line of its own, the speech on the lines under it: a courtesy title
// (speech.json labelTitles) or a role in brackets after the name must mark it ("Hon. Ana Ruiz (Minister of
// Defence, Labour):", "Mr. Salas:", "Jorge Salas (Lima North, PP):"). Group 2 or 3 is the name.
const personName = String.raw`\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+){0,3}`;
const ownLineLabel = new RegExp(
  String.raw`^[ \t]*(?:((?:(?:${labelTitle})\.?[ \t]+)+)(${personName})(?:[ \t]*\([^()\n]{1,80}\))?|(${personName})[ \t]*\([^()\n]{1,80}\))[ \t]*:[ \t]*\n`,
  "u",
);

const blankLine = /\n[ \t]*\n/g;

const labelTitles = new Set(speechData.labelTitles);
// An office and a name in brackets, a courtesy title perhaps before it: "The Secretary of State for Defence (Mr Ana Ruiz)".
const officeFirstLabel = new RegExp(String.raw`^((?:The[ \t]+)?\p{Lu}[\p{L}'’ \t-]{2,80}?)[ \t]*\((?:(?:${labelTitle})\.?[ \t]+)?(${personName})\)$`, "u");
const labelKey = (label: string) => label.toLowerCase().replace(/\./g, "").replace(/\s+/g, " ").trim();
const margin = new RegExp(`^[ \\t]*(?:${speechData.recordMargins.join("|")})[ \\t]*$`);
const speechLineEnd = /[.?!"”’][ \t]*$/;

/** Where a speaker's turn of a record of debates ends: at the first line from `from` on that is no speech (blank lines and margin lines skipped). */
function speechEnd(text: string, from: number): number {
  let at = from;
  while (at < text.length) {
    const end = text.indexOf("\n", at);
    const line = text.slice(at, end < 0 ? text.length : end);
    if (/\S/.test(line) && !margin.test(line) && (labelled.test(line) || !speechLineEnd.test(line))) return at;
    if (end < 0) break;
    at = end + 1;
  }
  return text.length;
}

/** The state whose house a record of debates names (speech.json recordHouses), the first named; null for none. */
function houseState(text: string): string | null {
  let found: { at: number; state: string } | null = null;
  for (const [house, state] of Object.entries(speechData.recordHouses as Record<string, string>)) {
    const at = text.indexOf(house);
    if (at >= 0 && (!found || at < found.at)) found = { at, state };
  }
  return found?.state ?? null;
}

// The same label with no colon, a name and an office in brackets alone on its line ("Ana Ruiz (Secretary of State for
// Defence)"): the brackets must hold a title of office (speech.json personTitles). Group 1 is the name.
const officeLabel = new RegExp(String.raw`^[ \t]*(${personName})[ \t]*\(([^()\n]{1,80})\)[ \t]*\n(?=[ \t]*\S)`, "u");
function officeLine(text: string): { length: number; name: string } | null {
  const m = officeLabel.exec(text);
  return m && m[2].toLowerCase().split(/[^\p{L}]+/u).some((w) => personTitles.has(w)) ? { length: m[0].length, name: m[1] } : null;
}

// A speaker's label opening a line of a transcript: one to four capitalised words, perhaps an outlet in brackets,
// a colon, and the words on the same line ("Minister: ...", "Reporter (Daily Post): ...", "Ana Ruiz: ...").
const labelLine = /^[ \t]*(\p{Lu}[\p{L}.'’-]{0,30}(?:[ \t]+\p{Lu}[\p{L}.'’-]{0,30}){0,3})(?:[ \t]*\([^()\n]{1,60}\))?[ \t]*:[ \t]+(?=\S)/gmu;

// A label that is a surname in capitals, perhaps after a courtesy title or an abbreviated rank in capitals or with a
// capital ("REIFF", "MR MILLER", "Ms HOLT", "SEC. HALL", "LINDQVIST-ADAM"): speech.json labelTitles.
const capitalSurname = new RegExp(`^(?:(?:${labelTitle})\\.?[ \\t]+)?(\\p{Lu}[\\p{Lu}'’-]{1,30})$`, "u");

// A label that is a full name in capitals: two or three words ("RICHARD ROE", "ANA RUIZ-DIAZ").
const capitalName = /^\p{Lu}[\p{Lu}'’-]+(?:[ \t]+\p{Lu}[\p{Lu}'’-]+){1,2}$/u;
const titleCase = (w: string) => w.toLowerCase().replace(/(^|[-'’])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());

/** Whether a name in capitals labels two turns or more and stands in the page once more outside a label. */
function capitalSpeaker(text: string, label: string): boolean {
  const name = label.replace(/[-'’]/g, ".").split(/\s+/).join("[ \\t]+");
  const labels = text.match(new RegExp(`^[ \\t]*${name}[ \\t]*:`, "gm"))?.length ?? 0;
  const all = text.match(new RegExp(`(?<![\\p{L}])${name}(?![\\p{L}])`, "giu"))?.length ?? 0;
  return labels >= 2 && all > labels;
}

interface Turn {
  readonly label: string;
  readonly start: number;
  readonly end: number;
}

/** The turns of a transcript: from each label line to the next one (the last runs to the end of the page). */
function turnsOf(text: string): Turn[] {
  const labels = [...allMatches(labelLine, text)].map((m) => ({ label: m[1], start: m.index }));
  return labels.map((l, i) => ({ ...l, end: labels[i + 1]?.start ?? text.length }));
}

/** The index of the last turn that starts at or before `at` (-1 before the first). */
function turnAt(turns: readonly Turn[], at: number): number {
  let lo = 0;
  let hi = turns.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (turns[mid].start <= at) [found, lo] = [mid, mid + 1];
    else hi = mid - 1;
  }
  return found;
}

/**
 * The person a title label stands for: the one person the page names, before its first turn, right after that
 * title ("Press conference by Defence Minister Ana Ruiz" for "Minister:"). A label that is itself a full name
 * already named there is that person. Null where none or several fit.
 */
function personOfLabel(doc: ArmsDocument, label: string, named: readonly Span[], everyone: () => readonly Span[]): string | null {
  // "REIFF:", "MR MILLER:", "JEON:": a surname in capitals (a courtesy title before it) is the one person the page names
  // anywhere with that word in their name ("Lt. Col. Jonas Reiff" in the list of participants, "Col. Jeon Ha-kyu").
  const surname = capitalSurname.exec(label)?.[1].toLowerCase();
  if (surname) {
    const found = new Set(everyone().map((s) => doc.text.slice(s.start, s.end)).filter((n) => n.toLowerCase().split(/\s+/).includes(surname)));
    return found.size === 1 ? [...found][0] : null;
  }
  const words = label.split(/\s+/);
  // "RICHARD ROE:": a full name in capitals, no title in it, is that person, as the page spells the name elsewhere, else
  // with capitals only at the start of each word.
  // (Only a speaker of several turns whom the page also names outside a label, as its heading does: "ALSO READ:" twice is no one.)
  if (capitalName.test(label) && words.every((w) => !titles.has(titleCase(w)) && !personTitles.has(w.toLowerCase())) && capitalSpeaker(doc.text, label)) {
    const spelled = everyone().map((s) => doc.text.slice(s.start, s.end)).find((n) => n.toLowerCase() === label.toLowerCase());
    return spelled ?? words.map(titleCase).join(" ");
  }
  if (words.length >= 2 && words.every((w) => !titles.has(w))) return named.some((s) => doc.text.slice(s.start, s.end) === label) ? label : null;
  const last = words[words.length - 1].toLowerCase().replace(/\.$/, "");
  if (!personTitles.has(last)) return null;
  const titled = new RegExp(`\\b${last}\\s+(?:\\p{Lu}[\\p{L}.-]{0,30}\\s+){0,3}$`, "iu");
  const found = new Set(named.filter((s) => titled.test(doc.text.slice(Math.max(0, s.start - 60), s.start))).map((s) => doc.text.slice(s.start, s.end)));
  return found.size === 1 ? [...found][0] : null;
}

/**
 * A transcript ("Minister: In August we handed over five radars ...", "Reporter (Daily Post): ...", "Minister: ...")
 * gives each turn in the words of the one its label names: a sentence of a titled speaker's turn, told in the page's
 * own voice, is that person's, named as the page names them before the first turn (with the page's body and state).
 * The turn runs on over paragraphs without a label of their own, up to the next label. Only a page of at least two
 * different labels is a transcript.
 */
export function nameTheTurnsSpeakers(doc: ArmsDocument, own: Source): void {
  if (!doc.attributions.some((a) => a.voice === "outlet")) return;
  const turns = turnsOf(doc.text);
  if (turns.length < 2 || new Set(turns.map((t) => t.label)).size < 2) return;
  // (Read sentence by sentence: a name at the end of a heading line runs into the next line's capitals otherwise.)
  const named = doc.sentences.filter((x) => x.span.end <= turns[0].start).flatMap((x) => personNames(doc, x.span, doc.mentions));
  let all: Span[] | undefined;
  const everyone = () => (all ??= [...doc.mentions.filter((m) => m.kind === "person").map((m) => m.span), ...doc.sentences.flatMap((x) => personNames(doc, x.span, doc.mentions))]);
  const speakerOf = new Map<string, string | null>();
  for (const t of turns) if (!speakerOf.has(t.label)) speakerOf.set(t.label, personOfLabel(doc, t.label, named, everyone));
  doc.attributions.forEach((a, n) => {
    if (a.voice !== "outlet") return;
    const at = doc.sentences[a.sentence].span.start;
    const turn = turns[turnAt(turns, at)];
    const speaker = turn ? speakerOf.get(turn.label) : null;
    if (!speaker) return;
    doc.attributions[n] = { ...a, sources: [{ speaker, org: own.country ? own.org : null, country: own.country }], voice: "named" };
  });
}

import type { Source } from "../../core/claim.js";
import type { ArmsDocument } from "../../core/document.js";
import type { Span } from "../../core/span.js";
import { personNames, personTitles, titles } from "./names.js";

// A speaker's label opening a line of a transcript: one to four capitalised words, perhaps an outlet in brackets,
// a colon, and the words on the same line ("Minister: ...", "Reporter (Daily Post): ...", "Ana Ruiz: ...").
const labelLine = /^[ \t]*(\p{Lu}[\p{L}.'’-]{0,30}(?:[ \t]+\p{Lu}[\p{L}.'’-]{0,30}){0,3})(?:[ \t]*\([^()\n]{1,60}\))?[ \t]*:[ \t]+(?=\S)/gmu;

interface Turn {
  readonly label: string;
  readonly start: number;
  readonly end: number;
}

/** The turns of a transcript: from each label line to the next one (the last runs to the end of the page). */
function turnsOf(text: string): Turn[] {
  const labels = [...text.matchAll(labelLine)].map((m) => ({ label: m[1], start: m.index }));
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
function personOfLabel(doc: ArmsDocument, label: string, named: readonly Span[]): string | null {
  const words = label.split(/\s+/);
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
  const speakerOf = new Map<string, string | null>();
  for (const t of turns) if (!speakerOf.has(t.label)) speakerOf.set(t.label, personOfLabel(doc, t.label, named));
  doc.attributions.forEach((a, n) => {
    if (a.voice !== "outlet") return;
    const at = doc.sentences[a.sentence].span.start;
    const turn = turns[turnAt(turns, at)];
    const speaker = turn ? speakerOf.get(turn.label) : null;
    if (!speaker) return;
    doc.attributions[n] = { ...a, sources: [{ speaker, org: own.country ? own.org : null, country: own.country }], voice: "named" };
  });
}

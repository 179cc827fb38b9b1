import type { ArmsDocument } from "../../core/document.js";
import type { Span } from "../../core/span.js";
import speechData from "../../knowledge/speech.json" with { type: "json" };
import timeData from "../../knowledge/times.json" with { type: "json" };
import { personTitles, titles } from "./names.js";
import type { Speaker } from "./speakers.js";
import { allMatches } from "../../core/all-matches.js";

// Month and weekday names in full ("August", "May", "Friday"; no short form, which is the start of a full one), capitalised as a date writes them.
const dayNames = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"].filter((d) => timeData.dateHints.includes(d));
const monthNames = Object.keys(timeData.months).filter((m, _, all) => /^[a-z]+$/.test(m) && !all.some((o) => o !== m && o.startsWith(m)));
const calendarNames = [...monthNames, ...dayNames].map((w) => w[0].toUpperCase() + w.slice(1)).join("|");
// A day of a month, either way round: "4 March", "March 4", "4 March 2025", "March 4, 2025".
const dayOfMonth = `(?:\\d{1,2}\\s+(?:${calendarNames})(?:\\s+\\d{4})?|(?:${calendarNames})\\s+\\d{1,2}(?:,?\\s+\\d{4})?)`;

/**
 * A verb of committing or deciding right after its subject, perhaps after an auxiliary, an adverb, a short time
 * phrase ("had", "formally", "in late May") or a connective set off by commas (", however,", ", for one,").
 */
const committing = (verbs: readonly string[]): RegExp =>
  new RegExp(
    `^(?:\\s*,\\s*(?:however|meanwhile|though|in turn|for (?:his|her|its|their) part|for one|too|likewise|for example|for instance|in particular)\\s*,)?\\s+(?:(?:has|have|had|also|already|first|initially|originally|formally|officially|quickly|now|then|again|once again|still|repeatedly|last\\s+\\w+|earlier\\s+\\w+|in\\s+(?:early\\s+|mid-|late\\s+)?\\p{Lu}\\p{Ll}+|on\\s+\\p{Lu}\\p{Ll}+|on\\s+${dayOfMonth}|this\\s+(?:week|month|year))\\s+){0,3}(?:${verbs.join("|")})\\b`,
    "u",
  );
const commits = committing(speechData.commitVerbs);
// A capital stands for its government, so its giving to come, its agreement and its plan are that government's commitment
// ("Oslo will ship ...", "Quito agreed in May to ..."); a state by its name saying as much may be the outlet's own forecast.
const seatCommits = committing(speechData.seatCommitVerbs);
const roleWords = new Set(speechData.roleWords);
// A time phrase that opens a sentence: "In 2023", "In late March,", "On Monday,", "On 4 March", "Last year", "Last August",
// "Earlier this month,", "Days later". (A full date is tried first, so "On March 9," is not cut after its month.)
const timeLead = new RegExp(
  `^\\s*(?:(?:[Oo]n\\s+)?${dayOfMonth}|(?:[Ii]n|[Oo]n|[Bb]y|[Dd]uring)\\s+(?:(?:early|mid|late)[\\s-]+)?(?:\\d{4}|\\p{Lu}\\p{Ll}+)(?:\\s+\\d{4})?|(?:[Ll]ast|[Ee]arlier\\s+this|[Ll]ater\\s+that)\\s+(?:year|month|week|spring|summer|autumn|winter)|[Ll]ast\\s+(?:${calendarNames})|(?:[Hh]ours|[Dd]ays|[Ww]eeks|[Mm]onths|[Aa]\\s+(?:day|week|month|year))\\s+later)\\s*,?\\s+`,
  "u",
);
// Markup tags a feed or a page left in the text before the subject: "<summary>", "<p class=\"lead\">". (Not a headline's
// tag: "<title>Qatar cleared to buy drones" is a headline's shorthand, no act of its subject.)
const markupLead = /^(?:\s*<\/?(?!(?:title|h[1-6])\b)[a-z][\w:-]*(?:\s[^<>]*)?>)+/i;
// A question put to the subject, set off by a comma before the clause: "Asked about the jets, ", "Pressed again on the tanks, ".
const questionLead = new RegExp(`^\\s*(?:${speechData.questionLeads.join("|")})\\s[^,;:.!?"“”]{1,80},\\s+`, "u");
// A phrase setting the scene, when and where, closed by a comma before the subject: "A day earlier in Lima, ", "In Warsaw
// this week, ", "Elsewhere in Europe, " (speech.json sceneLeads). Tried on the text with its first letter in lower case.
const scenePiece = `(?:${speechData.sceneLeads.join("|")})`;
const sceneLead = new RegExp(`^\\s*${scenePiece}(?:\\s+${scenePiece}){0,3}\\s*,\\s+`, "u");
// A label of a few words closed by a colon at the start of a line ("Update:", "Catching up:", "A reminder of the Dutch pledge:").
const labelBefore = /^\s*\p{Lu}[^:;.!?"“”]{0,60}:\s+/u;
// The date that opens an entry of a chronology, closed by a dash, a colon or a table's bar ("12 Jun 2025 - ", "June 3,
// 2024 — ", "2024-05-02: ", "3 May 2024 | "): the entry's subject comes after it, as after a label.
const dateEntry = /^\s*(?:\d{1,2}\s+\p{Lu}\p{Ll}{2,8}\.?\s+\d{4}|\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2},?\s+\d{4}|\d{4}-\d{2}(?:-\d{2})?|\d{1,2}[./]\d{1,2}[./]\d{2,4})\s*[-–—:|]\s+/u;
// A cable's paragraph marking, after its number ("2. (U) ", "(SBU) "): speech.json cableMarkings.
// The mark of a list item, a thread's post or a numbered paragraph ("- ", "• ", "2/ ", "5.4 ", "A. "): speech.json itemMarks.
const itemMark = new RegExp(`^\\s*(?:${speechData.itemMarks.join("|")})\\s+`, "u");
const cableMark = new RegExp(`^\\s*(?:\\d{1,2}\\.\\s+)?\\((?:${speechData.cableMarkings.map((m) => m.replace(/\//g, "\\/")).join("|")})\\)\\s+`, "u");

/**
 * The state, body or titled person that opens a sentence as the subject of a verb of committing or deciding,
 * where nobody says the sentence: "Chile had pledged 40 howitzers", "The State Department this week approved a
 * sale", "Chancellor Ana Ruiz, however, refused to send tanks". The pledge or the decision is its own statement,
 * so it is the source. A state that opens the sentence gives way to the holder of its role in a "whose" clause
 * ("Peru, whose president Jorge Salas offered 12 tanks, ...").
 *
 *     "Norway has promised Latvia 12 patrol boats." -> [Norwegian government]
 */
export function committingSubject(doc: ArmsDocument, speakers: readonly Speaker[], sentence: Span): Speaker[] {
  let ordered = speakers.filter((s) => s.span.start >= sentence.start);
  let first = ordered[0];
  if (!first) return [];
  // ("Catching up: Oslo approved ...", "A reminder of last week's pledge: minister X promised ...": a short label and its colon open the line, not the clause.)
  // ("12 Jun 2025 - Chile signs for 36 launchers": a chronology's date and its dash open the entry, not the clause.)
  // ("2. (U) Minister X committed ...": a cable's paragraph number and marking open the paragraph, not the clause.)
  // ("- The ministry approved ...", "2/ Oslo pledged ...": the mark of a list item or a thread's post opens the line, not the clause.)
  const item = sentence.start + (itemMark.exec(doc.text.slice(sentence.start, first.span.start))?.[0].length ?? 0);
  const label = labelBefore.exec(doc.text.slice(item, first.span.start)) ?? dateEntry.exec(doc.text.slice(item, first.span.start)) ?? cableMark.exec(doc.text.slice(item, first.span.start));
  let start = item + (label?.[0].length ?? 0);
  // ("Asked about Ukraine's request, the minister refused ...": the question put to the subject opens the sentence, set off by a comma.)
  const asked = questionLead.exec(doc.text.slice(start, sentence.end));
  if (asked) {
    start += asked[0].length;
    ordered = ordered.filter((s) => s.span.start >= start);
    first = ordered[0];
  }
  // ("Two days before in Lima, Ana Ruiz pledged ...": the scene's time and place open the sentence, set off by a comma; a capital named there is no subject.)
  const rest = doc.text.slice(start, sentence.end);
  const scene = sceneLead.exec(rest.replace(/^\s*\p{Lu}/u, (c) => c.toLowerCase()));
  if (scene) {
    start += scene[0].length;
    ordered = ordered.filter((s) => s.span.start >= start);
    first = ordered[0];
  }
  if (!first || (first.kind !== "state" && first.kind !== "body" && first.kind !== "person")) return [];
  // ("US President Ana Ruiz signed ...", "Chile's Defence Minister Jorge Salas pledged ...": a state named among the titles before a person is the person's, no subject of its own.)
  // ("US President Ana Ruiz": so is the role of a body right before the name of its holder.)
  const holder = ordered[1]?.kind === "person" ? ordered[1] : undefined;
  if (holder && ((first.kind === "state" && titlesOnly(doc, first.span.start, holder.span.start)) || (first.kind === "body" && /^\s+$/.test(doc.text.slice(first.span.end, holder.span.start))))) first = holder;
  // ("<summary>Chile's defence ministry signed ...": a markup tag a feed left in the text opens no clause.)
  start += markupLead.exec(doc.text.slice(start, first.span.start))?.[0].length ?? 0;
  const opening = doc.text.slice(start, first.span.start);
  // (A person may stand after the titles of their office: "Chancellor", "Defence Minister", "the army chief".)
  // (A short time phrase may open the sentence before its subject: "In 2023 Oslo refused ...", "On Monday, the State Department approved ...".)
  const lead = timeLead.exec(opening)?.[0].length ?? 0;
  // ("India's arms council cleared ...", "Chile's procurement agency approved ...": the state's possessive before its body is the body's, no subject of its own.)
  const owner = first.kind === "body" ? ownerBefore(doc, start + lead, first.span.start) : null;
  if (owner && first.source.country && first.source.country !== owner) return [];
  if (!/^\s*(?:the\s+)?$/i.test(opening.slice(lead)) && !owner && !(first.kind === "person" && titlesOnly(doc, start + lead, first.span.start))) return [];
  const after = (s: Speaker) => doc.text.slice(s.span.end, Math.min(sentence.end, s.span.end + 80));
  if (first.kind === "state") {
    const holder = ordered.find((p) => p.kind === "person" && /^,\s+whose\s+(?:[\p{Ll}-]+\s+){1,3}$/u.test(doc.text.slice(first.span.end, p.span.start)));
    if (holder) return commits.test(after(holder)) ? [{ ...holder, source: { ...holder.source, country: holder.source.country ?? first.source.country } }] : [];
  }
  // (The page's mentions are searched for a capital only when the usual verbs of committing do not follow.)
  if (!commits.test(after(first)) && !(isSeat(doc, first) && seatCommits.test(after(first)))) return [];
  return owner && !first.source.country ? [{ ...first, source: { ...first.source, country: owner } }] : [first];
}

/** The state whose possessive alone fills the text before a body ("India's ", "Peru’s "), or null. */
function ownerBefore(doc: ArmsDocument, start: number, end: number): string | null {
  const state = doc.mentions.find((m) => m.kind === "state" && m.span.start >= start && m.span.end < end && /^\s*(?:the\s+)?$/i.test(doc.text.slice(start, m.span.start)));
  return state && /^['’]s\s+$/.test(doc.text.slice(state.span.end, end)) ? state.state ?? state.entity : null;
}

/** Is the text before a name nothing but titles and a state's adjective ("Chancellor ", "the Chilean Defence Minister ", "Peru's army chief ")? */
function titlesOnly(doc: ArmsDocument, start: number, end: number): boolean {
  const words = [...allMatches(/[^\s]+/g, doc.text.slice(start, end))].map((w) => ({ word: w[0].replace(/['’]s$/, ""), at: start + w.index }));
  // (A word of a body's role that holds the state's name is one too: "US President ", "the UK Defence Secretary ".)
  const ofState = (at: number) => doc.mentions.some((m) => (m.kind === "state" || (m.kind === "body" && m.form === "role")) && m.span.start <= at && at < m.span.end);
  const title = (w: string) => titles.has(w) || roleWords.has(w.toLowerCase()) || personTitles.has(w.toLowerCase());
  const rest = words[0] && /^the$/i.test(words[0].word) ? words.slice(1) : words;
  return rest.length > 0 && rest.length <= 5 && rest.some((w) => title(w.word)) && rest.every((w) => title(w.word) || ofState(w.at));
}

// "the agreement ", "under the contracts that ", "the letter of intent which ": a paper one signs, perhaps with a relative word, before its signer (and the signer's titles).
const paperBefore = new RegExp(`\\b(?:${speechData.signedPapers.map((w) => w.replace(/ /g, "\\s+")).join("|")})\\s+(?:(?:that|which)\\s+)?`, "giu");
// " signed", " and Ana Ruiz signed", " had signed": the signing right after the signer (or a co-signer joined by "and").
const signedAfter = /^(?:\s+and(?:\s+\p{Lu}[\p{L}.'’-]*){1,4})?\s+(?:(?:had|has|have|jointly)\s+)?signed\b/u;

/**
 * "Under the contracts Ana Ruiz signed in May, Peru is to get 12 jets", "The accord that minister Jorge Salas signed
 * commits Chile to ...": the person named in a clause right after a paper as the one who signed it, where nobody says
 * the sentence. What the paper commits to is the signer's own act, so the signer (the first one, where two signed
 * it) is the source, as the subject of a pledge is.
 *
 *     "The deal Ana Ruiz signed gives Peru 12 jets." -> [Ana Ruiz]
 */
export function paperSigner(doc: ArmsDocument, speakers: readonly Speaker[], sentence: Span): Speaker[] {
  const signer = speakers.find(
    (s) =>
      s.kind === "person" &&
      s.span.start >= sentence.start &&
      s.span.end <= sentence.end &&
      paperRightBefore(doc, Math.max(sentence.start, s.span.start - 80), s.span.start) &&
      signedAfter.test(doc.text.slice(s.span.end, Math.min(sentence.end, s.span.end + 60))),
  );
  return signer ? [signer] : [];
}

/** Does a paper one signs stand right before a name, with nothing between but the signer's titles ("the deal Chancellor ")? */
function paperRightBefore(doc: ArmsDocument, from: number, name: number): boolean {
  const last = [...doc.text.slice(from, name).matchAll(paperBefore)].pop();
  if (!last) return false;
  const end = from + last.index + last[0].length;
  return end === name || titlesOnly(doc, end, name);
}

/** Whether a state is named by its capital there ("Ottawa will ship ..."), not by its name. */
function isSeat(doc: ArmsDocument, first: Speaker): boolean {
  return first.kind === "state" && doc.mentions.some((m) => m.kind === "state" && m.form === "seat" && m.span.start === first.span.start && m.span.end === first.span.end);
}

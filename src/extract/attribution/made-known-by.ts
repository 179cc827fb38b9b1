import type { ArmsDocument } from "../../core/document.js";
import type { Span } from "../../core/span.js";
import speechData from "../../knowledge/speech.json" with { type: "json" };
import type { Speaker } from "./speakers.js";
import { allMatches } from "../../core/all-matches.js";

for (const key of ["madeKnownBy", "rejectedBy"] as const) {
  if (!speechData[key].every((w) => /^[a-z]+(?: [a-z]+)?$/.test(w))) throw new Error(`speech.json: ${key} must be lower-case plain words`);
}
const participles = [...speechData.madeKnownBy, ...speechData.rejectedBy].sort((a, b) => b.length - a.length).map((w) => w.replace(/ /g, "\\s+")).join("|");
// "..., presented by defence minister X on 12 March", "the package announced by Chancellor Y": not "it was announced by X that ..." (a lead of its own).
const madeKnown = new RegExp(`\\b(?:${participles})\\s+by\\s+(?:the\\s+)?`, "gi");
// Title words between "by" and the name ("defence minister", "Prime Minister", "foreign ministry spokesman"), at most a few.
const titleGap = /^(?:[\p{L}-]+\s+){0,4}$/u;

/**
 * The one a sentence says made its claim known, named after a participle and "by": "Copenhagen's tranche,
 * presented by defence minister Ana Ruiz on Monday, holds 40 tanks" (Ruiz), "the package announced by the
 * Pentagon includes ..." (the Pentagon). Only a person or a body of a state, right after "by" or its lower-case
 * titles; no outlet ("revealed by the Herald" is a report passed on, not its source). Empty elsewhere.
 *
 *     "The tranche, presented by defence minister Ana Ruiz, holds 40 tanks." -> [Ana Ruiz]
 */
export function madeKnownBy(doc: ArmsDocument, speakers: readonly Speaker[], sentence: Span): Speaker[] {
  const text = doc.slice(sentence);
  for (const m of allMatches(madeKnown, text)) {
    const at = sentence.start + m.index + m[0].length;
    // ("It was announced by X that ...": the lead names its maker another way, see leadNamedAfter.)
    if (/^\s*it\s+(?:is|was|has\s+been)\s*$/i.test(text.slice(0, m.index))) continue;
    // (A pointer keeps its article: "by the minister".)
    const by = at - (/\bthe\s+$/i.exec(m[0])?.[0].length ?? 0);
    const first = speakers.filter((s) => s.span.start >= (s.kind === "pointer" ? by : at)).sort((a, b) => a.span.start - b.span.start)[0];
    if (!first || !titleGap.test(doc.text.slice(Math.min(at, first.span.start), first.span.start))) continue;
    if (first.kind === "person" || ((first.kind === "body" || first.kind === "unnamed") && first.source.country)) return [first];
    // ("..., dismissed by the minister as speculation": a pointer back to the person or the state's body named before.)
    if (first.kind === "pointer" && first.voice === "pointer" && (first.source.speaker || first.source.country)) return [first];
  }
  return [];
}

/**
 * "Moscow said, through security council chief X, that ...", "Beijing insisted through its foreign ministry spokesman
 * X that ...": a state or its government speaks through the person named after "through" and a title; the person
 * is the source, of that state where the name does not say.
 */
const titleEnd = /\b(?:minister|spokes(?:man|woman|person)|chief|secretary|head|director|envoy|advis[eo]r|commander|ambassador|president|chancellor|premier|official)\s+$/i;

export function spokeThrough(doc: ArmsDocument, speakers: readonly Speaker[], chosen: readonly Speaker[], sentence: Span): Speaker[] {
  if (!chosen.length || !chosen.every((c) => c.kind === "state" || (c.kind === "body" && !c.source.speaker))) return [];
  const country = chosen[0].source.country;
  if (!country || chosen.some((c) => c.source.country !== country)) return [];
  const through = /,?\s+through\s+(?:(?:its|their|the)\s+)?((?:[\p{L}-]+\s+){0,4})$/iu;
  for (const p of speakers) {
    if (p.kind !== "person" || p.span.start < sentence.start) continue;
    const before = through.exec(doc.text.slice(Math.max(sentence.start, p.span.start - 80), p.span.start));
    // (Only the speaker's title between "through" and the name, no other noun: "through deliveries to X" names no one.)
    if (!before || !/^(?:[\p{Ll}-]+\s+){0,4}$/u.test(before[1].replace(/\b\p{Lu}[\p{L}-]*\s+/gu, "")) || !titleEnd.test(before[1])) continue;
    if (!chosen.every((c) => c.span.end <= p.span.start)) continue;
    return [{ ...p, source: { ...p.source, country: p.source.country ?? country } }];
  }
  return [];
}

for (const key of ["answerNouns", "answerGivers"] as const) {
  if (!speechData[key].every((w) => /^[a-z]+(?: [a-z]+){0,2}$/.test(w))) throw new Error(`speech.json: ${key} must be lower-case plain words`);
}
const words = (list: readonly string[]) => [...list].sort((a, b) => b.length - a.length).map((w) => w.replace(/ /g, "\\s+")).join("|");
// "Lima's reply, through ", "The answer from Quito, given by ": an answer noun (perhaps "from" or "of" its state) and the aside naming its giver.
const answerAside = new RegExp(`\\b(?:${words(speechData.answerNouns)})(?:\\s+(?:from|of)\\s+[^,;:.“”"]{1,40})?\\s*,\\s*(?:${words(speechData.answerGivers)})\\s+(?:(?:its|their|the|a)\\s+)?`, "gi");
// After the giver's aside, the answer's content: ", was that ...", ", came back that ...", " was: ...".
const answerIs = /^(?:\s+on\s+\p{L}+|\s+(?:this|last)\s+\p{L}+)?\s*,\s*(?:was|came(?:\s+back)?|had\s+been|is)\b/iu;

/**
 * The one who gave an answer, named in an aside after the answer noun, where the answer's content follows: "Lima's
 * reply, through spokesman Jorge Salas, was that it never sold tanks" (Salas, of Peru where the name says no state).
 * Only a person right after the opening words and at most a few title words; the parties of the content are read
 * as usual. Empty elsewhere.
 *
 *     "Quito's answer, given by minister Ana Ruiz, was that ..." -> [Ana Ruiz]
 */
export function answerGiver(doc: ArmsDocument, speakers: readonly Speaker[], sentence: Span): Speaker[] {
  const text = doc.slice(sentence);
  for (const m of allMatches(answerAside, text)) {
    const at = sentence.start + m.index + m[0].length;
    // (A title read as an unnamed speaker, "spokesman", is part of the way to the name.)
    const first = speakers.filter((s) => s.span.start >= at && s.kind === "person").sort((a, b) => a.span.start - b.span.start)[0];
    if (!first || !titleGap.test(doc.text.slice(at, first.span.start))) continue;
    if (!answerIs.test(doc.text.slice(first.span.end, sentence.end))) continue;
    // (The answer's state: the one named in the words before the aside, "Lima's reply", "the answer from Quito".)
    const head = doc.text.slice(sentence.start, sentence.start + m.index + m[0].length);
    const state = doc.within(doc.mentions, { start: sentence.start, end: sentence.start + head.length }).find((x) => x.kind === "state");
    const country = first.source.country ?? (state ? state.state ?? state.entity : null);
    return [{ ...first, source: { ...first.source, country } }];
  }
  return [];
}

if (!speechData.pledgeNouns.length || !speechData.pledgeNouns.every((w) => /^[a-z]+$/.test(w))) throw new Error("speech.json: pledgeNouns must be lower-case plain words");
// "'s October pledge of", "’s promise of", "'s 2024 offer of": a possessive, at most two words of time, a
// pledge noun and "of" or "to"; or the pledge's content after "that", perhaps past a few words of its time ("'s
// announcement on Monday that", "’s promise last week that").
const pledgeAfter = new RegExp(
  `^['’]s?\\s+(?:[\\p{L}\\d]+\\s+){0,2}?(?:${words(speechData.pledgeNouns)})\\s+(?:(?:of|to)\\b|(?:(?:on|in|at|last|this|of|early|late|earlier|later)\\s+(?:[\\p{L}\\d]+\\s+){0,3}?)?that\\b)`,
  "iu",
);
if (!speechData.ownedWordNouns.length || !speechData.ownedWordNouns.every((w) => /^[a-z]+$/.test(w))) throw new Error("speech.json: ownedWordNouns must be lower-case plain words");
// "'s figure", "’s own statement", "'s latest estimate": a possessive, at most two words before a noun of what one said or reckoned.
const wordAfter = new RegExp(`^['’]s?\\s+(?:[\\p{L}\\d]+\\s+){0,2}?(?:${words(speechData.ownedWordNouns)})\\b(?![-'’])`, "iu");
if (!speechData.stanceNouns.length || !speechData.stanceNouns.every((w) => /^[a-z]+$/.test(w))) throw new Error("speech.json: stanceNouns must be lower-case plain words");
// "'s line was that", "’s position, voiced by its minister, is that": a possessive, a noun of the line one holds, perhaps
// an aside between commas, and its content after "is that" or "was that".
const stanceAfter = new RegExp(`^['’]s?\\s+(?:[\\p{L}\\d]+\\s+){0,2}?(?:${words(speechData.stanceNouns)})(?:\\s*,[^,;:.“”"]{1,60},)?\\s+(?:is|was|has\\s+been|had\\s+been|remains|remained)\\s+that\\b`, "iu");
// "the line from ", "The position of minister ": the noun of the line before the one who holds it (and their titles).
const stanceFrom = new RegExp(`\\b(?:${words(speechData.stanceNouns)})\\s+(?:from|of)\\s+(?:the\\s+)?(?:[\\p{Ll}-]+\\s+){0,4}$`, "iu");
// After the holder of the line: an aside between commas, perhaps, and its content after "is that" or "was that".
const stanceContent = /^(?:\s*,[^,;:.“”"]{1,60},)?\s+(?:is|was|has\s+been|had\s+been|remains|remained)\s+that\b/iu;
const ownedAfter = (text: string): boolean => pledgeAfter.test(text) || wordAfter.test(text) || stanceAfter.test(text);

/**
 * The person whose commitment a sentence tells, named in the possessive before the pledge noun: "Ana Ruiz's October
 * pledge of 40 howitzers is the largest yet" (Ruiz); so is the person whose figure, statement or plan it tells
 * ("Ana Ruiz's figure is that ...", speech.json ownedWordNouns). Only a person; a state's pledge ("Chile's pledge") is the
 * outlet's telling, read as usual, and a capital's is capitalPledge's. Empty elsewhere.
 *
 *     "Lars Berg's promise of 12 boats was welcomed." -> [Lars Berg]
 */
export function pledgeMaker(doc: ArmsDocument, speakers: readonly Speaker[], sentence: Span): Speaker[] {
  const person = speakers.find((s) => s.kind === "person" && s.span.start >= sentence.start && ownedAfter(doc.text.slice(s.span.end, Math.min(sentence.end, s.span.end + 60))));
  if (person) return [person];
  // ("The line from Ana Ruiz, at the podium, is that ...": the holder named after the noun of the line, its content after.)
  const holder = speakers.find(
    (s) =>
      s.kind === "person" &&
      s.span.start >= sentence.start &&
      stanceFrom.test(doc.text.slice(Math.max(sentence.start, s.span.start - 60), s.span.start)) &&
      stanceContent.test(doc.text.slice(s.span.end, Math.min(sentence.end, s.span.end + 80))),
  );
  return holder ? [holder] : [];
}

/**
 * The capital whose pledge or answer a sentence tells, in the possessive before the pledge noun or before an answer
 * told after "was that": "Oslo's pledge of 12 boats dates from May", "Quito's answer was that it sold no tanks". A
 * capital stands for its government, not for the country as a whole, so that government committed to it or said it;
 * "Chile's pledge", by the state's name, may be the outlet's own summing-up and is left to it. Only where nobody but
 * states is named in the sentence, and no state before the capital (whose pledge "Madrid's pledge follows Lisbon's
 * promise of ..." tells is in doubt). Empty elsewhere.
 *
 *     "Ottawa's promise of 40 howitzers still stands." -> [the Canadian government]
 */
export function capitalPledge(doc: ArmsDocument, speakers: readonly Speaker[], sentence: Span): Speaker[] {
  // ("In Washington, the Pentagon's 2 billion dollar package of May ...": a state's body named in the possessive before its
  // own package or tranche made it, as a capital does; only a body named by its name ("his government's package" points
  // back to whoever spoke), and only where no state but the body's own is named before it.)
  const body = speakers.find(
    (s) =>
      s.kind === "body" &&
      s.span.start >= sentence.start &&
      s.span.end > s.span.start &&
      /^\p{Lu}/u.test(doc.slice(s.span)) &&
      !!s.source.country &&
      seatActAfter.test(doc.text.slice(s.span.end, Math.min(sentence.end, s.span.end + 60))) &&
      !doc.mentions.some((m) => m.kind === "state" && m.span.start >= sentence.start && m.span.start < s.span.start && (m.state ?? m.entity) !== s.source.country),
  );
  if (body) return [body];
  if (speakers.some((s) => s.kind !== "state" && s.span.start >= sentence.start)) return [];
  const seat = speakers.find(
    (s) =>
      s.kind === "state" &&
      s.span.start >= sentence.start &&
      doc.mentions.some((m) => m.kind === "state" && m.form === "seat" && m.span.start === s.span.start && m.span.end === s.span.end) &&
      seatOwnsAfter(doc.text.slice(s.span.end, Math.min(sentence.end, s.span.end + 60))) &&
      !doc.mentions.some((m) => m.kind === "state" && m.span.start >= sentence.start && m.span.start < s.span.start),
  );
  if (seat) return [seat];
  // ("Belgium's pledge of 30 jets ...", "Finland's latest package, worth ...": a state by its name in the possessive before its
  // own pledge, promise or package is its government's commitment, where it is the first state the sentence names.)
  const state = speakers.find((s) => s.kind === "state" && s.span.start >= sentence.start && /^\p{Lu}/u.test(doc.slice(s.span)));
  const first = state && !doc.mentions.some((m) => m.kind === "state" && m.span.start >= sentence.start && m.span.start < state.span.start);
  const after = state ? doc.text.slice(state.span.end, Math.min(sentence.end, state.span.end + 60)) : "";
  return state && first && /^['’]s\s/u.test(after) && (pledgeAfter.test(after) || stateActAfter.test(after)) ? [state] : [];
}

if (!speechData.stateActNouns.length || !speechData.stateActNouns.every((w) => /^[a-z]+$/.test(w))) throw new Error("speech.json: stateActNouns must be lower-case plain words");
// "'s latest package", "’s spring tranche": a possessive, at most two words, a noun of a state's own giving.
const stateActAfter = new RegExp(`^['’]s\\s+(?:[\\p{L}\\d-]+\\s+){0,2}?(?:${words(speechData.stateActNouns)})\\b(?![-'’])`, "iu");

// "'s answer was that", "’s reply is that": a possessive, an answer noun and its content after "was that".
const answerContent = new RegExp(`^['’]s\\s+(?:[\\p{L}\\d]+\\s+){0,2}?(?:${words(speechData.answerNouns)})\\s+(?:was|is|had\\s+been)\\s+that\\b`, "iu");
if (!speechData.seatActNouns.length || !speechData.seatActNouns.every((w) => /^[a-z]+(?: [a-z]+)?$/.test(w))) throw new Error("speech.json: seatActNouns must be lower-case plain words");
// "'s spring package", "’s 2022 framework", "'s hold": a possessive, at most two words, a noun of the government's own act on goods.
const seatActAfter = new RegExp(`^['’]s\\s+(?:[\\p{L}\\d-]+\\s+){0,2}?(?:${words(speechData.seatActNouns)})\\b(?![-'’])`, "iu");
if (!speechData.seatFigureNouns.length || !speechData.seatFigureNouns.every((w) => /^[a-z]+$/.test(w))) throw new Error("speech.json: seatFigureNouns must be lower-case plain words");
// "'s figure", "’s February count": a possessive, at most two words, a noun of a figure the government gave.
// (No initials between: "Seoul's DIA estimate" is the agency's figure; so the case of the words counts.)
const seatFigureAfter = new RegExp(`^['’]s\\s+(?:(?!\\p{Lu}{2})[\\p{L}\\d-]+\\s+){0,2}?(?:${words(speechData.seatFigureNouns)})\\b(?![-'’])`, "u");
const seatOwnsAfter = (text: string): boolean => pledgeAfter.test(text) || answerContent.test(text) || seatActAfter.test(text) || seatFigureAfter.test(text) || stanceAfter.test(text);

for (const key of ["figureNouns", "figureGivingVerbs"] as const) {
  if (!speechData[key].length || !speechData[key].every((w) => /^[a-z]+(?: [a-z]+)?$/.test(w))) throw new Error(`speech.json: ${key} must be lower-case plain words`);
}
// ", figures", "the share", "those numbers": a noun of figures after a comma or a determiner.
const figuresNamed = `(?:,\\s+|\\b(?:the|those|these)\\s+)(?:${words(speechData.figureNouns)})\\s+`;
// ", figures ", "the share ", "the numbers that ": the one who gave them next.
const figuresNoun = new RegExp(`${figuresNamed}(?:that\\s+|which\\s+)?$`, "i");
// " first gave", " had published", " released": the giving verb right after the one who gave the figures.
const givesFigures = new RegExp(`^\\s+(?:(?:first|also|later|earlier|then|had|has|have)\\s+){0,2}(?:${words(speechData.figureGivingVerbs)})\\b`, "i");
// ", figures first published by ", "the share given by the ": the giving verb as a participle, the one who gave them after "by".
const figuresGivenBy = new RegExp(`${figuresNamed}(?:(?:first|also|later|earlier)\\s+)?(?:${words(speechData.figureGivingVerbs)})\\s+by\\s+(?:the\\s+)?$`, "i");

/**
 * The one a sentence credits with its figures in a phrase that renames them: "China sells Peru 70 percent of its
 * drones, figures Ana Ruiz first gave in May" (Ruiz), "the share she had given was a half" (whom "she" points to), "..., numbers
 * first published by the navy" (the navy). A person, a state's body or a state (speech.json figureNouns,
 * figureGivingVerbs); no outlet or media, which pass figures on. Empty elsewhere.
 *
 *     "Peru bought 40 percent of them, figures Jorge Salas gave in May." -> [Jorge Salas]
 */
export function figuresGiver(doc: ArmsDocument, speakers: readonly Speaker[], sentence: Span): Speaker[] {
  for (const s of speakers) {
    if (s.span.start < sentence.start || s.kind === "media" || s.kind === "outlet" || s.voice === "media") continue;
    if (s.kind === "pointer" && !s.source.speaker && !s.source.country) continue;
    const before = doc.text.slice(Math.max(sentence.start, s.span.start - 60), s.span.start);
    const after = doc.text.slice(s.span.end, Math.min(sentence.end, s.span.end + 40));
    if ((figuresNoun.test(before) && givesFigures.test(after)) || figuresGivenBy.test(before)) return [s];
  }
  return [];
}

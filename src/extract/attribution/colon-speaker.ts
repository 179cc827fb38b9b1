import type { ArmsDocument } from "../../core/document.js";
import type { Span } from "../../core/span.js";
import { PEOPLE, findBody } from "../../knowledge/gazetteer.js";
import { matchAll, speech } from "../../knowledge/lexicon.js";
import speechData from "../../knowledge/speech.json" with { type: "json" };
import { between, groupBefore, type Speaker, tokens } from "./speakers.js";

/** The longest lead, in words, that may stand before the colon of a statement it introduces. */
const leadWords = 16;

/** The longest tag, in words, after a comma between the speaker that opens a lead and its colon (", briefing before the trip"). */
const tagWords = 8;

/**
 * "The Polish defence ministry: 20 more tanks have arrived", "The answer came from Defence Minister Ana Ruiz: Chile
 * has sent ...": a person or body that ends right at the sentence's first colon, with no verb of saying and no quote
 * before it, says what follows the colon. So does one that opens the lead with a short tag after a comma
 * ("Ana Ruiz, for Chile's defence ministry: ...", "Senior Chilean officials, briefing before the summit: ...",
 * "2024-05 | Ana Ruiz, at the Lima forum: ..."); a person who opens it is the speaker rather than the body the tag
 * names. So does one whose finding the lead names in the possessive, or who passes it on through others, perhaps with an
 * aside in brackets ("NAVCOM's weekend haul: ...", "The agency's new count (given on 3 May): ...", "HUR via lawmakers
 * (early June): ..."). A state, an outlet or media before the colon ("Ukraine: ...", "Reuters: ...") is a topic or a relay, no
 * speaker. Empty where the sentence has no such colon.
 */
export function colonSpeakers(doc: ArmsDocument, speakers: readonly Speaker[], sentence: Span): Speaker[] {
  // (A colon between digits is a time or a ratio, none that introduces a statement.)
  const colon = /(?<!\d):(?!\d)/.exec(doc.slice(sentence));
  if (!colon) return [];
  const at = sentence.start + colon.index;
  const lead = doc.text.slice(sentence.start, at);
  if (tokens(lead) > leadWords || /[“”"]/.test(lead) || matchAll(speech.verb, lead, sentence.start).length) return [];
  // The person, body or unnamed officials that open the lead (after a date, a number or a list mark, perhaps "the").
  const first = speakers.find((s) => s.span.start >= sentence.start && s.span.end < at && speaks(s) && /^[^\p{L}]*(?:the\s+)?$/iu.test(between(doc, sentence.start, s.span.start)));
  const opener = first ? (taggedOpener(doc, speakers, first, at) ?? possessedOpener(doc, speakers, first, at) ?? untaggedOpener(doc, speakers, first, at)) : null;
  if (opener) return [opener];
  const known = first ? null : knownSurnameLead(doc, sentence.start, at);
  if (known) return [known];
  const group = groupBefore(doc, speakers, at, 0).filter((s) => s.kind !== "state" && s.kind !== "outlet" && s.kind !== "media");
  if (!group.length || !group.some((s) => /^\s*$/.test(between(doc, s.span.end, at)))) return [];
  return group;
}

const speaks = (s: Speaker) => s.kind === "person" || s.kind === "body" || s.kind === "unnamed";

/** Whether no other that may speak stands between the lead's opener and its colon. */
const aloneBefore = (speakers: readonly Speaker[], opener: Speaker, at: number): boolean =>
  !speakers.some((s) => s !== opener && s.span.start >= opener.span.end && s.span.end <= at && speaks(s));

/**
 * The lead's opener where it is set off from the colon by a comma and a short tag: "Ana Ruiz, for Chile's defence
 * ministry", "Senior Chilean officials, briefing before the summit". A body or officials only where the tag names no
 * other that may speak.
 */
function taggedOpener(doc: ArmsDocument, speakers: readonly Speaker[], opener: Speaker, at: number): Speaker | null {
  const tag = between(doc, opener.span.end, at);
  if (!/^,\s/.test(tag) || tokens(tag) > tagWords) return null;
  if (opener.kind === "person") return opener;
  return aloneBefore(speakers, opener, at) ? opener : null;
}

// "'s weekend haul", "'s new count (given on 3 May)", " via lawmakers (early June)": what the opener found, or through
// whom it passed, then perhaps an aside in brackets, up to the colon.
// (Or an aside in brackets alone: "HUR (early June): ...".)
const possessedTail = /^(?:['’]s\s+(?:[\p{L}\d-]+\s+){0,2}\p{Ll}[\p{L}-]*\s*(?:\([^()]{1,60}\)\s*)?|\s+via\s+(?:the\s+)?(?:\p{Ll}[\p{L}-]*\s*){1,3}(?:\([^()]{1,60}\)\s*)?|\s*\([^()]{1,60}\)\s*)$/u;

/**
 * The lead's opener where it owns what the lead names up to its colon: "NAVCOM's weekend haul", "The agency's new
 * count (given on 3 May)", "HUR via lawmakers".
 */
function possessedOpener(doc: ArmsDocument, speakers: readonly Speaker[], opener: Speaker, at: number): Speaker | null {
  const tail = between(doc, opener.span.end, at);
  if (!possessedTail.test(tail)) return null;
  // (Those "via" names pass the finding on: "HUR via lawmakers" is HUR's.)
  if (/^\s+via\s/.test(tail)) return opener;
  return aloneBefore(speakers, opener, at) ? opener : null;
}

const tails = speechData.colonLeadTails;
for (const list of [tails.adverbs, tails.prepositions]) {
  if (!list.length || !list.every((w) => /^[a-z]+$/.test(w))) throw new Error("speech.json: colonLeadTails must hold lower-case plain words");
}
// " again", " at the morning briefing", " on state television": an adverb alone, or a short phrase a preposition opens, up to the colon.
const untaggedTail = new RegExp(`^\\s+(?:(?:${tails.adverbs.join("|")})|(?:${tails.prepositions.join("|")})\\s+[^,;:()“”"]{1,40}?)\\s*$`, "u");

/**
 * The lead's opener where a person is followed, with no comma, by an adverb or a short phrase of time or place up to the
 * colon: "Ruiz again", "Ana Ruiz at the morning briefing" (speech.json colonLeadTails). Only a person, with no other that
 * may speak in the tail.
 */
function untaggedOpener(doc: ArmsDocument, speakers: readonly Speaker[], opener: Speaker, at: number): Speaker | null {
  if (opener.kind !== "person") return null;
  const tail = between(doc, opener.span.end, at);
  if (!untaggedTail.test(tail) || tokens(tail) > tagWords) return null;
  return aloneBefore(speakers, opener, at) ? opener : null;
}

// A known person's surname that opens a lead (after a date, a number or a list mark), then nothing or an untagged tail.
const surnameLead = /^[^\p{L}]*(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?=\s|$)/u;

/**
 * "Kirby: Iran has sent ...", "Kirby at the briefing: ...": a surname alone that opens a lead is the person the gazetteer
 * knows by it, where only one person bears it; the colon after it marks the words as theirs, though the page never named
 * them in full.
 */
function knownSurnameLead(doc: ArmsDocument, start: number, at: number): Speaker | null {
  const lead = doc.text.slice(start, at);
  const m = surnameLead.exec(lead);
  if (!m) return null;
  const rest = lead.slice(m[0].length);
  if (rest.trim() && (!untaggedTail.test(rest) || tokens(rest) > tagWords)) return null;
  const bearers = PEOPLE.filter((p) => p.surname === m[1]);
  if (bearers.length !== 1) return null;
  const p = bearers[0];
  const s = start + m.index + m[0].length - m[1].length;
  return { span: { start: s, end: s + m[1].length }, kind: "person", voice: "named", source: { speaker: p.name, org: findBody(p.org)?.name ?? null, country: p.state } };
}

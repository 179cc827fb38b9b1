import type { Source } from "../../core/claim.js";
import type { ArmsDocument, Attribution, Mention } from "../../core/document.js";
import { remembered } from "../../core/memo.js";
import type { Span } from "../../core/span.js";
import { BODIES, type Body, findBody, outletByName, personNamed, personPronoun, stateByIso3 } from "../../knowledge/gazetteer.js";
import { matchAll, speech } from "../../knowledge/lexicon.js";
import speechData from "../../knowledge/speech.json" with { type: "json" };
import webDomains from "../../knowledge/web-domains.json" with { type: "json" };
import { foundingAsideClosesWithComma, foundingAsideEnd } from "./asides.js";
import { bareOffices } from "./bare-office.js";
import { earlierBodyOfKind } from "./earlier-body.js";
import { isPlaceName, placesIn } from "../mentions/places.js";
import { sentenceAntecedent } from "./sentence-antecedent.js";
import { bodyNames, isWhiteSpace, type NameMemory, outletHeads, personNames, personTitles, pressNamed, setOffSurnames, stateBodyHeads, titledSurnames, titles, wordPatterns } from "./names.js";
import { escapeRegExp } from "../../core/escape-regexp.js";
import { allMatches } from "../../core/all-matches.js";

/** Something in a sentence that could be the one who says it. */
export interface Speaker {
  readonly span: Span;
  readonly source: Source;
  readonly voice: Attribution["voice"];
  readonly kind: "person" | "body" | "outlet" | "state" | "unnamed" | "media" | "pointer";
}

/** What a sentence's speakers may point back to: the last sentence's sources and every speaker named before. */
export interface Recall {
  readonly last: readonly Speaker[];
  readonly named: readonly Speaker[];
  readonly names: NameMemory;
  /** Bodies the segment has named as making a document or finding known ("X published a survey"), latest last. */
  readonly issuers?: readonly Speaker[];
  /** The same over the whole document so far, latest last ("the document" paragraphs after the body published it). */
  readonly documentIssuers?: readonly Speaker[];
  /** States and bodies the document has named as keeping a record of what they gave ("Norway publishes a list of its aid"), latest last. */
  readonly keepers?: readonly Speaker[];
}

/** Whether a name has a word that starts with `stem` ("Ministry of Defence" has "minist"; "Presidential Administration" has not). */
export const hasStem = (name: string | null, stem: string) => (name ?? "").toLowerCase().split(/[^\p{L}]+/u).some((w) => w.startsWith(stem));
export const between = (doc: ArmsDocument, a: number, b: number) => doc.text.slice(Math.min(a, b), Math.max(a, b));
export const tokens = (s: string) => s.split(/\s+/).filter((t) => /[\p{L}\p{N}]/u.test(t)).length;
/** Whether `s` has more than `n` words as `tokens` counts them (stops reading at the first word past `n`). */
function tokensAbove(s: string, n: number): boolean {
  let count = 0;
  wordRun.lastIndex = 0;
  for (let m = wordRun.exec(s); m; m = wordRun.exec(s)) if (wordly.test(m[0]) && ++count > n) break;
  wordRun.lastIndex = 0;
  return count > n;
}
const wordRun = /\S+/g;
const wordly = /[\p{L}\p{N}]/u;
const rejectedPointer = new RegExp(speechData.rejectedPointer, "i");
const joinable = (gap: string) => /^\s*(?:and\s+)?$/.test(gap);
const listed = (gap: string) => /^\s*,\s*(?:and\s+)?$/.test(gap);

// (The tests of groupBefore stand at module level, not as closures in it: tsx names a closure on each call.)

/** "told the minister", "with the ministry": one named right after a preposition or "told". */
const objectOfWord = (doc: ArmsDocument, s: Speaker) => /\b(?:to|from|with|for|of|in|into|on|by|about|told)\s+(?:the\s+)?$/i.test(doc.text.slice(Math.max(0, s.span.start - 12), s.span.start));

/** "Iran will give Russia 40 tanks, the defence ministry said": a state before a phrase after the comma that says it. */
const stateBehindSubject = (doc: ArmsDocument, s: Speaker, at: number) => s.kind === "state" && (/,\s*(?:the|a|an|its|their|his|her)\s+[^,]*[^\s,]\s*$/i.test(between(doc, s.span.end, at)) || /,\s*\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?(?:\s+(?:also|again|later|\p{Ll}+ly))?\s*$/u.test(between(doc, s.span.end, at)));

/** "spoke to lawmakers": those spoken to. */
const listenerOf = (doc: ArmsDocument, s: Speaker) => s.kind === "unnamed" && /\b(?:to|told|with|before|addressed|briefed|briefing)\s+(?:the\s+)?$/i.test(doc.text.slice(Math.max(0, s.span.start - 12), s.span.start));

/** The speakers standing just before `at` (within `maxGap` words), with those joined to them by "and" or apposition. */
export function groupBefore(doc: ArmsDocument, speakers: readonly Speaker[], at: number, maxGap: number): Speaker[] {
  // "the Panel, whose members include Chile, Peru and Brazil, said": the members listed in the aside are no speakers; the body before it speaks.
  const members = memberAsideBefore(doc, at);
  if (members !== null) return groupBefore(doc, speakers, members, maxGap);
  // "the Team, set up by eleven states after the old panel lapsed, said": the founders and the bodies of its history are no speakers; the body speaks.
  const founding = foundingAsideBefore(doc, at);
  if (founding !== null) return groupBefore(doc, speakers, founding, maxGap);
  // "Ana Ruiz in an interview with the channel TVN on Monday said": the outlet of the setting is no speaker; the one before it speaks.
  const venue = venueBefore(doc, at);
  if (venue !== null) return groupBefore(doc, speakers, venue, maxGap);
  // "Ana Ruiz used a press appearance on Monday to say": the one who used the occasion says it.
  const occasion = usedOccasion.exec(doc.text.slice(Math.max(0, at - 120), at));
  if (occasion) return groupBefore(doc, speakers, at - occasion[0].length, maxGap);
  // "Ann Roux, an aide to President Salas, on Monday again denied": a time or adverb between the aside and the verb
  // leaves the aside the one before the verb.
  const lead = leadAfterAside.exec(doc.text.slice(Math.max(0, at - 50), at));
  if (lead && asideBefore(doc, at - lead[0].length + 1) !== null) return groupBefore(doc, speakers, at - lead[0].length + 1, maxGap);
  // "Iran will give Russia 40 tanks, the defence ministry said": a phrase after the comma is who says it, not the state before.
  // ("Iran will give Russia 40 tanks, Salas said", "..., Salas told reporters": so is a capitalised word alone after the
  // comma, a surname no list knows, perhaps before an adverb; the state before it is the recipient, not the teller.)
  // "spoke to lawmakers, saying": those spoken to are no speakers.
  const all = speakers.filter((s) => s.span.end <= at && !listenerOf(doc, s) && !seenBy(doc, s.span.start) && !(s.kind === "state" && (objectOfWord(doc, s) || stateBehindSubject(doc, s, at))) && !/\btold\s+(?:the\s+)?$/i.test(doc.text.slice(Math.max(0, s.span.start - 10), s.span.start))).sort((a, b) => b.span.end - a.span.end);
  // "X, who heads Ukraine's military intelligence, said", "X, standing next to Y at a base, said": those named inside the aside are no subject.
  const aside = asideBefore(doc, at);
  const outside = aside === null ? all : all.filter((s) => s.span.start < aside);
  const before = outside.length && outside[0].span.end === aside ? outside : all;
  // "Tamm, an Estonian navy commander, said": a name no list knows holds the role; the body inside it is not the subject.
  if (aside !== null && before === all && /\p{Lu}[\p{L}'’-]+$/u.test(doc.text.slice(Math.max(0, aside - 30), aside))) return [];
  if (!before.length) return [];
  const gap = between(doc, before[0].span.end, at);
  // "Ann Roux, the envoy of Sweden in Riga, said": a person's role between commas, however long, is no gap.
  // "Ann Roux, who chairs the committee, said", "the ministry, which runs the programme, said": a relative clause set off by commas is no gap either.
  // "Ann Roux, speaking at the summit, said": so is a participle's phrase.
  // (Any aside its opening words mark as one, right after a person: ", then Chile's foreign minister, ", ", on a visit to Lima, ".)
  const role = (before[0].kind === "person" && before !== all && before[0].span.end === aside) || (before[0].kind === "person" && /^,\s*(?:(?:the|a|an)\s[^,;.“”"]{0,70}|\p{Ll}+ing\s[^,;.“”"]{0,80}),\s*$/u.test(gap)) || (before[0].kind !== "media" && /^,\s*(?:who|which)\s[^,;.“”"]{0,140},\s*$/.test(gap));
  if (/[.;:“”"?!]/.test(gap) || (tokens(gap) > maxGap && !role)) return [];
  const group = [before[0]];
  for (const s of before.slice(1)) {
    const head = group[group.length - 1];
    const g = between(doc, s.span.end, head.span.start);
    // "A and B said", "A, B and others say"; or apposition, a role right before its holder ("White House spokesman John Kirby").
    // "Ann Roux, the French defence minister, told": a person before a role set off by commas is its holder.
    // "General Ann Roux, the chief of Finland's army, said": the person before a role "of" a body holds it.
    const apposition = s.kind === "person" && head.kind === "body" && /^,\s*(?:the|a|an)\s+(?:(?:[\p{Ll}-]+\s+){0,3}(?:of|for|at)\s+)?$/iu.test(g);
    // "Ann Roux at the Chilean navy said", "Lars Dahl of the Norwegian foreign ministry told": the person of the body speaks.
    const ofBody = s.kind === "person" && head.kind === "body" && /^\s+(?:at|of|from)\s+(?:the\s+)?$/i.test(g);
    // "Minister A and her Estonian counterpart B said": both speak.
    const counterpart = s.kind === "person" && head.kind === "person" && /^\s+and\s+(?:his|her|their|the)\s+(?:[\p{L}-]+\s+){0,3}(?:counterparts?|colleagues?)\s+$/iu.test(g);
    // "Ann Roux (Chilean navy) told": a body in brackets right after a person is the person's.
    const bracketed = s.kind === "person" && (head.kind === "body" || head.kind === "state") && /^\s*\($/.test(g) && /^\s*\)/.test(between(doc, head.span.end, at));
    if (ofBody || bracketed) {
      group[group.length - 1] = { ...s, source: { speaker: s.source.speaker, org: s.source.org ?? head.source.org, country: s.source.country ?? head.source.country } };
      break;
    }
    // "... four tanks for the Chilean Navy, officials said": a body the goods go to or come from is no speaker beside the unnamed ones after it,
    // nor the body of the one named after it ("... mortars for Peru's army, Roux told reporters").
    const goodsEnd = (s.kind === "body" || s.kind === "state") && (head.kind === "unnamed" || (head.kind === "person" && s.kind === "body")) && /,/.test(g) && /\b(?:to|for|from|into|with)\s+(?:the\s+)?$/i.test(doc.text.slice(Math.max(0, s.span.start - 12), s.span.start));
    if (goodsEnd) break;
    if (joinable(g) || apposition || counterpart || (/^[\s,]*$/.test(g) && s.kind !== head.kind) || (listed(g) && s.kind === head.kind && (s.kind === "state" || s.kind === "body" || s.kind === "unnamed"))) group.push(s);
    else break;
  }
  // "Kim Yo Jong, the sister of leader Kim Jong Un, said", "Ann Roux, an aide to President Salas, told": a person named
  // in the role set off after another person is whom the role is of; the person before it speaks.
  const holder = group.findIndex((s, i) => i > 0 && s.kind === "person" && group[0].kind === "person" && roleOfAnother.test(between(doc, s.span.end, group[0].span.start)));
  if (holder > 0) group.splice(0, holder);
  else if (group[0].kind === "person") {
    const whose = all.find((s) => s.kind === "person" && s.span.end < group[group.length - 1].span.start && roleOfAnother.test(between(doc, s.span.end, group[group.length - 1].span.start)));
    if (whose) return [whose];
  }
  // "at a joint press conference with A in Washington, B stated": those named in a "with" phrase before the subject are company, not speakers.
  return group.filter((s, i) => i === 0 || !companyPhrase.test(clauseBefore(doc, s.span.start)));
}

/** " used a press appearance last Tuesday to ", " took the occasion of a briefing to ": an occasion (speech.json occasionNouns, venueNouns) its user speaks at. */
const usedOccasion = new RegExp(`\\s(?:used|took|seized\\s+on)\\s+(?:a|an|the|his|her|their|its)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:${[...speechData.occasionNouns, ...speechData.venueNouns].map((n) => n.replace(/ /g, "\\s+")).join("|")})(?:\\s+[\\p{L}\\d,'’-]+){0,5}?\\s+to\\s+$`, "iu");

/** ", on Monday again ", ", also ", ", this week ": a short time phrase or adverb right after an aside's closing comma. */
const leadAfterAside = /,\s*(?:(?:(?:on|this|last|late|early)\s+\p{L}+|again|also|once\s+more|\p{Ll}+ly)\s+){1,4}$/u;

/** ", the influential sister of North Korean leader ", ", an aide to ": a role of a person's, set off after a name, up to the person it is of. */
const roleOfAnother = /^,\s*(?:the|a|an|his|her)\s+(?:[\p{L}'’-]+\s+){0,5}?(?:of|to|for)\s+[^,;.“”"]{0,60}$/u;

// (Or a bare role "of" a body: ", secretary of Chile's Security Council, ", ", head of the coast guard, ".)
// (And a former or present office, a visit: ", then Chile's foreign minister, ", ", on a visit to Lima last month, ".)
const asideOpening = /,\s*(?:who|which|\p{Ll}+ing|the|a|an|then|now|formerly|(?:on|during|after)\s+(?:a|an|the|his|her|their)|(?:deputy\s+)?(?:secretary|head|chief|director|chair(?:man|woman|person)?|spokes(?:man|woman|person)|commander|minister|president|leader|adviser|advisor|envoy|ambassador)(?:\s+general)?\s+(?:of|for|at))\s[^,;.“”"]{0,140},\s*$/u;

/** Where an aside set off by commas right before `at` opens (its first comma): ", who heads the agency, ", ", speaking in Riga, "; else null. */
const asideBefore = (doc: ArmsDocument, at: number) => phraseBefore(doc, at, asideOpening, 170, true);

/** "a memo seen by the Herald says": the outlet that saw a document (speech.json sightingVerbs) does not make its claims. */
const sighting = new RegExp(`\\b(?:${wordPatterns("sightingVerbs", speechData.sightingVerbs).join("|")})\\s+by\\s+(?:the\\s+)?$`, "i");
export const seenBy = (doc: ArmsDocument, at: number) => sighting.test(doc.text.slice(Math.max(0, at - 20), at));

/** Phrases that open an aside listing a body's members (speech.json memberAsides), checked when they load. */
const memberPhrases = speechData.memberAsides.map((p) => {
  if (!/^[a-z]+(?: [a-z]+){0,3}$/.test(p)) throw new Error(`speech.json memberAsides: "${p}" is not a lower-case phrase of plain words`);
  return p.replace(/ /g, "\\s+");
});
const memberAside = new RegExp(`,\\s*(?:${memberPhrases.join("|")})\\s[^,;:.“”"()]{1,60}(?:,\\s*[^,;:.“”"()]{1,60}){0,8},\\s*$`, "i");

/**
 * Where a phrase `re` that ends right before `at`, within `reach` characters, opens; else null. An aside whose
 * expression ends in a comma and white space (`closesWithComma`) needs that comma right before `at`: a look from the
 * end answers most places at once, where the expression would try every start of the window first.
 */
function phraseBefore(doc: ArmsDocument, at: number, re: RegExp, reach: number, closesWithComma = false): number | null {
  const from = Math.max(0, at - reach);
  if (closesWithComma && !commaBefore(doc.text, from, at)) return null;
  const window = doc.text.slice(from, at);
  const m = re.exec(window);
  return m ? at - window.length + m.index : null;
}

/** Whether the text from `from` to `at` ends in a comma and white space only (what `,\s*$` asks of it). */
function commaBefore(text: string, from: number, at: number): boolean {
  let i = at;
  while (i > from && isWhiteSpace(text.charCodeAt(i - 1))) i--;
  return i > from && text.charCodeAt(i - 1) === 44;
}

/** Where an aside listing a body's members ends right before `at` opens (its first comma): ", made up of Chile, Peru and Brazil, "; else null. */
const memberAsideBefore = (doc: ArmsDocument, at: number) => phraseBefore(doc, at, memberAside, 200, true);

/** Where an aside telling who set a body up ends right before `at` opens (its first comma): ", set up by eleven states after the panel lapsed, "; else null. */
const foundingAsideBefore = (doc: ArmsDocument, at: number) => phraseBefore(doc, at, foundingAsideEnd, 160, foundingAsideClosesWithComma);

/** A phrase of the setting one speaks in, right before a verb of saying (speech.json venueNouns): " in an interview with the channel TVN on Monday ". */
const venuePhrase = new RegExp(`\\s+in\\s+(?:an?|the|his|her|their|its)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${wordPatterns("venueNouns", speechData.venueNouns).join("|")})\\s+(?:with|to|for|on)\\s+[^,;:.“”"]{1,70}$`, "iu");

/** Where a phrase of the setting ends right before `at` opens (its first space), or null. */
const venueBefore = (doc: ArmsDocument, at: number) => phraseBefore(doc, at, venuePhrase, 140);

const companyPhrase = /\b(?:with|alongside|beside|next to|hosted by|hosting|meeting|met)\s+[^,]*$/i;
/** The text from the last comma, semicolon or colon (at most 120 characters back) to `at`. */
const clauseBefore = (doc: ArmsDocument, at: number) => /[^,;:]*$/.exec(doc.text.slice(Math.max(0, at - 120), at))?.[0] ?? "";

/** Titles written short before a name ("Gen", "Rep", "Sens"): the capitalised titles of speech.json without a period. */
const titleAbbreviations: ReadonlySet<string> = new Set(speechData.titles.filter((t) => /^\p{Lu}\p{Ll}{1,3}$/u.test(t)));

const authoredGap = new RegExp(`\\b(?:report|study|analysis|assessment|statement|data|figures|estimates?|findings|survey|review|briefing|document|paper|schedule|list|plan|${speechData.recordVersions.join("|")})\\s+(?:of|by|from|(?:released|published|issued|compiled|presented|prepared)\\s+by)\\s+(?:the\\s+)?$`, "i");

export function groupAfter(doc: ArmsDocument, speakers: readonly Speaker[], at: number, maxGap: number): Speaker[] {
  const after = speakers.filter((s) => s.span.start >= at).sort((a, b) => a.span.start - b.span.start);
  if (!after.length) return [];
  const gap = between(doc, at, after[0].span.start);
  // (Too many words between for any limit below: nothing more to read. The same answer as the tests below, sooner.)
  if (tokensAbove(gap, maxGap + 5)) return [];
  // "according to the first report of the Monitoring Team", "the schedule released by the ministry": a document stands between, its author speaks.
  // ("according to the latest update of the ministry's list": a version of a kept record, speech.json recordVersions, too.)
  const document = authoredGap.test(gap);
  // A dash closes the phrase: "citing witnesses — something the Gulf state denies" names no one cited after it.
  // ("according to Reps. Kim and Park", "according to Gen. Ruiz": the period of a title before the name ends nothing.)
  const undotted = gap.replace(/\b(\p{Lu}\p{Ll}*)\.(?=\s+$)/u, (w, t: string) => (titleAbbreviations.has(t) ? t : w));
  if (/[.;:“”"?!—]|\s–\s/.test(undotted) || tokens(gap) > (document ? maxGap + 5 : maxGap)) return [];
  const group = [after[0]];
  for (const s of after.slice(1)) {
    const g = between(doc, group[group.length - 1].span.end, s.span.start);
    // "..., said army chief of staff General Ann Roux": the holder after a role and title words.
    // "according to the president of Peru, Jorge Salas": the holder after a comma, of the role "of" a state.
    const holder = s.kind === "person" && /^\s*,\s*$/.test(g) && group[group.length - 1].kind === "state" && /\b(?:president|minister|premier|leader|king|head|chief|ambassador|envoy|spokes\w+)\s+of\s+(?:the\s+)?$/i.test(between(doc, at, group[group.length - 1].span.start));
    // ("according to British, French and German officials": the officials of a list of states, one source each.)
    const officials = s.kind === "unnamed" && group[group.length - 1].kind === "unnamed" && listed(g);
    if (joinable(g) || officials || (tokens(g) <= 2 && !/[.;:“”",]/.test(g)) || (s.kind === "person" && tokens(g) <= 5 && /^[\s\p{L}-]*$/u.test(g)) || holder) group.push(s);
    else break;
  }
  return group;
}

/** A pointer's head noun ("the minister" -> "minister"); "he", "they" have none. */
function pointerHead(text: string): string | null {
  const head = /^(?:the|those|these)\s+(?:\S+\s+)*?(\S+?)s?$/i.exec(text.trim());
  return head ? head[1].toLowerCase() : null;
}

/**
 * Who a pointer stands for: "the minister" the latest person a minister's title or role goes with,
 * "the ministry", "the statement" the latest body; else the last sentence's sources.
 */
const sameBody = /^the\s+same\s+(?:agency|institute|department|ministry|service|report|study|survey|assessment|analysis|review)$/i;
/** "the same minister", "the same spokeswoman": one person named before by that role, as "the minister" is (not the unnamed "same officials"). */
const sameRole = /^the\s+same\s+(?:minister|president|chancellor|premier|spokes\w+|general|admiral|commander|envoy|ambassador|secretary|chief|director)$/i;

/** A speaker named by an office alone, with no name ("Peru's defence chief", "the Norwegian foreign minister"). */
const officeHolder = (doc: ArmsDocument, s: Speaker) => s.kind !== "person" && !s.source.speaker && /\b(?:minister|president|chief|spokes\w+|secretary|general|admiral|commander|chancellor|premier|ambassador|envoy)$/i.test(doc.slice(s.span).trim());

function resolvePointer(doc: ArmsDocument, text: string, recall: Recall, at: number): Speaker[] {
  const head = pointerHead(text);
  // ("according to his words", "in her own words": the person the pronoun stands for.)
  const personal = /^(?:he|she|him|her|(?:his|her)\s+(?:own\s+)?words)$/i.test(text.trim());
  const around = (s: Speaker) => `${doc.text.slice(Math.max(0, s.span.start - 60), s.span.start)} ${s.source.org ?? ""}`.toLowerCase();
  // ("Ana Ruiz said ... . Jorge Salas stood beside her. ..., she said.": a listed person of the other pronoun is never the one meant.)
  const pronoun = /^(?:she|her)\b/i.test(text.trim()) ? "she" : /^(?:he|him|his)\b/i.test(text.trim()) ? "he" : null;
  const fits = (s: Speaker) => !pronoun || s.kind !== "person" || !s.source.speaker || (personPronoun(s.source.speaker) ?? pronoun) === pronoun;
  const latest = (ok: (s: Speaker) => boolean) => [...recall.named].reverse().find((s) => ok(s) && fits(s));
  let found: Speaker | undefined;
  // "The same officials put ... at ...": the unnamed people the last sentence credited, none else.
  // ("The same agency estimates ...": a body, the one "the agency" would stand for.)
  if (/^the\s+same\s/i.test(text.trim()) && !sameBody.test(text.trim()) && !sameRole.test(text.trim())) return recall.last.filter((l) => l.voice === "unnamed");
  // "It said ...": the body or outlet that spoke last, else the latest body named; never a person.
  if (/^it$/i.test(text.trim())) {
    const bodies = recall.last.filter((l) => l.kind === "body" || l.kind === "outlet" || l.kind === "state" || (l.kind === "pointer" && !l.source.speaker && l.voice !== "unnamed"));
    if (bodies.length) return [...bodies];
    const body = latest((s) => s.kind === "body" || s.kind === "outlet");
    if (body) return [body];
    // ("The Arden Centre published a study on Monday. It found ...": the maker of the report named just before.)
    const issuer = recall.issuers?.filter((i) => i.kind !== "person").at(-1);
    return issuer && at - issuer.span.end < 300 ? [issuer] : [];
  }
  // ("A spokesman, Ann Roux, confirmed it. Lars Dahl was more cautious. It had not arrived, he said.": a person named
  // after the last one who spoke, in a sentence that says nothing itself, is the one the pronoun stands for.)
  const newer = personal ? latest((s) => s.kind === "person") : undefined;
  const lastEnd = Math.max(-1, ...recall.last.map((l) => l.span.end));
  if (personal && newer && newer.span.start > lastEnd && newer.span.end <= at && !recall.last.some((l) => l.source.speaker && l.source.speaker === newer.source.speaker)) found = newer;
  // ("Ana Ruiz met reporters. Peru's defence chief said ... . More will follow, he said.": an office holder the state names
  // without a name, who spoke last, is the one the pronoun stands for, not a person named before them.)
  else if (personal && recall.last.some((l) => officeHolder(doc, l) && (!newer || newer.span.end <= l.span.start))) found = undefined;
  else if (personal) found = recall.last.some((l) => l.kind === "person" && fits(l)) ? undefined : latest((s) => s.kind === "person");
  else if (head && /^(?:minister|president|official|spokes\w*|analyst|ambassador|admiral|lawmaker|diplomat|source|chief|director|commander|envoy|advis[eo]r|premier|secretary|chancellor|general)$/.test(head)) {
    // A person whose own title names another role ("Defence Minister X" for "the admiral") is not the one meant.
    const otherRole = (s: Speaker) => { const r = /\b(minister|president|admiral|general|spokes\w*|ambassador|lawmaker|secretary|director|commander|envoy|chief|counterpart)\b/i.exec(around(s).slice(-40)); return r !== null && !r[1].toLowerCase().startsWith(head.slice(0, 5)) && !(head === "official" || head === "source"); };
    found = latest((s) => s.kind === "person" && around(s).includes(head.slice(0, 6))) ?? (recall.last.some((l) => l.kind === "person") ? undefined : latest((s) => s.kind === "person" && !otherRole(s))) ?? namedLater(doc, at, head);
    if (!found && recall.last.some((l) => l.kind === "person" && otherRole(l))) return [];
  } else if (head === "article") {
    // "The article noted": the outlet that spoke last, else the other outlet named last before (or, in a deck
    // above the report, first after), never the ministry quoted before.
    const spoke = recall.last.filter((l) => l.kind === "outlet" || l.voice === "media");
    if (spoke.length) return spoke;
    const outlets = doc.mentions.filter((m) => m.kind === "outlet").map((m) => fromMention(doc, m)).filter((o): o is Speaker => o !== null && o.voice === "media");
    const named = outlets.filter((o) => o.span.end <= at).pop() ?? outlets.find((o) => o.span.start >= at);
    return named ? [named] : [];
  } else if (head && /^(?:report|document|study|panel|monitor|investigator|watchdog|institute|tank|team|committee|commission|researcher|author)$/.test(head)) {
    // "the report", "the monitors": the body the segment named as making its work known, else no one here (an unnamed "report").
    // (Of several bodies the segment named as making work known, the one whose name holds the noun.)
    // (The person who wrote a report issues it only for "the report" or "the study": "the panel" is a body.)
    const authored = head === "report" || head === "study" || head === "survey";
    const issuers = (recall.issuers ?? []).filter((i) => authored || i.kind !== "person");
    const stem = head.slice(0, 6);
    const named = [...issuers].reverse().find((i) => hasStem(i.source.org, stem));
    if (named) return [named];
    // "the team", "the monitors" paragraphs after the body was named ("... Monitoring Team published ...", later "the
    // team says"): the latest body the document named before whose name holds the noun, in any paragraph.
    const holder = () => {
      const bodies = bodyMentions(doc);
      for (let i = bodies.length - 1; i >= 0; i--) {
        if (bodies[i].span.end > at || !hasStem(bodies[i].name, stem)) continue;
        const speaker = fromMention(doc, bodies[i]);
        if (speaker) return speaker;
      }
      return undefined;
    };
    // ("The Team said ... . The same report found ...": the report just spoken of is the body's that spoke last in the
    // paragraph, not one the segment named as issuing another report before.)
    const spokeLast = sameBody.test(text.trim()) ? recall.last.filter((l) => l.kind === "body" && !l.source.speaker && l.voice !== "unnamed") : [];
    if (spokeLast.length) return spokeLast;
    // ("the team", "the panel": a body whose own name holds the noun, named before, over an issuer of another name.)
    const earlier = /^(?:panel|monitor|team|committee|commission|watchdog|institute)$/.test(head) ? holder() : undefined;
    if (earlier) return [earlier];
    const issuer = issuers[issuers.length - 1];
    if (issuer) return [issuer];
    const before = recall.documentIssuers?.filter((i) => authored || i.kind !== "person").at(-1);
    if (before) return [before];
    // ("The Team found that ... . The same report said ...", "It also said ... . ..., the report said": a report no one was
    // named as issuing is the work of the body that spoke last in the paragraph; an outlet that spoke last keeps it hearsay.)
    if (head === "report" || head === "study" || head === "survey") return recall.last.filter((l) => (l.kind === "body" || l.kind === "outlet") && !l.source.speaker && l.voice !== "unnamed");
    return [];
  } else if (head && /^(?:ministry|department|treasury|agency|statement|company|firm|manufacturer)$/.test(head)) {
    const bodyLike = (s: Speaker) => s.kind === "body" || s.kind === "outlet" || (s.kind === "person" && head === "statement");
    // ("the agency estimated" after an embassy or a ministry spoke: the agency named before them, an intelligence service or a news agency.)
    const agencyLike = (s: Speaker) => s.kind === "outlet" || hasStem(s.source.org, "agenc") || /\b(?:intelligence|spy)\b/i.test(s.source.org ?? "") || BODIES.some((b) => b.name === s.source.org && b.kind === "intelligence");
    // ("House of Commons ... By the department's own figures, ...": a ministry or department is never a body of another
    // kind the page named before it, such as a legislature; speech.json notDepartmentKinds.)
    const otherKind = (s: Speaker) => (head === "ministry" || head === "department") && BODIES.some((b) => b.name === s.source.org && notDepartmentKinds.has(b.kind));
    found = (head === "agency" ? latest((s) => bodyLike(s) && agencyLike(s)) : undefined) ?? latest((s) => bodyLike(s) && (head === "statement" || head === "agency" || head === "company" || head === "firm" || head === "manufacturer" || hasStem(s.source.org, head.slice(0, 6)))) ?? (recall.last.some(bodyLike) ? undefined : latest((s) => bodyLike(s) && !otherKind(s)));
    // "the US Treasury blacklisted ... . The treasury said": the latest body of that name the document mentions, spoken or not.
    if (!found && head !== "statement") {
      const bodies = bodyMentions(doc);
      let mention: Mention | undefined;
      for (let i = bodies.length - 1; i >= 0 && !mention; i--) if (bodies[i].span.end <= at && hasStem(bodies[i].name, head.slice(0, 6))) mention = bodies[i];
      // "KCNA carried the army's statement. ..., the agency said": a news agency named before, though it said nothing yet.
      if (!mention && head === "agency" && !recall.last.some(bodyLike)) mention = latestAgency(doc, at);
      // "The spy service briefed lawmakers. The agency's spokesman said ...": else the intelligence body the document named before.
      if (!mention && head === "agency" && !recall.last.some(bodyLike)) mention = earlierBodyOfKind(doc, "intelligence", at) ?? undefined;
      // "firms that the Treasury said had sold ...", with no treasury named before: the treasury the gazetteer knows of a state the document names.
      const treasury = !mention && head === "treasury" ? namedStatesBody(doc, "treasury") : null;
      if (treasury) return [{ span: { start: at, end: at }, source: { speaker: null, org: treasury.name, country: treasury.state }, voice: "named", kind: "body" }];
      const speaker = mention ? fromMention(doc, mention) : null;
      if (speaker) return [speaker];
      // "..., Defence Minister Ana Ruiz said. ... The ministry said ...": no such body named before, the ministry of the minister who was.
      // (So is "the department says", the department a minister heads: "Defence Minister X said ... . ..., the department says.")
      const headed = (head === "ministry" || head === "department") && !recall.last.some(bodyLike) ? ministerOf(doc, text, at, recall) : null;
      const adjective = headed ? stateByIso3(headed.state)?.adjectives?.[0] : undefined;
      if (headed && adjective) return [{ span: { start: at, end: at }, source: { speaker: null, org: `${adjective} ${headed.kind} ${head}`, country: headed.state }, voice: "named", kind: "body" }];
      // "By the department's own figures, ...": a ministry whose reckoning opens the sentence, with none of its kind named
      // before, is the ministry of the page's own state, kept as that kind of body.
      // (Its state as for a bare body that speaks: the page's own, else the state that opens the clause after the opener, else the one in focus.)
      const opened = (head === "ministry" || head === "department") && reckoningOpens(doc, at, text) ? doc.sentences.find((x) => x.span.start <= at && at < x.span.end) : undefined;
      const after = opened ? stateAfterFronted(doc, doc.within(doc.mentions, opened.span), opened.span, at + text.length) : undefined;
      const homeState = opened ? pageHome(doc) ?? datelineState(doc) ?? (after ? after.state ?? after.entity : documentFocus(doc)) : null;
      const homeAdjective = homeState ? stateByIso3(homeState)?.adjectives?.[0] : undefined;
      if (homeState && homeAdjective) return [{ span: { start: at, end: at }, source: { speaker: null, org: `${homeAdjective} ${head}`, country: homeState }, voice: "named", kind: "body" }];
      // "the agency added" after a person spoke: no body to point back to, not the person.
      if (!recall.last.some(bodyLike)) return [];
    }
  }
  return found ? [found] : recall.last.filter(fits);
}

if (!speechData.notDepartmentKinds.every((w) => /^[a-z]+$/.test(w))) throw new Error("speech.json: notDepartmentKinds must be lower-case plain words");
const notDepartmentKinds = new Set<string>(speechData.notDepartmentKinds);

// "By ", "On ": the word that opens a sentence with someone's reckoning; "'s own figures", "'s count": the reckoning after the possessive.
const reckoningOpener = /(?:^|[.!?]["”’]?\s+|\n\s*)(?:by|on|in)\s+$/i;
const reckoningAfter = new RegExp(`^['’]s?\\s+(?:(?:${speechData.reckoningQualifiers.join("|")})\\s+){0,2}(?:${wordPatterns("reckoningNouns", speechData.reckoningNouns).join("|")})\\b`, "i");
/** Whether the pointer at `at` opens its sentence as the one whose reckoning the sentence tells ("By the ministry's count, ..."). */
function reckoningOpens(doc: ArmsDocument, at: number, text: string): boolean {
  return reckoningOpener.test(doc.text.slice(Math.max(0, at - 8), at)) && reckoningAfter.test(doc.text.slice(at + text.length, at + text.length + 40));
}

/** The latest person named before `at` whose title just before the name, or known role, is one of `title`. */
function roleHolder(doc: ArmsDocument, title: RegExp, recall: Recall, at: number): Speaker | undefined {
  const titled = (p: Speaker) => {
    const before = doc.text.slice(Math.max(0, p.span.start - 40), p.span.start);
    const last = /([\p{L}' -]*)$/u.exec(before.split(/[,.;:()"“”—–]/).pop() ?? "")?.[1] ?? "";
    return title.test(last) || (p.source.speaker !== null && title.test(personNamed(p.source.speaker)?.role ?? ""));
  };
  return [...recall.named].reverse().find((p) => p.kind === "person" && p.source.speaker !== null && p.span.end <= at && titled(p));
}

/**
 * The body of a common noun's kind (bodies.json generic, "treasury") that the gazetteer knows for a state the
 * document names (by name, adjective or seat: "Washington"); where several such states are named, the one in
 * focus, else none.
 */
function namedStatesBody(doc: ArmsDocument, generic: string): Body | null {
  const named = new Set(doc.mentions.filter((m) => m.kind === "state").map((m) => m.state ?? m.entity));
  const bodies = BODIES.filter((b) => b.generic === generic && b.state !== null && named.has(b.state));
  if (bodies.length === 1) return bodies[0];
  const focus = documentFocus(doc);
  return bodies.find((b) => b.state === focus) ?? null;
}

/**
 * The one body of a state the document names whose name, or an alias, is the given name after the state's
 * adjective or name ("Defense Intelligence Agency" -> "South Korean Defense Intelligence Agency" where South Korea
 * is named); none where no such body or several are.
 */
function bodyByNameTail(doc: ArmsDocument, name: string): Body | null {
  if (name.split(/\s+/).length < 2) return null;
  const tail = ` ${name.toLowerCase()}`;
  const named = new Set(doc.mentions.filter((m) => m.kind === "state").map((m) => m.state ?? m.entity));
  const found = BODIES.filter((b) => b.state !== null && named.has(b.state) && [b.name, ...b.aliases].some((n) => n.toLowerCase().endsWith(tail) && statePrefix(b.state!, n.slice(0, n.length - tail.length))));
  return found.length === 1 ? found[0] : null;
}
/** Is `prefix` the state's adjective or name ("South Korean", "Chile")? */
function statePrefix(iso3: string, prefix: string): boolean {
  const state = stateByIso3(iso3);
  return !!state && [state.name, ...(state.adjectives ?? []), ...(state.aliases ?? [])].some((w) => w.toLowerCase() === prefix.trim().toLowerCase());
}

/** The latest wire or state news agency the document names before `at`, if any. */
function latestAgency(doc: ArmsDocument, at: number): Mention | undefined {
  let latest: Mention | undefined;
  for (const m of doc.mentions) {
    if (m.kind !== "outlet" || m.span.end > at || (latest && latest.span.end >= m.span.end)) continue;
    const kind = outletByName(m.name)?.kind;
    if (kind === "wire" || kind === "state-media") latest = m;
  }
  return latest;
}

/** The body mentions of a document, in text order, read once per document. */
const bodiesByDoc = new WeakMap<ArmsDocument, Mention[]>();
function bodyMentions(doc: ArmsDocument): Mention[] {
  let list = bodiesByDoc.get(doc);
  if (!list) bodiesByDoc.set(doc, (list = doc.mentions.filter((m) => m.kind === "body").sort((a, b) => a.span.end - b.span.end)));
  return list;
}

/**
 * "..., the minister told reporters." with no minister named before: the person the segment names
 * later with that title ("Danish Defence Minister Troels Poulsen spoke after ..."), within a few sentences.
 */
function namedLater(doc: ArmsDocument, at: number, head: string): Speaker | undefined {
  const index = doc.sentences.findIndex((s) => s.span.start <= at && at < s.span.end);
  if (index < 0) return undefined;
  const segment = doc.sentences[index].segment;
  for (const sentence of doc.sentences.slice(index + 1, index + 6)) {
    if (sentence.segment !== segment) break;
    const mentions = doc.within(doc.mentions, sentence.span);
    const people = [
      ...mentions.filter((m) => m.kind === "person").map((m) => fromMention(doc, m)).filter((p): p is Speaker => p !== null),
      ...personNames(doc, sentence.span, mentions).map((span): Speaker => ({ span, source: { speaker: doc.slice(span), org: null, country: null }, voice: "named", kind: "person" })),
    ];
    const titled = people.find((p) => doc.text.slice(Math.max(sentence.span.start, p.span.start - 40), p.span.start).toLowerCase().includes(head.slice(0, 6)));
    if (!titled) continue;
    if (titled.source.country) return titled;
    // "Danish Defence Minister Troels Poulsen": the state of the title's adjective.
    const state = mentions.find((m) => m.kind === "state" && m.span.end <= titled.span.start && titled.span.start - m.span.end < 40);
    return state ? { ...titled, source: { ...titled.source, country: state.state ?? state.entity } } : titled;
  }
  return undefined;
}

/** Title words and a capitalised name after a body noun ("Navy chief Lena Dahl", "army spokesman Ruiz"): the noun is part of the person's title. */
function titleOfName(after: string): boolean {
  const words = after.split(/\s+/).filter(Boolean).slice(0, 5);
  let i = 0;
  while (i < words.length && personTitles.has(words[i].toLowerCase())) i++;
  return i > 0 && i < words.length && /^\p{Lu}\p{Ll}/u.test(words[i]);
}

// "'s government", "’s cabinet" after a leader's name; " administration" after "the" and the surname (speech.json leaderBodies).
const leaderNouns = speechData.leaderBodies.join("|");
const leaderOwns = new RegExp(`^['’]s\\s+(?:${leaderNouns})\\b`, "i");
const leaderNamesBody = new RegExp(`^\\s+(?:${leaderNouns})\\b`, "i");
const titledWords = /(?:\b(?:the\s+)?(?:\p{Lu}[\p{L}.-]*\s+){1,4})$/u;

/**
 * "Chancellor Ana Ruiz's government has budgeted ...", "Ruiz's cabinet says ...", "the Ruiz administration halted ...":
 * the government a known leader heads is a body of the leader's state, not the leader speaking, with the leader's
 * titles before the name as part of it. Null where the name is not so followed or the person has no state.
 */
function leaderBody(doc: ArmsDocument, person: Speaker, s: Span): Speaker | null {
  const country = person.source.country;
  if (person.kind !== "person" || !country) return null;
  const after = doc.text.slice(person.span.end, Math.min(s.end, person.span.end + 30));
  const owns = leaderOwns.exec(after);
  const named = owns ? null : leaderNamesBody.exec(after);
  if (!owns && !(named && /\bthe\s+$/i.test(doc.text.slice(Math.max(s.start, person.span.start - 5), person.span.start)))) return null;
  const adjective = stateByIso3(country)?.adjectives?.[0];
  if (!adjective) return null;
  // (The leader's titles before the name belong to the body's phrase: "Chancellor Ana Ruiz's government".)
  const before = doc.text.slice(s.start, person.span.start);
  const titled = titledWords.exec(before);
  const titleRun = titled && titled[0].trim().split(/\s+/).every((w) => /^the$/i.test(w) || titles.has(w) || personTitles.has(w.toLowerCase())) ? titled[0].length : 0;
  const end = person.span.end + (owns ?? named)![0].length;
  return { span: { start: person.span.start - titleRun, end }, kind: "body", voice: "named", source: { speaker: null, org: `${adjective} government`, country } };
}

/** "-led coalition", "-led task force": after a state's name or adjective, a body that state leads. */
const ledBody = new RegExp(`^-led\\s+(?:${speechData.ledBodies.map((n) => n.replace(/ /g, "\\s+")).join("|")})\\b`, "i");

const documentNoun = new RegExp(`^\\s+(?:${speechData.documentNouns.join("|")})\\b`, "i");

/** Every candidate speaker of a sentence: gazetteer mentions, unnamed officials, media, pointers, names by shape. */
const bylineWords = new Set(speechData.bylineWords);

/**
 * "By Lee Mi-na 2023-11-06", "By Ana Ruiz and Ken Ito, 12 May 2024": a byline left in the text names the writers,
 * who say nothing the report tells (nor are they "the official" of a later sentence). The whole sentence must be
 * one: "By" and a capital word, then no lower-case word but those a byline holds ("By Tuesday, Kyiv had ..." is none).
 */
export function isByline(text: string): boolean {
  // (Most sentences open with another word: turned away before their words are split, as the split would.)
  if (!bylineOpening.test(text)) return false;
  const words = text.trim().split(/\s+/);
  if (words.length < 2 || words.length > 14 || !/^(?:By|BY)$/.test(words[0]) || !/^\p{Lu}/u.test(words[1])) return false;
  return words.slice(1).every((w) => !/^\p{Ll}/u.test(w) || bylineWords.has(w.replace(/[,.;:|]+$/, "")));
}

/** The first word of a byline, "By" or "BY", with a word after it (what the split's first two words must be). */
const bylineOpening = /^\s*(?:By|BY)\s/;

/**
 * "Ana Ruiz @ana_ruiz · Jan 24": the line over each post of a thread names the account that posts, not someone
 * the posts speak of, so a later "he expects" in the thread still points back to the person a post cited.
 */
export function isAccountLine(text: string): boolean {
  return /^[^\s@][^@\n]{0,60}?\s@[A-Za-z0-9_]{2,30}(?:\s*·[^\n@]{0,30})?\s*$/u.test(text.trim());
}

/** People whose words are a body's findings ("researchers", "analysts", "experts"), from the speech lexicon. */
const studyPeople = new RegExp(`^(?:${speechData.studyPeople.join("|")})$`, "i");

/** Whether no speaker found so far overlaps `[a, b)`. (At module level: tsx names a closure on each call.) */
const freeOf = (out: readonly Speaker[], a: number, b: number) => !out.some((o) => o.span.start < b && a < o.span.end);

export function speakersIn(doc: ArmsDocument, s: Span, recall: Recall): Speaker[] {
  const text = doc.slice(s);
  if (isByline(text) || isAccountLine(text)) return [];
  const mentions = doc.within(doc.mentions, s);
  const out: Speaker[] = [];
  for (const m of mentions) {
    const speaker = fromMention(doc, m);
    if (speaker) out.push(leaderBody(doc, speaker, s) ?? speaker);
  }
  // "President Ana Salas ... The head of state said": a role description points back to the one named in that role
  // before, in place of the state in focus it names otherwise.
  for (const r of speech.rolePointers) {
    for (const m of matchAll(r.description, text, s.start)) {
      const holder = roleHolder(doc, r.title, recall, m.start);
      if (!holder || out.some((o) => o.kind !== "state" && o.span.start < m.end && m.start < o.span.end)) continue;
      out.splice(0, out.length, ...out.filter((o) => !(o.kind === "state" && o.span.start < m.end && m.start < o.span.end)));
      out.push({ ...holder, span: { start: m.start, end: m.end }, voice: "pointer", kind: "pointer" });
    }
  }
  const unresolved: Span[] = [];
  for (const m of matchAll(speech.pointer, text, s.start)) {
    if (!freeOf(out, m.start, m.end)) continue;
    // "her Estonian counterpart", "told him that": a possessive or an object, no one who speaks ("according to him," still is).
    if (/^(?:her|him|them)$/i.test(m.text) && /^\s+\p{L}/u.test(doc.text.slice(m.end, m.end + 3))) continue;
    // "dismissed the statement as baseless": the object of a verb of rejecting, no one who speaks.
    if (rejectedPointer.test(doc.text.slice(Math.max(s.start, m.start - 30), m.start))) continue;
    // ("Chile told the UN of a shipment, when it reported ...": "it" of a joined clause is the sentence's own subject, whoever spoke before.)
    const own = sentenceAntecedent(doc, { start: m.start, end: m.end }, out, s);
    const to = own ? [own] : resolvePointer(doc, m.text, recall, m.start);
    if (!to.length) unresolved.push({ start: m.start, end: m.end });
    // "the officials said" still speaks for unnamed officials, "the news outlet notes" for that outlet.
    for (const l of to) out.push({ ...l, span: { start: m.start, end: m.end }, voice: l.voice === "unnamed" || l.voice === "media" ? l.voice : "pointer", kind: "pointer" });
  }
  // "senior US officials", "officials in Washington" (unnamed), "Ukrainian intelligence", "the defence
  // ministry in Berlin" (a body named by its state and a common noun).
  for (const [re, voice] of [[speech.unnamed, "unnamed"], [speech.bodyNoun, "named"]] as const) {
    for (const m of matchAll(re, text, s.start)) {
      // "US officials", "NATO officials", "Pentagon officials": the state or body they serve stands before them.
      // ("the Chilean navy told lawmakers": a verb of saying between ends the run; the state is the teller's, the listeners are no source.)
      // "the agency's spokesman", "the ministry's spokesperson": the body the pointer stands for speaks through its role.
      if (voice === "unnamed" && out.some((o) => o.kind === "pointer" && !o.source.speaker && o.voice !== "unnamed" && o.voice !== "media" && /^['’]s\s+$/.test(between(doc, o.span.end, m.start)))) continue;
      // (A hyphen inside a word may stand between: "a Russian defence-export official"; a dash may not: "Peru - Ecuadorian army".)
      // ("NIS via lawmakers": a word of relay between makes them those who pass the body's words on, not its people.)
      const adj = mentions.filter((x) => (x.kind === "state" || (voice === "unnamed" && x.kind === "body")) && x.span.end <= m.start && /^[\s\p{L}'’]*$/u.test(between(doc, x.span.end, m.start).replace(/(\p{L})-(?=\p{L})/gu, "$1")) && tokens(between(doc, x.span.end, m.start)) <= 2 && !matchAll(speech.verb, between(doc, x.span.end, m.start)).length && !/\bvia\b/i.test(between(doc, x.span.end, m.start)));
      const from = adj.length ? Math.min(...adj.map((x) => x.span.start)) : m.start;
      // ("Western officials", "allied diplomats": a qualifier that names no state still tells whose people they are.)
      const qualifier = /(?:senior|top|unnamed|anonymous|prominent|two|three|several|some|western|allied)\s+$/i.exec(doc.text.slice(Math.max(s.start, from - 12), from));
      const span = { start: qualifier ? from - qualifier[0].length : from, end: m.end };
      // "officials in Washington", "a spokesperson for Japan’s trade ministry": the state they serve follows them.
      // (A city of places.json is no seat here: cityOfState reads it, where the sentence names its state.)
      const seat = mentions.find((x) => x.kind === "state" && x.form !== "adjective" && !isPlaceName(doc.slice(x.span)) && x.span.start >= m.end && (/^\s+in\s+(?:the\s+)?$/.test(between(doc, m.end, x.span.start)) || (voice === "unnamed" && /^\s+(?:for|of|at|from)\s+(?:the\s+)?$/.test(between(doc, m.end, x.span.start)) && /^['’]s\s/.test(doc.text.slice(x.span.end, x.span.end + 3)))));
      // "South Korean and US officials", "British, French and German officials": the officials of each state, one source each.
      const states = voice === "unnamed" ? joinedStates(doc, mentions, m.start) : [];
      if (states.length >= 2 && new Set(states.map((x) => x.state)).size === states.length) {
        const whole = { start: states[0].span.start, end: m.end };
        out.splice(0, out.length, ...out.filter((o) => !(o.kind === "state" && o.span.start >= whole.start && o.span.end <= whole.end)));
        if (freeOf(out, whole.start, whole.end)) {
          const noun = m.text.replace(/^(?:the|a|an)\s+/i, "");
          states.forEach((x, i) => out.push({ span: i === states.length - 1 ? { start: x.span.start, end: m.end } : x.span, source: { speaker: null, org: `${doc.slice(x.span)} ${noun}`, country: x.state }, voice, kind: "unnamed" }));
          continue;
        }
      }
      let country = adj[0]?.state ?? seat?.state ?? (voice === "unnamed" ? cityOfState(doc, mentions, m.end) : null);
      // "a ministry spokesman", "military officials", "a department spokesperson": the state of the ministry, military or department the document named before.
      const serves = /\b(ministry|military|government|army|presidential|department|agency)\b/i.exec(m.text)?.[1].toLowerCase();
      if (voice === "unnamed" && !country && serves) country = [...recall.named].reverse().find((n) => n.kind === "body" && n.source.country && hasStem(n.source.org, serves.slice(0, 6)))?.source.country ?? null;
      // Else the latest such body the document names at all (as a party or a relay too), else the state the report is about.
      if (voice === "unnamed" && !country && serves) {
        const body = [...doc.mentions].reverse().find((x) => x.kind === "body" && x.state && x.span.end <= m.start && hasStem(x.name, serves.slice(0, 6)));
        country = body?.state ?? null;
      }
      // "Stockholm's defence chief" speaks for Sweden; "army chief of staff General X" is a title, left to the body noun and the name.
      if (voice === "unnamed" && /(?:chief|envoy|negotiator)$/i.test(m.text) && (!country || /^\s+(?:of\s+staff\s+)?\p{Lu}/u.test(doc.text.slice(m.end, m.end + 30)))) continue;
      // ("Polish President Andrzej Duda": a head's title before a name is the person's, left to the name.)
      if (voice === "named" && /(?:president|minister|premier|chancellor)$/i.test(m.text) && /^\s+(?:\p{Lu}[\p{L}'’-]*\s+)*\p{Lu}\p{Ll}/u.test(doc.text.slice(m.end, m.end + 40))) continue;
      // "Ukraine's HUR intelligence": the noun belongs to the body named right before it.
      if (voice === "named" && !country && mentions.some((x) => x.kind === "body" && x.span.end <= m.start && /^\s*$/.test(between(doc, x.span.end, m.start)))) continue;
      if (voice === "named" && !country) {
        // "the Defense Ministry announced" with no state: the body of that name the document named before.
        const head = m.text.toLowerCase().split(/\s+/).pop() ?? "";
        // "Norway has begun ..., a spokesperson for its defence ministry confirmed": "its" is the state that opens the sentence, whoever spoke before.
        const owner = /\b(?:its|their)\s+(?:own\s+)?$/i.test(doc.text.slice(Math.max(s.start, m.start - 10), m.start)) ? openingState(doc, mentions, s, m.start) : undefined;
        const ownerAdjective = owner ? stateByIso3(owner.state ?? owner.entity)?.adjectives?.[0] : undefined;
        if (owner && ownerAdjective) {
          if (freeOf(out, span.start, span.end)) out.push({ span, source: { speaker: null, org: `${ownerAdjective} ${m.text.replace(/^(?:the|a|an)\s+/i, "")}`, country: owner.state ?? owner.entity }, voice: "named", kind: "body" });
          continue;
        }
        // (Or the body of that name the same sentence named before: "The Chilean army received ..., the army said.")
        const earlier = [...recall.named].reverse().find((n) => n.kind === "body" && n.source.country && hasStem(n.source.org, head)) ?? [...out].reverse().find((n) => n.kind === "body" && n.source.country && n.span.end <= m.start && hasStem(n.source.org, head));
        if (!freeOf(out, span.start, span.end)) continue;
        // ("the spy agency" with no intelligence body speaking before in the paragraph: the one the document named earlier.)
        const ofKind = earlier ? null : earlierBodyOfKind(doc, m.text, m.start);
        if (earlier) out.push({ span, source: earlier.source, voice: "named", kind: "body" });
        else if (ofKind) out.push({ span, source: { speaker: null, org: ofKind.name, country: ofKind.state }, voice: "named", kind: "body" });
        // None named before: a ministry, army or government of the state in focus ("Finland received ..., the defence ministry said").
        // ("Navy chief Lena Dahl": a navy or air force in a person's title is no body that speaks.)
        // ("military analysts", "government experts": the noun only says what the people after it know about, no body speaks.)
        else if (/ministry|department|military|army|navy|air force|armed forces|government|joint chiefs|presidential office|foreign office/i.test(m.text) && !(/navy|air force/i.test(m.text) && titleOfName(doc.text.slice(m.end, m.end + 60))) && !/^\s+(?:analysts?|experts?|observers?|commentators?|historians?|scholars?|researchers?|bloggers?|journalists?|correspondents?|watchers?)\b/i.test(doc.text.slice(m.end, m.end + 16))) {
          // ("Norway sent 12 howitzers to Ukraine, the defence ministry said", "..., its army said": the state that opens the sentence, else the one in focus.)
          // (Only where the body is set off as the one who says the sentence: "citing the defence ministry" is the citing outlet's.)
          // ("according to the defence ministry" credits the body as the comma does: "Australia has sent ..., according to the
          // defence ministry"; fronted, "According to the defence ministry, Australia has sent ...", the state after it opens the clause.)
          const according = /\baccording\s+to\s+(?:the\s+|its\s+|their\s+)?$/i.test(doc.text.slice(Math.max(s.start, m.start - 20), m.start));
          const setOff = according || /,\s*(?:the\s+|its\s+|their\s+)?$/i.test(doc.text.slice(Math.max(s.start, m.start - 8), m.start));
          const opening = !setOff ? undefined : openingState(doc, mentions, s, m.start) ?? (according ? stateAfterFronted(doc, mentions, s, m.end) : undefined);
          // (On a page written in a state the report is about, or filed from one by its dateline, its own, before the state
          // the clause names first: "India sent ..., the navy said" on a Pakistani site is Pakistan's navy.)
          // (Else, on a page that named one state's minister of that body before, that state's: "Chilean Defence Minister Ana
          // Ruiz spoke ... . ..., according to figures the defence ministry released".)
          const home = pageHome(doc) ?? datelineState(doc);
          const state = home ?? (opening ? opening.state ?? opening.entity : ministerOf(doc, m.text, m.start, recall)?.state ?? documentFocus(doc));
          const adjective = state ? stateByIso3(state)?.adjectives?.[0] : undefined;
          if (state && adjective) out.push({ span, source: { speaker: null, org: `${adjective} ${m.text.replace(/^(?:the|a|an)\s+/i, "")}`, country: state }, voice: "named", kind: "body" });
        }
        continue;
      }
      // "a spokesperson for Japan's Trade Ministry", "a spokesman for Latvia's defence ministry": the body they speak for.
      if (seat) span.end = seat.span.end + (/^['’]s(?:\s+(?:of|and|for|\p{Lu}[\p{L}-]*))*\s+\p{Lu}[\p{L}-]*|^['’]s\s+(?:[\p{Ll}-]+\s+){0,2}(?:ministry|agency|service|office|department|army|military|navy|government|embassy|council|intelligence)\b/u.exec(doc.text.slice(seat.span.end, seat.span.end + 80))?.[0].length ?? 0);
      out.splice(0, out.length, ...out.filter((o) => !((o.kind === "state" || o.kind === "body") && o.span.start >= span.start && o.span.end <= span.end)));
      if (!freeOf(out, span.start, span.end)) continue;
      // "the defence ministry in Oslo": the body of the state its seat names, by the state's adjective ("Norwegian defence ministry").
      const seated = voice === "named" && seat && !adj.length && /^\s+in\s+(?:the\s+)?$/.test(between(doc, m.end, seat.span.start)) ? stateByIso3(seat.state ?? seat.entity)?.adjectives?.[0] : undefined;
      const org = seated ? `${seated} ${m.text.replace(/^(?:the|a|an)\s+/i, "")}` : doc.text.slice(span.start, span.end).replace(/^(?:the|a|an)\s+/i, "");
      if (voice === "unnamed" && /^source$/i.test(org) && /^\s*:/.test(doc.text.slice(span.end, span.end + 2))) continue;
      out.push({ span, source: { speaker: null, org, country }, voice, kind: voice === "named" ? "body" : "unnamed" });
    }
  }
  for (const m of matchAll(speech.media, text, s.start)) {
    const adj = mentions.find((x) => x.kind === "state" && x.span.end <= m.start && /^\s*$/.test(between(doc, x.span.end, m.start)));
    const span = { start: adj ? adj.span.start : m.start, end: m.end };
    if (!freeOf(out, span.start, span.end) && !adj) continue;
    out.splice(0, out.length, ...out.filter((o) => o !== undefined && !(adj && o.span.start === adj.span.start)));
    if (!freeOf(out, span.start, span.end)) continue;
    out.push({ span, source: { speaker: null, org: doc.text.slice(span.start, span.end), country: null }, voice: "media", kind: "media" });
  }
  // "the Saudi-led coalition said": a body of several states, named by the state that leads it; it speaks as
  // itself ("Saudi-led coalition"), with the leading state as its country, not as that state's government.
  for (const x of mentions) {
    if (x.kind !== "state") continue;
    const led = ledBody.exec(doc.text.slice(x.span.end, x.span.end + 40));
    if (!led) continue;
    const span = { start: x.span.start, end: x.span.end + led[0].length };
    out.splice(0, out.length, ...out.filter((o) => !(o.span.start >= span.start && o.span.end <= span.end)));
    if (freeOf(out, span.start, span.end)) out.push({ span, source: { speaker: null, org: doc.slice(span), country: x.state ?? x.entity }, voice: "named", kind: "body" });
  }
  // "the Kestrel Institute's analysis": a body no gazetteer knows, named by its shape; it speaks for no state.
  // ("the Defense Intelligence Agency" in a report that names South Korea: the state's body whose name it is, less the state's adjective.)
  for (const span of bodyNames(doc, s, mentions)) {
    const known = bodyByNameTail(doc, doc.slice(span));
    // ("Lithuania's State Security Department": the body of the state whose possessive stands before it.)
    const owner = known || !stateBodyHeads.has(doc.slice(span).split(/\s+/).pop() ?? "") ? undefined : mentions.find((x) => x.kind === "state" && x.span.end < span.start && /^['’]s\s+$/.test(between(doc, x.span.end, span.start)));
    if (owner) out.splice(0, out.length, ...out.filter((o) => !(o.kind === "state" && o.span.start === owner.span.start)));
    if (freeOf(out, span.start, span.end)) out.push({ span, source: { speaker: null, org: known?.name ?? doc.slice(span), country: known?.state ?? (owner ? owner.state ?? owner.entity : null) }, voice: "named", kind: "body" });
  }
  // "the Daily Courier said": a newspaper no outlet list knows, named by its shape; it speaks as media.
  for (const span of bodyNames(doc, s, mentions, outletHeads)) {
    if (freeOf(out, span.start, span.end)) out.push({ span, source: { speaker: null, org: doc.slice(span), country: null }, voice: "media", kind: "outlet" });
  }
  for (const span of personNames(doc, s, mentions)) {
    // "Defence Minister Israel Katz": the state's name inside a person's name speaks for no state.
    out.splice(0, out.length, ...out.filter((o) => !(o.kind === "state" && o.span.start === span.start && o.span.end < span.end)));
    if (!freeOf(out, span.start, span.end)) continue;
    const name = doc.slice(span);
    // "Federal Reserve data confirmed": a name before a document noun is the body that made the document, no person.
    if (documentNoun.test(doc.text.slice(span.end, span.end + 20))) {
      out.push({ span, source: { speaker: null, org: name, country: null }, voice: "named", kind: "body" });
      continue;
    }
    // ("Chilean newspaper El Sol said": an outlet named by the noun of its kind, in place of the noun as media.)
    if (pressNamed(doc, span.start) || recall.names.outlets.has(name)) {
      out.splice(0, out.length, ...out.filter((o) => !(o.kind === "media" && o.span.end <= span.start && /^\s*$/.test(between(doc, o.span.end, span.start)))));
      out.push({ span, source: { speaker: null, org: name, country: null }, voice: "media", kind: "outlet" });
      continue;
    }
    const org = orgNear(doc, mentions, span.end);
    const source = { speaker: name, org: org?.name ?? null, country: org?.state ?? null };
    recall.names.rememberPerson(source);
    out.push({ span, source, voice: "named", kind: "person" });
  }
  // "Baykar said" once the document has introduced "the Turkish defence firm Baykar".
  for (const [name, country] of recall.names.orgs) {
    if (!text.includes(name)) continue; // (the expression matches the name as written only)
    for (const m of matchAll(nameRegex(name), text, s.start)) {
      if (freeOf(out, m.start, m.end)) out.push({ span: { start: m.start, end: m.end }, source: { speaker: null, org: name, country }, voice: "named", kind: "body" });
    }
  }
  // "Kirby said" once the document has named John Kirby.
  for (const m of allMatches(/(?<![\p{L}-])\p{Lu}[\p{L}'’-]+/gu, text)) {
    const span = { start: s.start + m.index, end: s.start + m.index + m[0].length };
    const person = recall.names.person(m[0]);
    if (person && freeOf(out, span.start, span.end)) out.push({ span, source: person, voice: "named", kind: "person" });
  }
  // "Defence Minister Ruiz said", "the army spokesman Salas told": a surname alone after a title (the person named in full before, if any).
  for (const span of titledSurnames(doc, s, mentions)) {
    if (!freeOf(out, span.start, span.end)) continue;
    const name = doc.slice(span);
    out.push({ span, source: recall.names.person(name) ?? { speaker: name, org: null, country: null }, voice: "named", kind: "person" });
  }
  // "the head of Chile's navy, Ruiz, said", "Ruiz (CNI) told": a surname alone set off after a role, or before a body in brackets.
  for (const span of setOffSurnames(doc, s, mentions)) {
    if (!freeOf(out, span.start, span.end)) continue;
    const name = doc.slice(span);
    out.push({ span, source: recall.names.person(name) ?? { speaker: name, org: null, country: null }, voice: "named", kind: "person" });
  }
  // "the MTI spokesperson": an unnamed speaker right after a body speaks for that body's state, as one source.
  for (const u of [...out]) {
    if (u.kind !== "unnamed" || u.source.country) continue;
    const body = out.find((b) => b.kind === "body" && b.source.country && b.span.end <= u.span.start && /^\s*(?:the\s+)?$/i.test(between(doc, b.span.end, u.span.start)));
    if (!body) continue;
    const span = { start: body.span.start, end: u.span.end };
    out.splice(0, out.length, ...out.filter((o) => o !== u && o !== body), { span, source: { speaker: null, org: doc.slice(span), country: body.source.country }, voice: "unnamed", kind: "unnamed" });
  }
  // "a source in the Chilean defence ministry", "officials at the Peruvian navy": unnamed people of a state's body after them,
  // as one source. "researchers at the Kestrel Institute", "analysts at a think tank the gazetteer knows": people of a body that
  // serves no state speak as that body (one source, not the researchers and the institute as two).
  const bodyAfter = (u: Speaker, ok: (b: Speaker) => boolean, link: RegExp) => out.find((b) => ok(b) && b.span.start >= u.span.end && link.test(between(doc, u.span.end, b.span.start)));
  for (const u of [...out]) {
    if (u.kind !== "unnamed" || u.source.country) continue;
    const ofState = bodyAfter(u, (b) => b.kind === "body" && !!b.source.country, /^\s+(?:in|at|within|from|inside)\s+(?:the\s+)?$/i);
    const ofStudy = ofState || !studyPeople.test(u.source.org ?? "") ? undefined : bodyAfter(u, (b) => (b.kind === "body" || (b.kind === "outlet" && b.voice === "named")) && !b.source.country, /^\s+(?:at|of|from|with)\s+(?:the\s+)?$/i);
    const body = ofState ?? ofStudy;
    if (!body) continue;
    const span = { start: u.span.start, end: body.span.end };
    const merged: Speaker = ofState ? { span, source: { speaker: null, org: body.source.org, country: body.source.country }, voice: "unnamed", kind: "unnamed" } : { ...body, span };
    out.splice(0, out.length, ...out.filter((o) => o !== u && o !== body), merged);
  }
  // "As the Prime Minister said, ...": a state's highest office by its title alone, where no one in it was named before
  // (a pointer that found its holder, "President Ana Ruiz ... the President said", already stands there).
  const offices = bareOffices(doc, s, recall, out);
  if (offices.found.length) out.splice(0, out.length, ...out.filter((o) => !offices.replaced.includes(o)), ...offices.found);
  // "The Indian Ministry of Defence signed ..., the ministry said": a pointer nothing earlier resolves, to the body named before it here.
  for (const p of unresolved) {
    const body = freeOf(out, p.start, p.end) ? sentenceAntecedent(doc, p, out, s) : null;
    if (body) out.push(body);
  }
  // "..., according to intelligence cited by a paper. ..., the report said", "Media reports say ... . ..., according to
  // those reports": a report no one was named as making, in a sentence where no one else speaks, is the one the last
  // sentence credited (a body or the media, never a person).
  // (The report's own words, read as a bare "report" or "reports", give way to it.)
  const report = unresolved.find((p) => pointerHead(doc.slice(p)) === "report");
  const onReport = (o: Speaker) => !!report && o.span.start < report.end && report.start < o.span.end;
  const earlier = recall.last.filter((l) => !l.source.speaker && l.kind !== "person");
  if (report && earlier.length && out.every(onReport)) out.splice(0, out.length, ...earlier.map((l): Speaker => ({ ...l, span: report, voice: l.voice === "unnamed" || l.voice === "media" ? l.voice : "pointer", kind: "pointer" })));
  return out.sort((a, b) => a.span.start - b.span.start);
}

/**
 * The state that opens a sentence as its subject, before `at`: the first state named (not by its adjective) with at
 * most one word before it ("Norway sent", "The Hague paid"), a date ("On Monday, Chile ...") or a short phrase set off
 * by commas ("Besides the jets, The Hague has paid ...", "For the purchase, signed in April, Peru paid ...").
 */
function openingState(doc: ArmsDocument, mentions: readonly Mention[], s: Span, at: number): Mention | undefined {
  const first = mentions.find((x) => x.kind === "state" && x.form !== "adjective" && x.span.end <= at);
  if (!first) return undefined;
  const lead = doc.text.slice(s.start, first.span.start);
  return tokens(lead) <= 1 || /^(?:on|in|last|this|earlier|late|early|by)\s+\p{L}+(?:\s+\d{1,4})?,?\s+$/iu.test(lead) || frontedPhrase.test(lead) ? first : undefined;
}
/**
 * The state that opens the main clause after a phrase fronted up to `from` ("According to the defence ministry, Australia
 * has sent ..." -> Australia): the phrase must close with a comma, and at most one word (an article) may stand between.
 */
function stateAfterFronted(doc: ArmsDocument, mentions: readonly Mention[], s: Span, from: number): Mention | undefined {
  const close = /^[^,;:.]{0,40},\s*/.exec(doc.text.slice(from, s.end));
  if (!close || doc.text.slice(s.start, from).split(",").length > 1) return undefined;
  const at = from + close[0].length;
  const next = mentions.find((x) => x.kind === "state" && x.form !== "adjective" && x.span.start >= at);
  return next && tokens(doc.text.slice(at, next.span.start)) <= 1 ? next : undefined;
}
// One or two short phrases set off by commas, with no verb of saying, before the subject: "Besides the jets, ", "For the purchase, signed in April 2024, ".
const frontedPhrase = /^(?:[\p{L}\d'’ -]{2,40},\s+){1,2}$/u;

/**
 * The states listed right before `at`, joined by commas and "and" ("British, French and German " before
 * "officials"), in text order; the last must touch `at`. Empty where no state stands right before.
 */
function joinedStates(doc: ArmsDocument, mentions: readonly Mention[], at: number): Mention[] {
  // Only words that can stand before a noun list the officials' states: adjectives and short initials ("US", "UK").
  // A state's name before a comma ("arms from Belarus, Colombian officials said") ends a clause, not a list.
  const modifier = (x: Mention) => x.form === "adjective" || /^[A-Z][A-Z.]{1,4}$/.test(doc.slice(x.span));
  const states = mentions.filter((x) => x.kind === "state" && x.span.end <= at).sort((a, b) => b.span.end - a.span.end);
  if (!states.length || !modifier(states[0]) || !/^\s+$/.test(between(doc, states[0].span.end, at))) return [];
  const list = [states[0]];
  for (const x of states.slice(1)) {
    if (!modifier(x) || !/^\s*(?:,\s*(?:and\s+)?|and\s+)$/.test(between(doc, x.span.end, list[0].span.start))) break;
    list.unshift(x);
  }
  return list;
}

/**
 * "Belgium has yet to deliver the jets, officials in Brussels said": unnamed people "in" a city of places.json right
 * after `at` serve the city's state, where the sentence names that state (a city that is also the seat of a union
 * or an alliance names no state by itself). Null otherwise.
 */
function cityOfState(doc: ArmsDocument, mentions: readonly Mention[], at: number): string | null {
  const inWord = /^\s+in\s+/.exec(doc.text.slice(at, at + 8));
  if (!inWord) return null;
  const from = at + inWord[0].length;
  const place = placesIn(doc.text.slice(from, from + 40), from).find((p) => p.span.start === from);
  return place && mentions.some((x) => x.kind === "state" && (x.state ?? x.entity) === place.state && x.span.start !== place.span.start) ? place.state : null;
}

/**
 * The state a document is about: the one it names most (a name counts fully, an adjective half; people
 * and bodies do not count, so the many voices of another state do not outweigh the state discussed). The unnamed "defence ministry" of a report speaks for it.
 */
const focusByDoc = new WeakMap<ArmsDocument, string | null>();
export function documentFocus(doc: ArmsDocument): string | null {
  if (focusByDoc.has(doc)) return focusByDoc.get(doc) ?? null;
  const score = new Map<string, number>();
  for (const m of doc.mentions) {
    const state = m.kind === "state" ? m.state ?? m.entity : null;
    if (!state || !stateByIso3(state)) continue;
    score.set(state, (score.get(state) ?? 0) + (m.kind === "state" && m.form === "adjective" ? 0.5 : 1));
  }
  const ranked = [...score].sort((a, b) => b[1] - a[1]);
  // A tie names no single state in focus, nor does a state named once ("it doubted the North Korean satellite works").
  const focus = ranked.length && ranked[0][1] >= 2 && (ranked.length === 1 || ranked[0][1] > ranked[1][1]) ? ranked[0][0] : null;
  focusByDoc.set(doc, focus);
  return focus;
}

/**
 * The state a page is written in, by its site's country-code domain (web-domains.json), where the report is about
 * that state too: named at least twice, and at least half as often as the state it names most (a name counts
 * fully, an adjective half). Null for other sites, or where the page's home is only a bystander.
 *
 *     pageHome(a page of "https://www.example.pk/..." that names Pakistan and China alike) -> "PAK"
 */
const homeOfPage = new WeakMap<ArmsDocument, string | null>();
export function pageHome(doc: ArmsDocument): string | null {
  if (homeOfPage.has(doc)) return homeOfPage.get(doc) ?? null;
  const host = /^[a-z]+:\/\/([^/:?#]+)/i.exec(doc.meta.url ?? "")?.[1].toLowerCase() ?? "";
  const code = host.split(".").pop() ?? "";
  const state = Object.hasOwn(webDomains.countryCodes, code) ? (webDomains.countryCodes as Record<string, string>)[code] : null;
  const score = new Map<string, number>();
  for (const m of doc.mentions) if (m.kind === "state") score.set(m.state ?? m.entity, (score.get(m.state ?? m.entity) ?? 0) + (m.form === "adjective" ? 0.5 : 1));
  const own = state ? score.get(state) ?? 0 : 0;
  const home = state && own >= 2 && own * 2 >= Math.max(...score.values()) ? state : null;
  homeOfPage.set(doc, home);
  return home;
}

/**
 * The state whose seat the page's head names on a short line of its own before the report begins ("Reporter Ana
 * Ruiz / Lima", "LIMA, May 3 (Wire) -", "Posted in Lima"): where the report is filed, the home of its "defence
 * ministry" when the states it names are tied. Null where no such line names one state's seat or name.
 */
// "2025-11-06 07:30  Reporter: Ana Ruiz, Lima", "By Ana Ruiz / Lima": a byline line, perhaps after its date and time.
const bylineHead = /^\s*(?:[\d/:.-]+\s+){0,3}(?:reporter|correspondent|by|staff\s+writer|posted|filed)\b/i;
// "LIMA, May 3 (Wire) -": a capitalised place and a comma open the report's first line.
const datelineHead = /^\s*\p{Lu}[\p{Lu} .'-]{1,30},/u;
const homeByDoc = new WeakMap<ArmsDocument, string | null>();
export function datelineState(doc: ArmsDocument): string | null {
  if (homeByDoc.has(doc)) return homeByDoc.get(doc) ?? null;
  // (The head ends at the first sentence of the report: a long one that is no headline nor an editor's note in brackets.)
  const first = doc.sentences.find((x) => !x.headline && tokens(doc.slice(x.span)) >= 12 && !/^\s*\(|[[\]]/.test(doc.slice(x.span)));
  // ("LIMA, May 3 (Wire) - Peru said ...": a dateline that opens the report's first sentence is still the head.)
  const headEnd = first ? first.span.start + (datelineHead.exec(doc.slice(first.span))?.[0].length ?? 0) : 0;
  const states = new Set<string>();
  for (const m of doc.mentions) {
    if (m.kind !== "state" || m.span.end > headEnd || (m.form !== "seat" && m.form !== "name")) continue;
    const lineStart = doc.text.lastIndexOf("\n", m.span.start - 1) + 1;
    const lineEnd = doc.text.indexOf("\n", m.span.end);
    const line = doc.text.slice(lineStart, lineEnd < 0 ? doc.text.length : lineEnd);
    if (line.length <= 80 && (bylineHead.test(line) || datelineHead.test(line))) states.add(m.state ?? m.entity);
  }
  const home = states.size === 1 ? [...states][0] : null;
  homeByDoc.set(doc, home);
  return home;
}

/** "Ann Li, a researcher at the Stimson Center": the body or outlet named in the apposition. */
function orgNear(doc: ArmsDocument, mentions: readonly Mention[], at: number): Mention | null {
  const next = mentions.find((m) => m.span.start >= at && (m.kind === "body" || m.kind === "outlet"));
  // "..., told broadcaster SBS": the outlet told is no employer; nor is "said, as quoted by Reuters", "was cited by Andina" the one who passes the words on.
  if (!next || tokens(between(doc, at, next.span.start)) > 6 || /[.;“”"]|\b(?:told|said|says|cited|quoted|according|reported|relayed|via)\b/i.test(between(doc, at, next.span.start))) return null;
  return next;
}

/** The state whose news agency an outlet is, where it is state media; null for other media. */
export function stateMediaCountry(name: string | null): string | null {
  if (!name) return null;
  const inner = /\(([^)]+)\)/.exec(name)?.[1];
  for (const n of [name, inner, name.replace(/\s*\([^)]*\)\s*/g, " ").trim()]) {
    const outlet = n ? outletByName(n) : undefined;
    if (outlet) return outlet.kind === "state-media" ? outlet.country ?? null : null;
  }
  return null;
}

/** The name a state news agency goes by ("KCNA" for a page published as "Korean Central News Agency"), where the name is one of its own; else null. */
export function stateMediaName(name: string | null): string | null {
  if (!name) return null;
  const outlet = outletByName(name);
  return outlet && outlet.kind === "state-media" ? outlet.name : null;
}

/**
 * Where the page's bodies and outlets start, kept while its list of mentions is the same and as long (asked for every
 * state's possessive: a scan of the whole list each time made a long page grow with the square of its length).
 */
const speakerStartsOf = new WeakMap<readonly Mention[], { length: number; starts: Set<number> }>();
function speakerStarts(doc: ArmsDocument): Set<number> {
  let kept = speakerStartsOf.get(doc.mentions);
  if (!kept || kept.length !== doc.mentions.length) {
    kept = { length: doc.mentions.length, starts: new Set(doc.mentions.filter((b) => b.kind === "body" || b.kind === "outlet").map((b) => b.span.start)) };
    speakerStartsOf.set(doc.mentions, kept);
  }
  return kept.starts;
}

/**
 * A listed person's name as the page spells it: where the page writes the name only without its accents ("Aleksandar
 * Vucic" for "Aleksandar Vučić"), the speaker keeps the page's spelling, as the claim form asks.
 */
export function spelledAsPage(doc: ArmsDocument, name: string): string {
  const plain = name.normalize("NFD").replace(/\p{M}/gu, "");
  if (plain === name) return name;
  // (By the last word of the name, which a page may give alone: "President Vucic said".)
  const last = (n: string) => n.slice(n.lastIndexOf(" ") + 1);
  const pageWrites = (n: string) => doc.text.includes(n);
  return (!pageWrites(name) && pageWrites(plain)) || (!pageWrites(last(name)) && pageWrites(last(plain))) ? plain : name;
}

export function fromMention(doc: ArmsDocument, m: Mention): Speaker | null {
  switch (m.kind) {
    case "person":
      return { span: m.span, kind: "person", voice: "named", source: { speaker: spelledAsPage(doc, m.name), org: (m.org && findBody(m.org)?.name) || null, country: m.state } };
    case "body":
      // "NATO officials", "Pentagon sources": unnamed people of a body pass on what it holds.
      // (One of them too: "a senior NATO official", "a defence ministry official" is no more the body than several are.)
      if (/\b(?:officials?|sources?|insiders?|diplomats?)$/i.test(doc.slice(m.span))) return { span: m.span, kind: "unnamed", voice: "unnamed", source: { speaker: null, org: doc.slice(m.span), country: m.state } };
      return { span: m.span, kind: "body", voice: "named", source: { speaker: null, org: m.name, country: m.state } };
    case "outlet": {
      const own = doc.meta.outlet !== null && m.name.toLowerCase() === doc.meta.outlet.toLowerCase();
      // A think tank or open-source research group states its own findings; news media pass on others'.
      const known = outletByName(m.name);
      const researcher = ["think-tank", "osint"].includes(known?.kind ?? "");
      // "North Korean state media", "Iran's state-run media": a state's media as such speak for that state; "US media" do not.
      const stateRun = known?.kind === "media" && /\bstate(?:[- ]run|[- ]owned|[- ]controlled)?\s+(?:media|press|television|tv|news)\b/i.test(doc.slice(m.span)) ? known.country ?? null : null;
      return { span: m.span, kind: "outlet", voice: own ? "outlet" : researcher ? "named" : "media", source: { speaker: null, org: m.name, country: stateMediaCountry(m.name) ?? stateRun } };
    }
    case "state": {
      if (m.form !== "name" && m.form !== "seat" && m.form !== "alias") return null;
      // "the UK-based Open Source Centre": where a body is based, not who speaks.
      if (/^-based\b/.test(doc.text.slice(m.span.end, m.span.end + 7))) return null;
      // "the Kestrel Institute in Vilnius", "a study by the Arden Centre, based in London": the seat of the body named before it.
      if (/\p{Lu}[\p{L}.'’-]*,?\s+(?:in|based\s+in)\s+$/u.test(doc.text.slice(Math.max(0, m.span.start - 40), m.span.start))) return null;
      // "a study by Germany's Friedrich Naumann Foundation": a state's possessive before a named body says whose the body is; the body speaks.
      const owned = /^['’]s?\s+/.exec(doc.text.slice(m.span.end, m.span.end + 4));
      if (owned && speakerStarts(doc).has(m.span.end + owned[0].length)) return null;
      const adjective = stateByIso3(m.entity)?.adjectives?.[0] ?? m.name;
      return { span: m.span, kind: "state", voice: "named", source: { speaker: null, org: `${adjective} government`, country: m.state } };
    }
  }
}

/** The expression of a body's name on word boundaries, built once per name (each sentence asks for every name the document introduced). */
const nameRegexes = new Map<string, RegExp>();
function nameRegex(name: string): RegExp {
  return remembered(nameRegexes, name, (n) => new RegExp(`\\b${escapeRegExp(n)}\\b`, "g"), 4096);
}

/**
 * The one state whose minister of a ministry's kind the document names before `at` ("Chilean Defence Minister Ana
 * Ruiz", "Chile's defence minister", or a titled person the paragraph gave a state: "..., Defence Minister Ana Ruiz
 * said" after "Chile will ..."): whose ministry a later "the defence ministry" is; for a bare "the ministry", a
 * minister of any kind, and the kind found. Null where none, or several states' ministers, came before.
 *
 *     ministerOf(doc of "Chilean Defence Minister Ana Ruiz spoke. ... the defence ministry said.", "the defence ministry", at, recall) -> CHL, "defence"
 */
function ministerOf(doc: ArmsDocument, noun: string, at: number, recall: Recall): { state: string; kind: string } | null {
  if (!/\b(?:ministry|department)$/i.test(noun.trim())) return null;
  const named = /^(?:the\s+)?(?!the\s)(\p{L}+)\s+(?:ministry|department)$/iu.exec(noun.trim())?.[1];
  const kind = named ? `${named.slice(0, 5)}\\p{L}*` : "(\\p{L}+)";
  const titled = new RegExp(`^(?:['’]s)?\\s+${kind}\\s+minister\\b`, "iu");
  const titleBefore = new RegExp(`\\b${kind}\\s+minister\\s+$`, "iu");
  const found: { state: string; kind: string }[] = [];
  for (const m of doc.mentions) {
    const t = m.kind === "state" && m.span.end <= at ? titled.exec(doc.text.slice(m.span.end, m.span.end + 30)) : null;
    if (t) found.push({ state: m.state ?? m.entity, kind: (named ?? t[1]).toLowerCase() });
  }
  for (const p of recall.named) {
    const t = p.kind === "person" && p.source.country && p.span.end <= at ? titleBefore.exec(doc.text.slice(Math.max(0, p.span.start - 40), p.span.start)) : null;
    if (t) found.push({ state: p.source.country!, kind: (named ?? t[1]).toLowerCase() });
  }
  const states = new Set(found.map((f) => f.state));
  return states.size === 1 && new Set(found.map((f) => f.kind)).size === 1 ? found[0] : null;
}

import { hash } from "node:crypto";
import { strongestCertainty, type Certainty, type Claim, type Item, type Source } from "../../core/claim.js";
import type { ArmsDocument, Attribution, Mention } from "../../core/document.js";
import type { Span } from "../../core/span.js";
import { findBody, outletByName, stateByIso3 } from "../../knowledge/gazetteer.js";
import { alternation } from "../../knowledge/lexicon.js";
import { personNames } from "../attribution/names.js";
import { fromMention, stateMediaCountry, tokens } from "../attribution/speakers.js";
import { clauseSpeakers } from "./clause-speakers.js";
import { findTriggers } from "./direction.js";
import { findItems } from "./find-items.js";
import { broaderThan } from "./quantity.js";
import type { Context, Draft } from "./draft.js";
import data from "./denials.json" with { type: "json" };
import { allMatches } from "../../core/all-matches.js";

// "fired at", "launched against": goods used at a war's other side (denials.json useAtFoe).
const useAtFoe = new RegExp(data.useAtFoe, "i");
const reportNoun = new RegExp(`\\b(?:${alternation(data.reportNouns)})\\b`, "gi");
const anyReportNoun = new RegExp(reportNoun.source, "i");
const contentLink = new RegExp(`^\\s*,?\\s*(?:${alternation(data.contentLinks)})\\b`, "i");
const makerLink = new RegExp(`^\\s+(?:${alternation(data.makerLinks)})\\s+(?:(?:the|both|some|several|many)\\s+)*`, "i");
const makerWord = new RegExp(`^(?:${alternation(data.makerWords)})\\b`, "i");
const reportedMaker = new RegExp(`\\b(?:${alternation(data.reportedMakers)})$`, "i");
const makerJoin = /^(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:(?:the|both)\s+)?$/i;
// ("rejected the panel's findings": a possessive of the one who made them may stand between.)
const toldNoun = new RegExp(`\\b(?:${alternation(data.toldPointers)})\\s+(?:[\\p{Ll}-]+(?:['’]s)?\\s+){0,2}(?:${alternation(data.toldNouns)})\\b`, "iu");
// "Minsk denied the next day", "continues to deny any role", "denied that any had been sent": a denial that points
// back with no told noun (denials.json, toldBack); never a passive one ("the request was denied").
const toldBackVerb = `(?<!\\b(?:is|are|was|were|be|been|being)\\s+)\\b(?:${alternation(data.toldBack.denyVerbs)})`;
const toldBack = new RegExp(`${toldBackVerb}(?:\\s+(?:${alternation(data.toldBack.bareAfter)}))*(?=${data.toldBack.bareEnd})|${toldBackVerb}\\s+(?:${data.toldBack.role}|${data.toldBack.anyMoved})`, "iu");
/** Whether the sentence holds a denial that points back to the transfers told before with no told noun ("Minsk denied the next day"). */
export const pointsBack = (text: string): boolean => toldBack.test(text);
const anyMoved = new RegExp(`${toldBackVerb}\\s+${data.toldBack.anyMoved}`, "iu");
/** Whether the sentence denies that "any" of the goods told before moved: its verb of moving tells no transfer of its own ("denied that any had been sent"). */
export const deniesAnyMoved = (text: string): boolean => anyMoved.test(text);
const conflictSides = new RegExp(`\\b(?:${data.conflictSides.join("|")})\\b`, "i");
const controlledExport = new RegExp(`\\b(?:${alternation(data.controlVerbs)})\\s+(?:\\p{Ll}+\\s+){0,2}?(?:(?:the|its|their)\\s+)?(?:\\p{Ll}+\\s+)?exports?\\s+(?:of\\s+)?(?:[\\p{L}-]+\\s+){0,3}$`, "iu");
const answeredBy = new RegExp(data.answeredBy, "iu");
const suchBefore = new RegExp(data.suchBefore, "i");
const verbItems = data.verbItems.map((v) => ({ re: new RegExp(`\\b(?:${v.verb})\\b`, "gi"), item: v.item as Item, way: v.way }));
/** The same verbs, each to test once (without the global flag's position). */
const verbItemTests = verbItems.map((v) => new RegExp(v.re.source, "i"));
const rejectedOffer = new RegExp(`\\b(?:${alternation(data.rejectVerbs)})\\s+(?:(?:a|an|the|its|their)\\s+)?(?:[\\p{L}’'-]+\\s+){0,3}?(?:${alternation(data.offerNouns)})\\b`, "giu");

/**
 * The drafts of one sentence as denials and accusations read them: verbs that name their goods (`verbGoods`),
 * offers turned down (`rejectedOffers`), goods under export control (`controlledGoods`), "such materiel"
 * (`suchGoods`), every side of "the warring parties" (`everySide`), and the pair of a trade denied (`betweenThePair`, `tradeWithPartner`).
 */
export function denialDrafts(doc: ArmsDocument, sentence: Span, attribution: Attribution, drafts: Draft[]): Draft[] {
  return tradeWithPartner(doc, sentence, attribution, betweenThePair(doc, sentence, everySide(doc, sentence, attribution, suchGoods(doc, sentence, controlledGoods(doc, rejectedOffers(doc, sentence, attribution, verbGoods(doc, sentence, attribution, drafts)))))));
}

const betweenPair = new RegExp(`^\\s+(?:[\\p{Ll}-]+\\s+){0,2}?${data.betweenPair}`, "iu");
const pairSubject = /^\s*(?:and|&)\s+$/i;

/**
 * "Minsk and Tehran have both denied any arms trade between them": goods that move "between them", in a denial
 * the two states make together, move between those two, the way the page told them last (either way round; the
 * way it told those goods or their kind last, where it told them); a pair the page has told nothing of is left alone.
 */
export function betweenThePair(doc: ArmsDocument, sentence: Span, drafts: Draft[]): Draft[] {
  const text = doc.slice(sentence);
  if (!/\bbetween\b/i.test(text)) return drafts;
  const states = doc.within(doc.mentions, sentence).filter((m) => m.kind === "state" && m.state);
  const out = [...drafts];
  for (const item of findItems(text, sentence.start)) {
    const after = betweenPair.exec(doc.text.slice(item.span.end, Math.min(sentence.end, item.span.end + 60)));
    if (!after || out.some((d) => d.parts.item && d.parts.item.start === item.span.start && d.supplier && d.recipient)) continue;
    // The pair: the last two states before the goods joined by "and" ("Russia and North Korea have both denied any ...").
    const before = states.filter((m) => m.span.end <= item.span.start);
    const [a, b] = before.slice(-2);
    if (!a || !b || !pairSubject.test(doc.text.slice(a.span.end, b.span.start)) || a.state === b.state) continue;
    // (Only as the pair's own denial: "Minsk and Tehran deny any arms trade between them", a denial between the pair and the goods.)
    if (!doc.within(doc.cues, { start: b.span.end, end: item.span.start }).some((c) => c.certainty === "denied")) continue;
    const told = pairFlow(doc, sentence, a.state!, b.state!, item.item);
    if (!told) continue;
    const end = item.span.end + after[0].length;
    out.splice(0, out.length, ...out.filter((d) => !(d.parts.item && d.parts.item.start === item.span.start)));
    out.push({ clause: sentence, kind: "transfer", supplier: told.supplier, recipient: told.recipient, item: item.item, quantity: null, calibre: null, parts: { item: item.span }, lastPart: end, thing: item.text.toLowerCase() });
  }
  return out;
}

/** The flow between two states the page told last before `sentence`, either way round (the way of `item` or its kind, where told). */
function pairFlow(doc: ArmsDocument, sentence: Span, a: string, b: string, item: Item): { supplier: string | null; recipient: string | null } | undefined {
  const pairTold = [...doc.claims].reverse().filter((c) => c.kind === "transfer" && c.evidence.end <= sentence.start && ((c.supplier === a && c.recipient === b) || (c.supplier === b && c.recipient === a)));
  // ("denied any arms trade between them" after arms one way and technology back: the way of the goods it denies.)
  return pairTold.find((c) => c.item === item || broaderThan(item, c.item) || broaderThan(c.item, item)) ?? pairTold[0];
}

const tradeWith = new RegExp(`^\\s+${data.tradeWith}`, "iu");

/**
 * "Pyongyang has denied any arms trade with Moscow": goods of a trade "with" a state, in a denial, move between the one
 * that denies and that state, the way the page told them last; a pair the page has told nothing of is left alone.
 */
export function tradeWithPartner(doc: ArmsDocument, sentence: Span, attribution: Attribution, drafts: Draft[]): Draft[] {
  const text = doc.slice(sentence);
  if (!/\bwith\b/i.test(text)) return drafts;
  const self = attribution.sources.length === 1 ? attribution.sources[0].country : null;
  if (!self) return drafts;
  const out = [...drafts];
  for (const item of findItems(text, sentence.start)) {
    const after = tradeWith.exec(doc.text.slice(item.span.end, sentence.end));
    if (!after) continue;
    const partner = doc.within(doc.mentions, sentence).find((m) => m.kind === "state" && m.state && m.span.start === item.span.end + after[0].length);
    if (!partner?.state || partner.state === self || out.some((d) => d.parts.item && d.parts.item.start === item.span.start && d.supplier && d.recipient)) continue;
    // (Only in the denial: "Minsk denied any arms trade with Tehran", a cue of denial before the goods.)
    if (!doc.within(doc.cues, { start: sentence.start, end: item.span.start }).some((c) => c.certainty === "denied")) continue;
    const told = pairFlow(doc, sentence, self, partner.state, item.item);
    if (!told) continue;
    out.push({ clause: sentence, kind: "transfer", supplier: told.supplier, recipient: told.recipient, item: item.item, quantity: null, calibre: null, parts: { item: item.span }, lastPart: partner.span.end, thing: item.text.toLowerCase() });
  }
  return out;
}

/** Another party's saying named inside a sentence: who made it, where its words stand, and whether the sentence rejects it. */
export interface OthersSaying {
  readonly makers: readonly { readonly source: Source; readonly reported: boolean }[];
  /** From the first maker to the noun (and the makers named after it). */
  readonly phrase: Span;
  /** What the maker said: "Iran sent drones to Russia" in "the Post's report that Iran sent drones to Russia". */
  readonly content: Span;
  /** The speaker calls it false, rejects or denies it ("the false report that", "rejected the statements of"): `denied`; casts doubt on it: `doubted`. */
  readonly rejected: Certainty | null;
}

/**
 * The sayings of others a sentence names with their content: "commenting on the Post report that Seoul has been
 * providing shells", "the Japanese media's false report that Pyongyang offered munitions", "rejected the statements
 * of both Kyiv and Western countries regarding the supply of drones". Only where the maker is named.
 */
export function othersSayings(doc: ArmsDocument, sentence: Span, own?: Attribution): OthersSaying[] {
  const text = doc.slice(sentence);
  if (!anyReportNoun.test(text)) return [];
  const found = doc.within(doc.mentions, sentence);
  // People no gazetteer knows, named by their shape ("the envoy Mark Halden"): each speaks for the state named in their title.
  const named: Mention[] = personNames(doc, sentence, found).filter((span) => !found.some((m) => m.span.start < span.end && span.start < m.span.end)).map((span) => {
    const title = [...found].reverse().find((m) => m.kind === "state" && m.span.end <= span.start && /^[\p{L}\s-]{0,30}$/u.test(doc.text.slice(m.span.end, span.start)));
    return { kind: "person" as const, span, entity: doc.slice(span), name: doc.slice(span), state: title?.state ?? null, form: "name" as const };
  });
  const mentions = [...found.filter((m) => m.kind !== "state" || m.form !== "role"), ...named].sort((a, b) => a.span.start - b.span.start);
  const out: OthersSaying[] = [];
  for (const n of allMatches(reportNoun, text)) {
    const nounStart = sentence.start + n.index;
    const nounEnd = nounStart + n[0].length;
    let makers = makersBefore(doc, mentions, nounStart);
    let phraseEnd = nounEnd;
    const before = makers.length > 0;
    if (!before) {
      const after = makersAfter(doc, mentions, nounEnd, sentence.end);
      if (after) [makers, phraseEnd] = [after.makers, after.end];
    }
    if (!makers.length) continue;
    const link = contentLink.exec(doc.text.slice(phraseEnd, sentence.end));
    if (!link) continue;
    const contentStart = phraseEnd + link[0].length;
    const rest = doc.text.slice(contentStart, sentence.end);
    const stop = rest.search(/[;”"]|,\s*(?:which|but|while|whereas)\b/);
    const content = { start: contentStart, end: ownSpeakerAfter(own, doc.text, contentStart, stop >= 0 ? contentStart + stop : sentence.end) };
    const phrase = { start: before ? makers[0].span.start : nounStart, end: phraseEnd };
    out.push({ makers: makers.map(({ source, reported }) => ({ source, reported })), phrase, content, rejected: rejects(doc, sentence, phrase, nounEnd) });
  }
  return out;
}

/**
 * Where the words of another's saying end because the sentence's own speaker comes in after a comma: "Asked about
 * the report that X sold Y arms, the minister said ..." (the saying is the report's, what follows the comma is the
 * minister's). `end` where no speaker of the sentence stands inside.
 */
function ownSpeakerAfter(own: Attribution | undefined, text: string, start: number, end: number): number {
  if (!own || own.voice === "outlet" || own.voice === "media") return end;
  for (const at of [own.span, ...own.spans]) {
    if (!at || at.start <= start || at.start >= end) continue;
    const comma = /,\s*(?:the\s+)?$/i.exec(text.slice(start, at.start));
    if (comma) return start + comma.index;
  }
  return end;
}

interface Maker {
  span: Span;
  source: Source;
  reported: boolean;
}

/** "the Japanese media's false report", "Blinken's recent statement", "The Washington Post report": makers right before the noun, with adjectives between. */
function makersBefore(doc: ArmsDocument, mentions: readonly Mention[], nounStart: number): Maker[] {
  const out: Maker[] = [];
  let at = nounStart;
  for (const m of [...mentions].reverse()) {
    if (m.span.end > at) continue;
    const gap = doc.text.slice(m.span.end, at);
    if (out.length ? !makerJoin.test(gap) : !modifiersOnly(doc, { start: m.span.end, end: at })) break;
    const maker = makerOf(doc, m);
    if (!maker) break;
    out.unshift(maker);
    at = m.span.start;
  }
  return out;
}

/** Between a maker and its noun: a possessive and adjectives or nouns only ("'s recent", "'s false", ""). */
function modifiersOnly(doc: ArmsDocument, gap: Span): boolean {
  const words = doc.text.slice(gap.start, gap.end);
  if (!/^(?:['’]s)?(?:\s+[\p{Ll}-]+){0,3}\s+$/u.test(words)) return false;
  const tags = doc.within(doc.tokens, gap).filter((t) => /\p{L}/u.test(doc.slice(t.span)) && !/^['’]?s$/.test(doc.slice(t.span)));
  return tags.every((t) => t.pos === "ADJ" || t.pos === "NOUN");
}

/** "the claims of both Kyiv and Western governments": makers named after the noun, and where they end. */
function makersAfter(doc: ArmsDocument, mentions: readonly Mention[], nounEnd: number, end: number): { makers: Maker[]; end: number } | null {
  const link = makerLink.exec(doc.text.slice(nounEnd, end));
  if (!link) return null;
  const makers: Maker[] = [];
  let at = nounEnd + link[0].length;
  for (;;) {
    const m = mentions.find((x) => x.span.start === at);
    const word = m ? null : makerWord.exec(doc.text.slice(at, end));
    const maker = m ? makerOf(doc, m) : word ? { span: { start: at, end: at + word[0].length }, source: { speaker: null, org: word[0].replace(/^the\s+/i, "").replace(/^\p{Ll}/u, (c) => c.toUpperCase()), country: null }, reported: reportedMaker.test(word[0]) } : null;
    if (!maker) break;
    makers.push(maker);
    const join = /^(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:(?:the|both)\s+)?/i.exec(doc.text.slice(maker.span.end, end));
    if (!join) return { makers, end: maker.span.end };
    at = maker.span.end + join[0].length;
  }
  return makers.length ? { makers, end: makers[makers.length - 1].span.end } : null;
}

/** The source a mention stands for when it makes a saying (as attribution reads speakers). */
function makerOf(doc: ArmsDocument, m: Mention): Maker | null {
  switch (m.kind) {
    case "person":
      return { span: m.span, source: { speaker: doc.slice(m.span), org: (m.org && findBody(m.org)?.name) || null, country: m.state }, reported: false };
    case "body":
      return { span: m.span, source: { speaker: null, org: m.name, country: m.state }, reported: false };
    case "outlet": {
      const researcher = ["think-tank", "osint"].includes(outletByName(m.name)?.kind ?? "");
      return { span: m.span, source: { speaker: null, org: m.name, country: stateMediaCountry(m.name) }, reported: !researcher };
    }
    case "state": {
      const adjective = stateByIso3(m.state ?? m.entity)?.adjectives?.[0];
      if (!adjective || !m.state) return null;
      return { span: m.span, source: { speaker: null, org: `${adjective} government`, country: m.state }, reported: false };
    }
  }
}

/**
 * Whether the sentence rejects the saying: a denial word in its noun phrase ("false report") or a verb of rejecting
 * or denying with it as object ("cast doubt on the claims of"); the certainty its words give (a doubt doubts, a denial denies).
 */
function rejects(doc: ArmsDocument, sentence: Span, phrase: Span, nounEnd: number): Certainty | null {
  const denial = (c: { certainty: Certainty }) => c.certainty === "denied" || c.certainty === "doubted";
  const found = doc.within(doc.cues, sentence).filter((c) => {
    if (!denial(c)) return false;
    if (c.span.start >= phrase.start && c.span.start < nounEnd) return true;
    // "rejected the statements of", "denied the reports by": the verb right before the phrase, a few words between.
    // ("cast doubt on Western and Japanese claims": a qualifier no list knows may stand joined before the makers.)
    return c.span.end <= phrase.start && /^\s+(?:(?:on|upon)\s+)?(?:(?:the|these|those|all|both|any)\s+)?(?:[\p{L}’'-]+\s+){0,2}(?:\p{Lu}[\p{L}-]*\s+and\s+)?$/u.test(doc.text.slice(c.span.end, phrase.start)) && !findTriggers(doc.text.slice(c.span.end, phrase.start), 0).length;
  });
  return found.length ? strongestCertainty(found.map((c) => c.certainty)) : null;
}

/** The claims of one draft as other voices of the sentence hold them: what others said (`othersSayingClaims`), who denied it (`answeredDenials`). */
export function otherVoices(doc: ArmsDocument, index: number, attribution: Attribution, draft: Draft, claims: Claim[]): Claim[] {
  // (An offer turned down is not taken, whatever the words of rejecting: rejectedOffers.)
  const own = declined.has(draft) ? claims.map((c) => ({ ...c, certainty: "denied" as const })) : claims;
  return rebuttalVoices(doc, index, attribution, clauseSpeakers(doc, index, dismissedReports(doc, index, repliedDenials(doc, index, attribution, answeredDenials(doc, index, othersSayingClaims(doc, index, own))))));
}

/** One voice: the same body (any case), the same speaker and the same state. */
function sameSource(a: Source, b: Source): boolean {
  return (a.org ?? "").toLowerCase() === (b.org ?? "").toLowerCase() && (a.speaker ?? "") === (b.speaker ?? "") && a.country === b.country;
}

const rebut = data.rebuttal;
/** "..., and the Bolivian navy denied it", "; Quito called it a fabrication": the answering clause that closes a sentence, its party in group 1. */
const rebuttalClause = new RegExp(
  `(?:;|,\\s+(?:${alternation(rebut.joiners)}))\\s+((?:[\\p{L}’'.-]+\\s+){1,${rebut.subjectWords}}?)(?:(?:${alternation(rebut.leads)})\\s+)*` +
    `(?:(?:${alternation(rebut.verbs)})\\s+(?:${alternation(rebut.objects)})\\b|(?:${alternation(rebut.callings)})\\s+(?:${alternation(rebut.objects)})\\s+\\S)([^;:]*)$`,
  "iu",
);

/**
 * "Canada said Mexico had sent howitzers to Cuba; Mexico denied it", "Reuters had missiles going to Moscow, and Tehran's
 * mission rejected the report": two parties in one sentence, one telling the transfer and one answering it back in a
 * clause of its own that names no goods. Each holds the transfer: the teller as its clause weighs it, the one who
 * answers as denied. A relay ("the agency, quoting the ministry") is no answer.
 */
export function rebuttalVoices(doc: ArmsDocument, index: number, attribution: Attribution, claims: Claim[]): Claim[] {
  if (!claims.length) return claims;
  const sentence = doc.sentences[index].span;
  const text = doc.slice(sentence);
  const m = rebuttalClause.exec(text);
  if (!m) return claims;
  const tail = m[2];
  // ("and Lima denied it had sent rifles to Quito": an answer that tells goods of its own is a telling, read as such.)
  if (findItems(tail).length || findTriggers(tail, 0).length) return claims;
  const clauseStart = sentence.start + m.index;
  const subjectAt = clauseStart + m[0].indexOf(m[1]);
  const subject = { start: subjectAt, end: subjectAt + m[1].trimEnd().length };
  const inSubject = (s: Span) => s.start >= subject.start && s.end <= subject.end;
  const named = attribution.sources.find((_, i) => attribution.spans[i] && inSubject(attribution.spans[i]));
  const heard = doc.within(doc.mentions, subject).map((x) => fromMention(doc, x)).filter((x) => x !== null);
  const replier = named ?? (heard.find((x) => x.kind !== "state") ?? heard[0])?.source;
  if (!replier) return claims;
  // (Where the answer took the sentence's voice, the one who opens the sentence tells: "Brazil said ...; Caracas denied it".)
  const opener = doc.within(doc.mentions, { start: sentence.start, end: clauseStart }).sort((a, b) => a.span.start - b.span.start)[0];
  const opening = opener && tokens(doc.text.slice(sentence.start, opener.span.start)) <= rebut.openerWords ? fromMention(doc, opener)?.source : undefined;
  const teller = attribution.sources.find((s, i) => attribution.spans[i] && attribution.spans[i].end <= clauseStart && !sameSource(s, replier)) ?? (opening && !sameSource(opening, replier) ? opening : undefined);
  const before = doc.within(doc.cues, { start: sentence.start, end: clauseStart }).map((q) => q.certainty);
  const press = (s: Source) => !s.speaker && !s.country && !!s.org && !!outletByName(s.org);
  const told = (s: Source): Certainty => (before.length ? strongestCertainty(before) : press(s) ? "reported" : "asserted");
  const same = (a: Claim, b: Claim) => a.kind === b.kind && a.supplier === b.supplier && a.recipient === b.recipient && a.item === b.item;
  const out: Claim[] = [];
  for (const c of claims) {
    const at = c.parts.item ?? c.parts.amount;
    if (c.kind !== "transfer" || !at || at.start >= clauseStart) {
      out.push(c);
      continue;
    }
    if (sameSource(c.source, replier)) {
      out.push({ ...c, certainty: "denied" });
      if (teller && !claims.some((o) => same(o, c) && !sameSource(o.source, replier))) out.push({ ...c, id: `${c.id}:teller`, source: teller, certainty: told(teller) });
      continue;
    }
    out.push(c);
    if (!claims.some((o) => same(o, c) && sameSource(o.source, replier)) && !out.some((o) => same(o, c) && sameSource(o.source, replier))) out.push({ ...c, id: `${c.id}:rebutted`, source: replier, certainty: "denied" });
  }
  return out;
}

const dismissedLead = new RegExp(data.dismissedReports.lead, "iu");

/**
 * "Reports that Lima has offered 12 jets to Quito were dismissed by the minister", "Reports in Bolivian media that ... were
 * rejected by La Paz": the sentence's subject is what the press told, and its predicate the denial. The denier holds the
 * transfer as denied; the press that told it holds it too, weighed by the words of the telling ("offered": possible), else
 * passed on (`reported`).
 */
export function dismissedReports(doc: ArmsDocument, index: number, claims: Claim[]): Claim[] {
  if (!claims.length) return claims;
  const sentence = doc.sentences[index].span;
  const lead = dismissedLead.exec(doc.slice(sentence));
  if (!lead) return claims;
  const contentStart = sentence.start + lead[0].length;
  const cues = doc.within(doc.cues, sentence);
  const out: Claim[] = [];
  // (In the order the sentence tells them: the telling, then its denial.)
  for (const c of claims) {
    const at = c.parts.item ?? c.parts.amount;
    const goodsEnd = Math.max(at?.end ?? 0, c.parts.amount?.end ?? 0);
    const press = lead[1] ? lead[1].trim().replace(/^the\s+/i, "") : "media";
    // The denial is the predicate after the goods; the words before it are the telling's.
    const told =
      c.kind === "transfer" &&
      c.certainty === "denied" &&
      !!at &&
      at.start >= contentStart &&
      cues.some((q) => q.span.start >= goodsEnd && (q.certainty === "denied" || q.certainty === "doubted")) &&
      !claims.some((o) => o.source.org === press && o.supplier === c.supplier && o.recipient === c.recipient && o.item === c.item);
    if (told) {
      const inner = cues.filter((q) => q.span.start >= contentStart && q.span.start < goodsEnd && q.certainty !== "denied" && q.certainty !== "doubted").map((q) => q.certainty);
      const source: Source = { speaker: null, org: press, country: null };
      out.push({ ...c, id: `${c.id}:press`, source, certainty: strongestCertainty([...inner, "reported"]) });
    }
    out.push(c);
  }
  return out;
}

/** "; Lima rejects the finding": a reply as a clause of its own, its verb with the claim as object. */
const replyClause = new RegExp(`;\\s*(?:[\\p{L}’'-]+\\s+){1,${data.replyClauseWords}}?(?:${alternation(data.replyVerbs)})\\s+(?:(?:the|this|that|these|those|such|its|their)\\s+)?(?:[\\p{L}-]+\\s+)?(?:${alternation(data.replyClauseNouns)})\\b[^,;:]*$`, "iu");
const reply = new RegExp(`(?:,|\\s[—–-])\\s*(?:${alternation(data.replyOpeners)})\\s+(?:that\\s+)?(?:[\\p{L}’'-]+\\s+){1,${data.replyWords}}?(?:${alternation(data.replyVerbs)})\\b[^,;:]*$`, "iu");

/**
 * The reply that closes a sentence, and the state that makes it where the page names one: ", which Minsk denies",
 * ", a claim Tehran has rejected", " — an accusation the Emirates dispute". Its words weigh no claim of the
 * sentence but the replying party's own (weigh-certainty.ts, `repliedDenials`).
 */
export function replyOf(doc: ArmsDocument, sentence: Span): { span: Span; party: Mention | null } | null {
  const text = doc.slice(sentence);
  const m = reply.exec(text) ?? replyClause.exec(text);
  if (!m) return null;
  const span = { start: sentence.start + m.index, end: sentence.end };
  return { span, party: doc.within(doc.mentions, span).find((x) => x.kind === "state" && !!x.state) ?? null };
}

/**
 * "Kyiv says Minsk has sent shells to Moscow, which Minsk denies": where the sentence's sources include the
 * replying party, that party holds the transfer as denied; the one who told it keeps its own certainty. (A reply
 * makes no source of its own: the sentence is the teller's. Where the reply's party is the only source the sentence
 * names, "Western capitals suspect Lima of ..., a charge Lima denies", the teller before it keeps its claim too.)
 */
export function repliedDenials(doc: ArmsDocument, index: number, attribution: Attribution, claims: Claim[]): Claim[] {
  if (!claims.length) return claims;
  const sentence = doc.sentences[index].span;
  const found = replyOf(doc, sentence);
  const party = found?.party;
  const state = party?.state;
  if (!found || !party || !state) return claims;
  const held = claims.some((c) => c.source.country === state);
  // ("Western capitals suspect Lima of ..., a charge Lima denies": the reply made the sentence's only source; the teller before it is a group no gazetteer knows.)
  const fromReply = held && claims.every((c) => c.source.country === state) && !!attribution.span && attribution.span.start >= found.span.start;
  const teller = fromReply ? tellerOf(doc, sentence, found.span) : null;
  return claims.flatMap((c) => {
    if (c.kind !== "transfer" || c.source.country !== state || (c.supplier !== state && c.recipient !== state)) return [c];
    const denied = { ...c, certainty: "denied" as const };
    return teller ? [{ ...c, id: `${c.id}:told`, source: teller }, denied] : [denied];
  });
}

const tellerStop = new Set(["VERB", "AUX", "ADV", "ADP", "SCONJ", "CCONJ", "PRON", "PUNCT"]);

/**
 * The teller of a sentence whose only named source is the party of its closing reply: the words that open the
 * sentence up to its first verb, where they are a short name ("Western capitals", "UN experts"); else the outlet.
 */
function tellerOf(doc: ArmsDocument, sentence: Span, replySpan: Span): Source {
  const words = doc.within(doc.tokens, { start: sentence.start, end: replySpan.start }).filter((t) => /[\p{L}\d]/u.test(doc.slice(t.span)));
  const stop = words.findIndex((t) => tellerStop.has(t.pos));
  const name = stop > 0 && stop <= data.tellerWords ? words.slice(0, stop) : [];
  const first = name[0];
  if (first && /^\p{Lu}/u.test(doc.slice(first.span))) return { speaker: null, org: doc.text.slice(first.span.start, name[name.length - 1].span.end), country: null };
  return { speaker: null, org: doc.meta.outlet ?? null, country: null };
}

/** The drafts of offers that were rejected (`rejectedOffers`): denied whatever cues the sentence has. */
const declined = new WeakSet<Draft>();

/** A sentence's sayings of others, found once for all its drafts (othersSayingClaims runs once a draft). */
const sayingsMemo = new WeakMap<ArmsDocument, Map<number, OthersSaying[]>>();
function sayingsOfSentence(doc: ArmsDocument, index: number): OthersSaying[] {
  let byIndex = sayingsMemo.get(doc);
  if (!byIndex) sayingsMemo.set(doc, (byIndex = new Map()));
  let found = byIndex.get(index);
  if (!found) byIndex.set(index, (found = othersSayings(doc, doc.sentences[index].span, doc.attributions.find((a) => a.sentence === index))));
  return found;
}

/**
 * Claims whose goods lie in another party's saying named by the sentence are that party's claims, weighed by
 * the words of the saying ("Blinken's statement that Iran had allegedly supplied missiles": Blinken's, reported).
 * The speaker's own version stays only where the speaker rejects the saying ("the false report that", denied);
 * claims outside the saying are not the maker's.
 */
export function othersSayingClaims(doc: ArmsDocument, index: number, claims: Claim[]): Claim[] {
  if (!claims.length) return claims;
  const sayings = sayingsOfSentence(doc, index);
  if (!sayings.length) return claims;
  const out: Claim[] = [];
  const isMaker = (source: Source) => sayings.some((s) => s.makers.some((m) => sameSource(m.source, source)));
  for (const claim of claims) {
    const at = claim.parts.item ?? claim.parts.amount;
    const saying = at && sayings.find((s) => s.content.start <= at.start && at.end <= s.content.end);
    if (!saying) {
      // "Seoul is not supplying weapons, the ministry said, commenting on the Post report that ...": the Post does not deny.
      if (!isMaker(claim.source) || !claims.some((c) => !isMaker(c.source))) out.push(claim);
      continue;
    }
    // "Accusations from Washington that Beijing sold drones were rejected": a denial after the saying's goods is the
    // predicate of the sentence, whose subject is the saying; the sentence is read as it stands.
    const goodsEnd = Math.max(at.end, claim.parts.amount?.end ?? 0);
    const cues = doc.within(doc.cues, saying.content);
    // (Not where a verb before the saying already rejects it: "cast doubt on Japanese claims that ..., calling the reports
    // contradictory" goes on with the replier's words, and the claim stays the maker's too.)
    if (!saying.rejected && cues.some((c) => c.span.start >= goodsEnd && (c.certainty === "denied" || c.certainty === "doubted"))) {
      out.push(claim);
      continue;
    }
    const inner = cues.filter((c) => c.span.start < goodsEnd).map((c) => c.certainty);
    if (saying.rejected && !saying.makers.some((m) => sameSource(m.source, claim.source))) out.push({ ...claim, certainty: saying.rejected });
    for (const maker of saying.makers) {
      if (out.some((c) => c.supplier === claim.supplier && c.recipient === claim.recipient && c.item === claim.item && c.thing === claim.thing && sameSource(c.source, maker.source))) continue;
      const certainty = strongestCertainty([...inner, ...(maker.reported ? (["reported"] as const) : [])]);
      const id = `${claim.id}:${hash("sha1", JSON.stringify(maker.source), "hex").slice(0, 6)}`;
      out.push({ ...claim, id, source: maker.source, certainty });
    }
  }
  return out;
}

/**
 * "Pyongyang has previously denied the claims": a party's denial of every transfer the page told last (the
 * sentence of the accusation, with each of its recipients and items), naming none of them again.
 */
export function denialOfTold(doc: ArmsDocument, s: Span, attribution: Attribution, ctx: Context): Draft[] {
  const named = toldNoun.exec(doc.slice(s));
  const noun = named ?? toldBack.exec(doc.slice(s));
  if (!noun) return [];
  const at = { start: s.start + noun.index, end: s.start + noun.index + noun[0].length };
  // "had no hand in writing the report, and it dismissed the auditors as biased": the denial must take the noun as
  // its object ("rejected the accusations") or have it as its subject ("the claims were dismissed"), within one clause.
  if (!doc.within(doc.cues, s).some((c) => (c.certainty === "denied" || c.certainty === "doubted") && sameClause(doc.text.slice(Math.min(c.span.end, at.end), Math.max(c.span.start, at.start))))) return [];
  // "deny the allegations of weapons sales to Minsk": the denial names its own goods, which its sentence reads.
  const content = toldContent.exec(doc.text.slice(at.end, s.end));
  if (content && findItems(content[0], at.end).length) return [];
  if (aboutOtherThings(doc, s, at)) return [];
  // "rejects the accusations": a plural takes in all the page told of the pair, so each item widens to the broadest the segment told of it
  // (and, where the page told last what the other side gave in return, the accusation is of the flow it leads with).
  const plural = !!named && /s$/i.test(noun[0]);
  // (A plural passes over a sentence that only tells the goods used at a war's other side: the accusations are of their giving.)
  const last = lastToldSentence(doc, s, ctx, plural);
  const lead = plural ? leadOverReturn(doc, s, last) : null;
  const told = lead ? [lead] : plural ? widestTold(doc, s, last) : last;
  const parties = (t: { supplier: string | null; recipient: string | null }) => attribution.sources.some((src) => src.country !== null && (src.country === t.supplier || src.country === t.recipient));
  const seen = new Set<string>();
  const out: Draft[] = [];
  for (const t of told) {
    if (!parties(t) || !t.supplier || !t.recipient) continue;
    // "Moscow rejected these accusations" after a sentence of several goods that details an earlier accusation:
    // one denial of the flow, with the item of the accusation the page leads with for those parties. (Where the
    // sentence of several goods is itself the first to tell the flow, each of its goods is denied.)
    // (A singular noun points to the one account just told, "Minsk rejected that account": each of its goods is denied as told.)
    const several = !(named && !plural) && told.some((o) => o.supplier === t.supplier && o.recipient === t.recipient && o.item !== t.item);
    const item = several ? leadItem(doc, s, t.supplier, t.recipient, told) ?? t.item : t.item;
    const key = `${t.supplier}|${t.recipient}|${item}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ clause: s, kind: "transfer", supplier: t.supplier, recipient: t.recipient, item, quantity: null, calibre: null, parts: {}, lastPart: s.end, thing: item });
  }
  return out;
}

/**
 * "denied the reports of a secret meeting", "rejected the claims that its general had met Chinese officials": a told
 * noun whose own words say what it is about, and name there neither goods nor a transfer word, points back to no
 * transfer. (Not the words of a maker or a time: "the accusations of Washington", "the findings of the panel", "the claims
 * over the weekend".)
 */
function aboutOtherThings(doc: ArmsDocument, s: Span, noun: Span): boolean {
  const about = toldAbout.exec(doc.text.slice(noun.end, s.end));
  if (!about) return false;
  const body = { start: noun.end + about[0].length - about[1].length, end: noun.end + about[0].length };
  const lead = { start: body.start, end: Math.min(body.end, body.start + 24) };
  if (doc.within(doc.mentions, lead).length || doc.times.some((t) => t.span.start < lead.end && lead.start < t.span.end)) return false;
  // ("rejected the findings of the panel": "of" before a definite noun names who made them.)
  if (/^of$/i.test(about[0].trim().split(/\s+/)[0]) && makerAfterOf.test(about[1])) return false;
  const words = doc.slice(body);
  return !findItems(words, body.start).length && !findTriggers(words, body.start).length && !verbItemTests.some((re) => re.test(words));
}
const makerAfterOf = /^(?:the|its|their|his|her)\s/i;
const toldAbout = new RegExp(`^\\s+(?:${alternation([...data.toldContentLinks, ...data.toldContentClauses])})\\s+([^,;:.]{1,80})`, "i");

/** A stretch between a denial and the noun it governs: a few words, no clause break. */
function sameClause(gap: string): boolean {
  return gap.split(/\s+/).filter(Boolean).length <= 6 && !clauseBreak.test(gap);
}
const clauseBreak = new RegExp(`[,;:()—–]|\\b(?:${alternation(data.toldClauseBreaks)})\\b`, "i");
/** What a told noun says it is about, right after it: "of weapons sales", "about drone deliveries". */
const toldContent = new RegExp(`^\\s+(?:${alternation(data.toldContentLinks)})\\s+[^,;:.]{1,60}`, "i");

/**
 * "Kyiv says Tehran sent drones; in return Moscow gave it jets. The Kremlin rejected the allegations": where
 * the transfers told last run against the flow the segment leads with between the same pair (what was given in
 * return), the accusations are of that leading flow.
 */
function leadOverReturn(doc: ArmsDocument, s: Span, told: readonly { supplier: string | null; recipient: string | null }[]): { supplier: string; recipient: string; item: Item } | null {
  if (!told.length) return null;
  const segment = segmentOf(doc, s);
  // (The report's own lead, not its headline, whose words are shorter and looser.)
  const headline = (c: Claim) => doc.sentences.some((x) => x.headline && x.span.start === c.evidence.start);
  const lead = doc.claims.find((c) => c.kind === "transfer" && c.segment === segment && c.evidence.start < s.start && c.certainty !== "denied" && c.supplier && c.recipient && !headline(c));
  if (!lead || !told.every((t) => t.supplier === lead.recipient && t.recipient === lead.supplier)) return null;
  return { supplier: lead.supplier!, recipient: lead.recipient!, item: lead.item };
}

/** The segment of the page (the report, a "read also" box) the sentence starting at `s` belongs to. */
const segmentOf = (doc: ArmsDocument, s: Span) => doc.sentences.find((x) => x.span.start === s.start)?.segment;

/**
 * Each told transfer with the broadest item the segment told before `s` between the same parties ("sent
 * ammunition" then "three million shells": "the accusations" deny the ammunition), where one covers it.
 */
function widestTold<T extends { supplier: string | null; recipient: string | null; item: Item }>(doc: ArmsDocument, s: Span, told: readonly T[]): T[] {
  const segment = segmentOf(doc, s);
  const earlier = doc.claims.filter((c) => c.kind === "transfer" && c.segment === segment && c.evidence.start < s.start);
  const widen = (t: T): T => {
    const wider = earlier.filter((c) => c.supplier === t.supplier && c.recipient === t.recipient && broaderThan(c.item, t.item)).map((c) => c.item);
    const widest = wider.find((w) => !wider.some((o) => broaderThan(o, w)));
    return widest ? { ...t, item: widest } : t;
  };
  return told.map(widen);
}

/** The item of the first transfer of these parties the segment of `s` tells before it (not a denial), where that is not in the sentence told last. */
function leadItem(doc: ArmsDocument, s: Span, supplier: string, recipient: string, told: readonly object[]): Item | null {
  const segment = segmentOf(doc, s);
  const first = doc.claims.find((c) => c.kind === "transfer" && c.segment === segment && c.evidence.start < s.start && c.supplier === supplier && c.recipient === recipient && c.certainty !== "denied");
  if (!first || told.includes(first)) return null;
  return first.item;
}

/** The transfers of the last sentence before `s` (in its segment) that told any, else the context's last one. */
function lastToldSentence(doc: ArmsDocument, s: Span, ctx: Context, passUse = false): { supplier: string | null; recipient: string | null; item: Item }[] {
  const segment = segmentOf(doc, s);
  let evidence = -1;
  let passed: Span | null = null;
  for (let i = doc.claims.length - 1; i >= 0; i--) {
    const c = doc.claims[i];
    if (c.kind !== "transfer" || c.segment !== segment || c.evidence.start >= s.start) continue;
    if (passUse && (!passed || passed.start === c.evidence.start) && useAtFoe.test(doc.slice(c.evidence))) {
      passed = c.evidence;
      continue;
    }
    evidence = c.evidence.start;
    break;
  }
  const newest = ctx.lastTransfer;
  const last = newest && passed && newest.span.start >= passed.start && newest.span.end <= passed.end ? null : newest;
  const told = evidence >= 0 ? doc.claims.filter((c) => c.kind === "transfer" && c.evidence.start === evidence) : [];
  // The context's last transfer is the newer where it came after those claims' sentence.
  if (last && (!told.length || last.span.start > told[0].evidence.end)) return [last];
  return told;
}

/**
 * "Beijing sends no arms to the sides in the war", "is not selling weapons to any of the warring
 * parties": every side of the war is a recipient. The side carried from before is kept and its opponent added
 * (a group based in a state fights that state's government unless a war of the knowledge names another); with
 * none carried, the sides are those of the war the page names.
 */
export function everySide(doc: ArmsDocument, sentence: Span, attribution: Attribution, drafts: Draft[]): Draft[] {
  const text = doc.slice(sentence);
  const phrase = conflictSides.exec(text);
  if (!phrase) return drafts;
  const at = sentence.start + phrase.index;
  // (The phrase names the recipients, so it is a part of the claim: "sold arms to neither side" is weighed up to its end.)
  const sidesEnd = at + phrase[0].length;
  // ("to either side in Ukraine": a state right after the phrase names the war by one of its sides; both sides receive.)
  const warPlace = (m: Mention) => m.span.start >= sidesEnd && /^\s+(?:in|of)\s+(?:the\s+)?$/i.test(doc.text.slice(sidesEnd, m.span.start));
  // (A receiver named before the phrase is told, not one of the sides; one named after it is in words of their own: "sells
  // no arms to either side in the war, and its trade with Russia is normal".)
  const named = (d: Draft) => doc.within(doc.mentions, { start: d.clause.start, end: at }).some((m) => m.kind === "state" && (m.state ?? m.entity) === d.recipient);
  // (A clause read short of the phrase still reaches it where its goods stand right before: "does not provide lethal weapons to either side".)
  const goodsBefore = (d: Draft) => !!d.parts.item && d.parts.item.end <= at && /^\s+to\s+$/i.test(doc.text.slice(d.parts.item.end, at));
  // ("rejected the story, saying it sent no shells to either side": a reply to a told transfer answers for that
  // transfer's receiver; the side the page never names is not part of the story.)
  const replies = toldNoun.test(text);
  const out = [...drafts];
  const add = (d: Draft, recipient: string) => {
    if (recipient !== d.supplier && !out.some((o) => o.kind === "transfer" && o.supplier === d.supplier && o.recipient === recipient && o.item === d.item)) out.push({ ...d, recipient, lastPart: Math.max(d.lastPart, sidesEnd) });
  };
  // ("sent no weapons to either side in Sudan": the state after the phrase names the war, whatever receiver the page told before.)
  const place = doc.within(doc.mentions, sentence).find((m) => m.kind === "state" && m.state && warPlace(m));
  const placeSides = place?.state ? pageWar(doc, place.state) : null;
  for (const d of drafts) {
    if (d.kind !== "transfer" || !d.recipient || named(d) || !(d.clause.start <= at && (at <= d.clause.end || goodsBefore(d)))) continue;
    if (placeSides && !placeSides.includes(d.recipient)) {
      out.splice(out.indexOf(d), 1);
      for (const side of placeSides) add(d, side);
      continue;
    }
    // ("arms to either side in Sudan", the receiver read as Sudan: the group the page names as fighting there receives too.)
    if (placeSides) {
      const extended = { ...d, lastPart: Math.max(d.lastPart, sidesEnd) };
      out.splice(out.indexOf(d), 1, extended);
      for (const side of placeSides) add(extended, side);
      continue;
    }
    // ("sold arms to neither side": the side carried is weighed up to the phrase's end, as the one added.)
    const extended = { ...d, lastPart: Math.max(d.lastPart, sidesEnd) };
    out.splice(out.indexOf(d), 1, extended);
    const other = opponentOf(doc, d.recipient, !replies);
    if (other) add(extended, other);
  }
  if (out.some((d) => d.kind === "transfer" && d.clause.start <= at && at <= d.clause.end)) return out;
  // None carried: the giver is the subject of the transfer verb before the phrase, the goods those between them.
  const verb = findTriggers(text, sentence.start).filter((t) => (t.role === "give" || t.role === "giveNoun") && t.end <= at).pop();
  if (!verb) return out;
  const states = doc.within(doc.mentions, sentence).filter((m) => m.kind === "state" && m.state && m.span.end <= verb.start && !attribution.spans.some((s) => s.start <= m.span.start && m.span.end <= s.end));
  // ("The Emirates said they are not supplying ...": a pronoun subject is the state that speaks.)
  const supplier = states[states.length - 1]?.state ?? (attribution.sources.length === 1 ? attribution.sources[0].country : null);
  // ("China has never sold arms to any party in the conflict" on a page that names only Russia: the one war known of a
  // state the page names, other than the giver's own.)
  const sides = placeSides ?? pageWar(doc) ?? (supplier ? onlyWar(doc, supplier) : null);
  if (!supplier || !sides) return out;
  for (const item of findItems(doc.text.slice(verb.end, at), verb.end)) {
    const d: Draft = { clause: sentence, kind: "transfer", supplier, recipient: null, item: item.item, quantity: null, calibre: null, parts: { item: item.span }, lastPart: item.span.end, thing: item.text.toLowerCase() };
    for (const side of sides) add(d, side);
  }
  return out;
}

function opponentOf(doc: ArmsDocument, side: string, unnamed = true): string | null {
  const war = data.conflicts.find((pair) => pair.includes(side) && pair.some((p) => p !== side && doc.mentions.some((m) => (m.state ?? m.entity) === p)));
  if (war) return war.find((p) => p !== side) ?? null;
  // ("sends Moscow parts but no arms to either side": a page about one side may never name the other; a state that
  // fights only one war of the knowledge has that war's other side as its opponent.)
  const wars = data.conflicts.filter((pair) => pair.includes(side));
  if (unnamed && wars.length === 1) return wars[0].find((p) => p !== side) ?? null;
  const base = /^([A-Z]{3})-/.exec(side)?.[1];
  return base ?? null;
}

/**
 * The two sides of the war a page names: a war of the knowledge both of whose sides it mentions, else a group it names
 * and its base state. With `state`, the war that state fights: one of its wars, else a group based in it.
 */
function pageWar(doc: ArmsDocument, state: string | null = null): readonly string[] | null {
  const on = new Set(doc.mentions.filter((m) => m.kind === "state").map((m) => m.state ?? m.entity));
  const war = data.conflicts.find((pair) => (!state || pair.includes(state)) && pair.every((p) => on.has(p)));
  if (war) return war;
  const group = [...on].find((s) => (state ? s.startsWith(`${state}-`) : /^[A-Z]{3}-/.test(s)));
  return group ? [group, state ?? group.slice(0, 3)] : null;
}

/** The one war of the knowledge that the states the page names (other than `giver`) fight, where there is just one. */
function onlyWar(doc: ArmsDocument, giver: string): readonly string[] | null {
  const on = new Set(doc.mentions.filter((m) => m.kind === "state" && (m.state ?? m.entity) !== giver).map((m) => m.state ?? m.entity));
  const wars = data.conflicts.filter((pair) => !pair.includes(giver) && pair.some((p) => on.has(p)));
  return wars.length === 1 ? wars[0] : null;
}

/**
 * "...and tightly regulates exports of machine tools": goods governed by a verb of control are no transfer.
 */
export function controlledGoods(doc: ArmsDocument, drafts: Draft[]): Draft[] {
  return drafts.filter((d) => {
    if (d.kind !== "transfer" || !d.parts.item || d.quantity) return true;
    const lead = doc.text.slice(Math.max(d.clause.start, d.parts.item.start - 90), d.parts.item.start);
    const m = controlledExport.exec(lead);
    if (!m) return true;
    // ("restricts the export of chips to China": a receiver named after the goods is still one.)
    if (doc.within(doc.mentions, { start: d.parts.item.end, end: d.clause.end }).some((x) => x.kind === "state" && x.state === d.recipient)) return true;
    // (The verb of control, not the noun: "its control over the export of ..." may still tell what the state sends.)
    const at = d.parts.item.start - lead.length + m.index;
    const tag = doc.within(doc.tokens, { start: at, end: at + m[0].length })[0];
    return !!tag && tag.pos !== "VERB";
  });
}

/**
 * "Iran denies arming the rebels", "has denied hiring Wagner fighters": a verb that names its goods, in a clause
 * that names none, is a transfer of those goods between the subject and the party right after the verb
 * (denials.json: which way each verb runs). The subject is the last state before the verb, else the one speaking.
 */
export function verbGoods(doc: ArmsDocument, sentence: Span, attribution: Attribution, drafts: Draft[]): Draft[] {
  const text = doc.slice(sentence);
  const mentions = doc.within(doc.mentions, sentence).filter((m) => m.kind === "state" && m.state);
  const out = [...drafts];
  for (const verb of verbItems) {
    for (const v of allMatches(verb.re, text)) {
      const t = { start: sentence.start + v.index, end: sentence.start + v.index + v[0].length };
      // A verb, or a gerund read as a noun ("arming the rebels"); not the adjective of "armed groups".
      if (!readAsVerb(doc, sentence, t, v[0])) continue;
      if (out.some((d) => d.kind === "transfer" && d.parts.item && d.clause.start <= t.start && t.end <= d.clause.end)) continue;
      const object = mentions.find((m) => m.span.start >= t.end && /^\s+(?:the\s+)?(?:[\p{Ll}-]+\s+){0,2}$/u.test(doc.text.slice(t.end, m.span.start)));
      // "denied arming either side in the conflict": the object is every side of the page's war.
      const sides = object ? null : sidesAfter(doc, t.end, sentence.end);
      const objects = object?.state ? [{ state: object.state, end: object.span.end }] : (sides?.states.map((state) => ({ state, end: sides.end })) ?? []);
      if (!objects.length) continue;
      const before = mentions.filter((m) => m.span.end <= t.start && !attribution.spans.some((s) => s.start <= m.span.start && m.span.end <= s.end) && !/[;:]/.test(doc.text.slice(m.span.end, t.start)));
      const subject = before[before.length - 1]?.state ?? (attribution.sources.length === 1 ? attribution.sources[0].country : null);
      for (const o of objects) {
        if (!subject || subject === o.state) continue;
        const [supplier, recipient] = verb.way === "get" ? [o.state, subject] : [subject, o.state];
        // ("rejected the findings, saying it had never armed the rebels": the verb names the goods denied, so a copy of
        // the goods told before, which the told noun gave, is not also denied.)
        out.splice(0, out.length, ...out.filter((d) => d.parts.item || d.supplier !== supplier || d.recipient !== recipient));
        out.push({ clause: sentence, kind: "transfer", supplier, recipient, item: verb.item, quantity: null, calibre: null, parts: { item: t }, lastPart: o.end, thing: verb.item });
      }
    }
  }
  return out;
}

/**
 * Whether a verb that names its goods is read as a verb: tagged so, or a gerund read as a noun ("arming the rebels"); also
 * a past form the tagger read as an adjective after an auxiliary ("had never armed the rebels"), or a present form read
 * as a noun right after a subject pronoun ("it arms neither side"). Not the adjective of "armed groups".
 */
function readAsVerb(doc: ArmsDocument, sentence: Span, t: Span, word: string): boolean {
  const tags = doc.within(doc.tokens, sentence);
  const at = tags.findIndex((k) => k.span.start === t.start);
  const tag = tags[at];
  if (!tag) return false;
  if (tag.pos === "VERB" || (tag.pos === "NOUN" && /ing$/i.test(word))) return true;
  let before = at - 1;
  while (before >= 0 && (tags[before].pos === "ADV" || tags[before].pos === "PART")) before--;
  const prior = tags[before];
  if (!prior) return false;
  // (A perfect, "had never armed"; not a passive, "was armed by", whose subject receives.)
  if (tag.pos === "ADJ" && /ed$/i.test(word)) return prior.pos === "AUX" && /^ha(?:s|ve|d)$/i.test(doc.slice(prior.span));
  if (tag.pos === "NOUN" && /s$/i.test(word)) return before === at - 1 && prior.pos === "PRON" && subjectPronoun.test(doc.slice(prior.span));
  return false;
}
const subjectPronoun = new RegExp(`^(?:${alternation(data.subjectPronouns)})$`, "i");

const sidesObject = new RegExp(`^\\s+(?:${data.conflictSides.join("|")})\\b`, "i");

/** "arming either side in the conflict", "hiring the warring parties": the sides of the page's war, right after a verb, and where the phrase ends. */
function sidesAfter(doc: ArmsDocument, at: number, end: number): { states: readonly string[]; end: number } | null {
  const m = sidesObject.exec(doc.text.slice(at, end));
  const states = m && pageWar(doc);
  return m && states ? { states, end: at + m[0].length } : null;
}

/**
 * "India rejected a Russian offer to build submarines", "Cairo turned down Washington's offer of jets": the goods
 * offered were not taken; the offer's maker gives, the one who rejects would have received.
 */
export function rejectedOffers(doc: ArmsDocument, sentence: Span, attribution: Attribution, drafts: Draft[]): Draft[] {
  const text = doc.slice(sentence);
  const out = [...drafts];
  const states = doc.within(doc.mentions, sentence).filter((m) => m.kind === "state" && m.state);
  for (const r of allMatches(rejectedOffer, text)) {
    const at = sentence.start + r.index;
    const end = at + r[0].length;
    // The offer's maker: an adjective or possessive in the phrase ("a Russian offer", "Moscow's offer"), else "from X" after it.
    const inside = states.filter((m) => m.span.start > at && m.span.end <= end);
    const from = states.find((m) => m.span.start >= end && /^\s+(?:from|by)\s+(?:the\s+)?$/i.test(doc.text.slice(end, m.span.start)));
    const supplier = (inside[inside.length - 1] ?? from)?.state ?? null;
    const before = states.filter((m) => m.span.end <= at && !attribution.spans.some((s) => s.start <= m.span.start && m.span.end <= s.end) && !/[;:]/.test(doc.text.slice(m.span.end, at)));
    const recipient = before[before.length - 1]?.state ?? (attribution.sources.length === 1 ? attribution.sources[0].country : null);
    if (!supplier || !recipient || supplier === recipient) continue;
    // The goods: those named in the offer's own words, up to the next comma.
    const tail = doc.text.slice(end, sentence.end);
    const stop = tail.search(/[,;]|\s[–—]\s/);
    const scope = { start: end, end: stop >= 0 ? end + stop : sentence.end };
    const items = findItems(doc.slice(scope), scope.start);
    // ("rejected a Turkish proposal to buy jets": the one who proposed would have received.)
    const buying = findTriggers(doc.slice(scope), scope.start)[0]?.role === "get";
    const [giver, taker] = buying ? [recipient, supplier] : [supplier, recipient];
    for (const item of items.slice(0, 1)) {
      out.splice(0, out.length, ...out.filter((d) => !(d.parts.item && d.parts.item.start === item.span.start)));
      const d: Draft = { clause: { start: at, end: scope.end }, kind: "transfer", supplier: giver, recipient: taker, item: item.item, quantity: null, calibre: null, parts: { item: item.span }, lastPart: item.span.end, thing: item.text.toLowerCase() };
      declined.add(d);
      out.push(d);
    }
  }
  return out;
}

/**
 * "...said Moscow wanted such shells, drawing an angry denial from Pyongyang": the party that
 * answered with a denial holds the same transfer as denied (where it is one of its parties).
 */
export function answeredDenials(doc: ArmsDocument, index: number, claims: Claim[]): Claim[] {
  if (!claims.length) return claims;
  const sentence = doc.sentences[index].span;
  const deniers = doc.within(doc.mentions, sentence).filter((m) => m.kind === "state" && m.state && m.form !== "adjective" && answeredBy.test(doc.text.slice(Math.max(sentence.start, m.span.start - 80), m.span.start)));
  const out = [...claims];
  for (const m of deniers) {
    const maker = makerOf(doc, m);
    if (!maker) continue;
    for (const claim of claims) {
      if (claim.kind !== "transfer" || (claim.supplier !== m.state && claim.recipient !== m.state) || (claim.parts.item && claim.parts.item.start > m.span.start)) continue;
      if (out.some((c) => c.supplier === claim.supplier && c.recipient === claim.recipient && c.item === claim.item && c.source.country === maker.source.country && c.certainty === "denied")) continue;
      out.push({ ...claim, id: `${claim.id}:denied-${m.state}`, source: maker.source, certainty: "denied" });
    }
  }
  return out;
}

/**
 * "Moscow was trying to buy such materiel": a broad word after "such" is the kind of goods the page told
 * last between the same parties ("artillery shells"), not a new kind.
 */
export function suchGoods(doc: ArmsDocument, sentence: Span, drafts: Draft[]): Draft[] {
  return drafts.map((d) => {
    if (d.kind !== "transfer" || !d.parts.item || !suchBefore.test(doc.text.slice(Math.max(sentence.start, d.parts.item.start - 24), d.parts.item.start))) return d;
    const told = [...doc.claims].reverse().find((c) => c.kind === "transfer" && c.evidence.end <= sentence.start && c.supplier === d.supplier && c.recipient === d.recipient && broaderThan(d.item, c.item));
    return told ? { ...d, item: told.item } : d;
  });
}

// Words that may stand between a body and its verb of denial ("has repeatedly denied", "on Monday categorically denied").
const denyLead = /^\s+(?:(?:has|have|had|again|also|once|still|long|on|\p{Lu}\p{Ll}+|\p{Ll}+ly)\s+)*$/u;

/**
 * "The Belarusian defence ministry denied sending ammunition to Russia": a body that denies doing what the gerund
 * right after its verb of denial says is the one that would have done it, so its state gives (or gets). The state of
 * the sentence's one source, where the words from its name to the transfer word are only its verb of denial.
 */
export function deniedDoing(doc: ArmsDocument, attribution: Attribution | null, trigger: Span | null): string | null {
  if (!trigger || !attribution?.span || attribution.sources.length !== 1 || !attribution.sources[0].country) return null;
  if (attribution.span.end > trigger.start || !/ing$/i.test(doc.slice(trigger))) return null;
  const cue = doc.within(doc.cues, { start: attribution.span.end, end: trigger.start }).find((c) => c.certainty === "denied");
  if (!cue || !/^\s+$/.test(doc.text.slice(cue.span.end, trigger.start)) || !denyLead.test(doc.text.slice(attribution.span.end, cue.span.start))) return null;
  return attribution.sources[0].country;
}


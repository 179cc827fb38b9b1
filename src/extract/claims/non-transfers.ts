import type { ArmsDocument, Mention, Token } from "../../core/document.js";
import { anyHolds, type Span } from "../../core/span.js";
import type { Draft } from "./draft.js";
import { matchAll, phraseRegex } from "../../knowledge/lexicon.js";
import data from "./non-transfers.json" with { type: "json" };
import grammar from "../../knowledge/chunks.json" with { type: "json" };
import { withoutUntold } from "./untold-transfers.js";
import { withoutFalseReadings } from "./false-readings.js";
import { withoutWholeTrade } from "./whole-trade.js";
import { allMatches } from "../../core/all-matches.js";

const opposeVerbs = new Set(data.opposition.verbs);
const opposeNouns = new Set(data.opposition.nouns);
const ruleNouns = new Set(data.prohibition.subjects);
const forbidVerbs = new Set(data.prohibition.verbs);
const nameHeads = new Set(data.nameHeads);
const noteMark = new RegExp(`^\\s*(?:${data.noteMarks.join("|")})\\s`, "iu");
const speechVerbs = new Set(grammar.speechVerbs);
const counterWord = phraseRegex(data.counterWords);
const tradeOf = `(?:the\\s+)?(?:${data.controls.tradeNouns.join("|")})\\s+of\\s+`;
/** "strict control over exports of", "restrictions on the sale of": a rule over a kind of trade, up to its goods. */
const controlLead = new RegExp(`\\b(?:${data.controls.controlNouns.join("|")})\\s+(?:over|on|of)\\s+${tradeOf}`, "giu");
/** "exports of dual-use goods are handled under strict rules": the trade, its goods (a few words), and a verb of ruling. */
const ruledTrade = new RegExp(`\\b${tradeOf}((?:[\\p{L}\\d-]+\\s+){1,5}?)(?:is|are|was|were|remain|remains|stay|stays)\\s+(?:(?:strictly|tightly|closely|carefully|also|still)\\s+)?(?:${data.controls.ruledVerbs.join("|")})\\b`, "giu");

const needBe = `(?:still\\s+)?(?:${data.needs.beVerbs.join("|")})\\s+(?:still\\s+)?`;
const needNoun = `(?:${data.needs.needNouns.join("|")})`;
/** "air defence remained its most pressing request": after the goods, a verb of being, a few words, a noun of need. */
const needAfter = new RegExp(`^\\s*${needBe}(?:[\\p{L}'’-]+\\s+){0,4}?${needNoun}\\b`, "iu");
/** "its biggest shortfall remains shells": a noun of need and a verb of being right before the goods. */
const needBefore = new RegExp(`\\b${needNoun}\\s+${needBe}(?:(?:more|further|additional|extra)\\s+)?$`, "iu");

const topics = data.topics;
if (![topics.topicNouns, topics.movingWords, topics.movedParticiples, topics.beVerbs, topics.talkVerbs].every((l) => l.length && l.every((w) => /^[a-z?()|:\[\]\- ]+$/.test(w)))) {
  throw new Error("non-transfers.json: topics lists must be non-empty lower-case word patterns");
}
const movingWord = new RegExp(`^(?:${topics.movingWords.join("|")})$`, "iu");
/** "the details of its weapons ": a noun of a topic and "of", then at most three words right up to the goods. */
const topicBefore = new RegExp(`\\b(?:${topics.topicNouns.join("|")})\\s+of\\s+((?:[\\p{L}'’-]+\\s+){0,3})$`, "iu");
/** A modal of advice, then a verb that is not one of goods coming, with no clause mark before the goods. */
const adviceLead = new RegExp(`\\b(?:${data.advice.modals.join("|")})\\s+(?:(?:${data.advice.adverbs.join("|")})\\s+)?(?!(?:${data.advice.comingVerbs.join("|")})\\b)\\p{L}+\\b[^,;:]*$`, "iu");
/** " sent to Russia": right after the goods, a participle of moving tells that they moved. */
const movedAfter = new RegExp(`^\\s+(?:${topics.movedParticiples.join("|")})\\b`, "iu");
/** " is debated in parliament": right after the goods, a verb of being and a verb of talk. */
const topicAfter = new RegExp(`^\\s+(?:(?:${topics.beVerbs.join("|")})\\s+){1,2}(?:${topics.talkVerbs.join("|")})\\b`, "iu");

/**
 * Drafts a sentence yields that name a transfer without telling one:
 * - the state that opposes a transfer is not its giver ("Beijing condemned the sale of jets to Taiwan");
 * - a law or rule that forbids a kind of transfer tells none ("its rules bar sending arms to war zones");
 * - an industry word inside the name of a body is no output ("the head of the Agency for Defence Industries");
 * - goods named as a need or a request tell no transfer ("thanked Oslo, saying air defence remained its first need");
 * - goods named only as what is talked about or kept from view tell none ("kept the contents of its aid packages
 *   secret", "whenever an aid package is debated"), where the claim has no figure;
 * - what a transfer is to counter is another's ("bought jets as a counterweight to India's French Rafales",
 *   "to counter Russian drones, Berlin sent tanks"): neither a thing nor a state named only there is of the transfer;
 * and one that takes a third state as giver: "despite the president's claims he could give Ukraine
 * missiles" (the giver left to the sentences before) is the president's state, "he" standing for him.
 *
 * (and those of claims/untold-transfers.ts: trends, a supplier turned from, carrying inside a country, ...;
 * and those of claims/false-readings.ts: market figures, a group told as a banner, a force gathered, "X of the Y type";
 * and those of claims/whole-trade.ts: a partner carried from before into a state's trade as a whole).
 *
 *     withoutNonTransfers(doc, sentence, drafts, dates) -> the drafts less those
 */
export function withoutNonTransfers(doc: ArmsDocument, sentence: Span, drafts: Draft[], dates?: (d: Draft) => void): Draft[] {
  const tokens = doc.within(doc.tokens, sentence);
  if (!tokens.length || !drafts.length) return drafts;
  if (noteLine(doc, sentence, tokens)) return [];
  const opposed = opposers(doc, sentence, tokens);
  const forbidding = prohibitions(doc, tokens);
  // What is countered: the words after the counter word, up to the next comma ("to counter Russian drones,").
  // (Not "counter-drone systems": a compound names a thing.)
  const countered = matchAll(counterWord, doc.slice(sentence), sentence.start)
    .filter((c) => doc.text[c.end] !== "-")
    .map((c) => {
      const stop = doc.text.slice(c.end, sentence.end).search(/[,;:]/);
      return { start: c.end, end: stop < 0 ? sentence.end : c.end + stop };
    });
  // (Only beside goods the sentence tells of its own, "never provided weapons and keeps control over exports of chips":
  // alone, the ruled goods may be what a denial after them is about.)
  const ruledAll = drafts.some((d) => d.kind === "transfer") ? ruledGoods(doc, sentence) : [];
  const inRule = (i: Span) => ruledAll.some((r) => i.start >= r.start && i.end <= r.end);
  const ruled = drafts.some((d) => d.kind === "transfer" && d.parts.item && !inRule(d.parts.item)) ? ruledAll : [];
  const states = doc.within(doc.mentions, sentence).filter((m) => m.kind === "state" || m.state);
  const onlyIn = (state: string | null, span: Span) => {
    const named = states.filter((m) => (m.state ?? m.entity) === state);
    return named.length > 0 && named.every((m) => m.span.start >= span.start && m.span.end <= span.end);
  };
  return withoutUntold(doc, sentence, tokens, withoutWholeTrade(doc, sentence, withoutFalseReadings(doc, sentence, drafts)).map((d) => heGives(doc, sentence, tokens, d)), dates).filter((d) => {
    const item = d.parts.item;
    if (d.kind === "transfer" && item) {
      if (opposed.some((o) => o.state === d.supplier && item.start >= o.at.end && inClause(d, o.at))) return false;
      if (forbidding.some((p) => item.start >= p.end && inClause(d, p))) return false;
      if (ruled.length && inRule(item)) return false;
      if (namedAsNeed(doc, sentence, item)) return false;
      if (advisedOnly(doc, sentence, d, states)) return false;
      if (!d.parts.amount && !d.quantity && namedAsTopic(doc, sentence, item)) return false;
      if (countered.some((c) => (item.start >= c.start && item.end <= c.end) || onlyIn(d.supplier, c) || onlyIn(d.recipient, c))) return false;
    }
    if (d.kind === "production" && item && partOfName(doc, tokens, item)) return false;
    return true;
  });
}

/**
 * Whether goods stand only in advice, with no party of the draft named in the sentence: "governments should pool
 * purchases of missiles" borrows no flow from the page, while "six more should arrive in May" still continues it.
 */
function advisedOnly(doc: ArmsDocument, sentence: Span, d: Draft, states: readonly Mention[]): boolean {
  if (!d.parts.item || states.some((m) => { const s = m.state ?? m.entity; return s === d.supplier || s === d.recipient; })) return false;
  return adviceLead.test(doc.text.slice(Math.max(sentence.start, d.clause.start), d.parts.item.start));
}

/** Whether goods stand as what is needed or asked for: "drones are still its top request", "its first need remains shells". */
function namedAsNeed(doc: ArmsDocument, sentence: Span, item: Span): boolean {
  return needAfter.test(doc.text.slice(item.end, sentence.end)) || needBefore.test(doc.text.slice(sentence.start, item.start));
}

/**
 * Whether goods stand only as what is talked about: "the contents of its aid packages", "the pace of the aid", "an aid
 * package is debated". (Not "the pace of deliveries of shells": a noun of moving between tells that shells move; nor
 * "a breakdown of the shells sent to Russia": a participle of moving right after them tells it too.)
 */
function namedAsTopic(doc: ArmsDocument, sentence: Span, item: Span): boolean {
  const before = topicBefore.exec(doc.text.slice(sentence.start, item.start));
  const after = doc.text.slice(item.end, sentence.end);
  if (before && !(before[1] ?? "").split(/\s+/).some((w) => movingWord.test(w)) && !movedAfter.test(after)) return true;
  return topicAfter.test(after);
}

/**
 * The goods of a rule kept over a kind of trade: after "strict control over exports of" up to the next clause
 * mark or joining word, or between "exports of" and "are handled under". Such goods are no goods moved.
 */
function ruledGoods(doc: ArmsDocument, sentence: Span): Span[] {
  const text = doc.slice(sentence);
  const out: Span[] = [];
  for (const m of allMatches(controlLead, text)) {
    const from = m.index + m[0].length;
    const stop = text.slice(from, from + 80).search(/[,;:()]|\s(?:and|but|while|which|that)\s/);
    out.push({ start: sentence.start + from, end: sentence.start + from + (stop < 0 ? Math.min(80, text.length - from) : stop) });
  }
  for (const m of allMatches(ruledTrade, text)) {
    const from = m.index + m[0].indexOf(m[1]);
    out.push({ start: sentence.start + from, end: sentence.start + from + m[1].length });
  }
  return out;
}

const word = (doc: ArmsDocument, t: Token) => doc.slice(t.span).toLowerCase();
const inClause = (d: Draft, at: Span) => d.clause.start <= at.start && at.end <= d.clause.end;

/** "China firmly opposes ...", "Moscow's protest against ...": the state named just before a word of opposing, and that word. */
function opposers(doc: ArmsDocument, sentence: Span, tokens: readonly Token[]): { state: string; at: Span }[] {
  const out: { state: string; at: Span }[] = [];
  const mentions = doc.within(doc.mentions, sentence).filter((m) => m.kind === "state" || m.state);
  tokens.forEach((t) => {
    const w = word(doc, t);
    // (The tagger reads "opposes" as a noun now and then: the word decides, the tag only keeps out other kinds.)
    if (t.pos !== "VERB" && t.pos !== "NOUN") return;
    if (![t.lemma, w].some((x) => opposeVerbs.has(x) || opposeNouns.has(x))) return;
    // The subject: the last state named before the word, with at most three words (no clause mark) between.
    const before = mentions.filter((m) => m.span.end <= t.span.start).pop();
    if (!before) return;
    const gap = doc.text.slice(before.span.end, t.span.start);
    if (/[,;:()"“”]/.test(gap) || gap.trim().split(/\s+/).filter(Boolean).length > 3) return;
    out.push({ state: before.state ?? before.entity, at: t.span });
  });
  return out;
}

/** "its laws prohibited sending ...", "the rules bar ...": the word of forbidding, where a rule is its subject. */
function prohibitions(doc: ArmsDocument, tokens: readonly Token[]): Span[] {
  const out: Span[] = [];
  tokens.forEach((t, i) => {
    if (t.pos !== "VERB" && t.pos !== "AUX" && t.pos !== "NOUN" || !(forbidVerbs.has(t.lemma) || forbidVerbs.has(word(doc, t)))) return;
    const subject = tokens.slice(Math.max(0, i - 3), i).reverse().find((k) => k.pos === "NOUN" || k.pos === "PROPN");
    if (subject && (ruleNouns.has(subject.lemma) || ruleNouns.has(word(doc, subject)))) out.push(t.span);
  });
  return out;
}

/** "² Arms yearbook, 2023 edition.": a note's mark, then words with no verb: a citation, no report of its own. */
function noteLine(doc: ArmsDocument, sentence: Span, tokens: readonly Token[]): boolean {
  return noteMark.test(doc.slice(sentence)) && !tokens.some((t) => t.pos === "VERB" || t.pos === "AUX");
}

/** The page's mentions of anything but a state, kept for the page (as long as its list of mentions is the same). */
const nonStatesOf = new WeakMap<readonly Mention[], { length: number; list: Mention[] }>();
function nonStates(doc: ArmsDocument): Mention[] {
  let kept = nonStatesOf.get(doc.mentions);
  if (!kept || kept.length !== doc.mentions.length) nonStatesOf.set(doc.mentions, (kept = { length: doc.mentions.length, list: doc.mentions.filter((m) => m.kind !== "state") }));
  return kept.list;
}

/** "the General Authority for Military Industries": a capitalised industry word after "for"/"of" and a body's head word. */
function partOfName(doc: ArmsDocument, tokens: readonly Token[], item: Span): boolean {
  if (doc.within(doc.mentions, item).length === 0 && anyHolds(nonStates(doc), item)) return true;
  const inside = tokens.filter((t) => t.span.start >= item.start && t.span.end <= item.end);
  if (!inside.length || !inside.every((t) => /^\p{Lu}/u.test(doc.slice(t.span)))) return false;
  const at = tokens.indexOf(inside[0]);
  const [head, link] = [tokens[at - 2], tokens[at - 1]];
  return !!head && !!link && /^(?:for|of)$/i.test(word(doc, link)) && /^\p{Lu}/u.test(doc.slice(head.span)) && nameHeads.has(word(doc, head));
}

/**
 * "despite President X's claims he could give Ukraine missiles": where the sentence does not name the
 * draft's giver (it came from the sentences before) and "he"/"she" stands before the thing given, the one
 * person of a state named before that pronoun is the giver. Not a pronoun that only says ("enough, he said, for
 * two million shells"): one who speaks of goods is no giver of them.
 */
function heGives(doc: ArmsDocument, sentence: Span, tokens: readonly Token[], d: Draft): Draft {
  const item = d.parts.item;
  if (d.kind !== "transfer" || !item || !d.supplier) return d;
  const mentions = doc.within(doc.mentions, sentence);
  if (mentions.some((m) => (m.state ?? (m.kind === "state" ? m.entity : null)) === d.supplier)) return d;
  const pronoun = tokens.filter((t) => t.span.end <= item.start && t.pos === "PRON" && /^(?:he|she)$/i.test(doc.slice(t.span))).pop();
  if (!pronoun || !inClause(d, pronoun.span)) return d;
  const next = tokens[tokens.indexOf(pronoun) + 1];
  if (next && speechVerbs.has(word(doc, next))) return d;
  const persons = mentions.filter((m) => m.kind === "person" && m.state && m.span.end <= pronoun.span.start);
  const states = new Set(persons.map((m) => m.state));
  if (states.size !== 1) return d;
  const giver = [...states][0]!;
  return giver === d.recipient ? d : { ...d, supplier: giver };
}

import type { ArmsDocument, Mention, Token } from "../../core/document.js";
import { contains, type Span } from "../../core/span.js";
import type { Draft } from "./draft.js";
import { findTriggers } from "./direction.js";
import { findItems } from "./find-items.js";
import data from "./untold-transfers.json" with { type: "json" };
import { allMatches } from "../../core/all-matches.js";

const trendVerbs = new Set(data.trend.verbs);
const trendNouns = new Set(data.trend.nouns);
const generalItems = new Set<string>(data.trend.generalItems);
const conveyVerb = new RegExp(`^${data.conveyance.verbs}$`, "iu");
const toDestination = new RegExp(`^(?:\\s+(?:then|later|subsequently|also|again|quickly|directly|${data.conveyance.means}))*\\s+(?:to|into|towards)\\s+`, "iu");
const destinationEnd = new RegExp(data.conveyance.destinationEnd, "iu");
const giverBefore = new RegExp(`\\b${data.conveyance.givers}\\s+(?:the\\s+)?$`, "iu");
const pointsBack = new RegExp(`\\b(?:${data.anaphora.determiners.join("|")})\\s+(?:[\\p{L}-]+\\s+)?$`, "iu");
const makeBefore = new RegExp(`\\b(?:${data.causative.verbs.join("|")})\\s+$`, "iu");
const roleAfter = new RegExp(`^\\s+${data.causative.complement}\\s`, "iu");
const paidFor = new RegExp(data.payNouns.before, "iu");
const pointers = data.role.pointers as Record<string, "first" | "last">;
// "the former's standing as a rifle exporter", "Iran's emerging role as an exporter of drones": the holder, then the role phrase.
// (Names start at a word's start and are at most 40 letters a word: a 4,000-letter run glued to a sentence is tried
// from its first letter only, in a bounded number of steps.)
const mayHoldRole = (text: string) => /['’]s\s/.test(text) && /\sas\s/i.test(text);
const rolePhrase = new RegExp(`(?<![\\p{L}.-])(${Object.keys(pointers).join("|")}|\\p{Lu}[\\p{L}.-]{0,40}(?:\\s+\\p{Lu}[\\p{L}.-]{0,40})?)['’]s\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${data.role.roleNouns.join("|")})\\s+as\\s+(?:a|an|the)?\\s*(?:[\\p{L}-]+\\s+){0,4}?(?:${data.role.agentNouns.join("|")})(?:\\s+of\\s+(?:[\\p{L}-]+\\s*){1,4})?`, "giu");
const appositive = new RegExp(data.sameThing.appositive, "iu");
const samePhrase = new RegExp(data.sameThing.between, "u");
const phraseBreak = new RegExp(data.sameThing.breaks, "iu");
const newBefore = new RegExp(`\\bthe\\s+(?:(?:${data.anaphora.newness.join("|")})\\s+)+(?:[\\p{L}-]+\\s+)?$|\\b(?:${data.anaphora.determiners.join("|")})\\s+(?:[\\p{L}-]+\\s+)?$`, "iu");
const madeFrom = new RegExp(data.madeFrom.between, "iu");
/** Every place of `madeFrom` in a text (read with matchAll, which leaves this one untouched). */
const madeFromAll = new RegExp(madeFrom.source, "giu");
const notProducts = new Set<string>(data.notProducts.items);
const leaveNoun = new RegExp(`^['’]s?\\s+(?:[\\p{L}-]+\\s+)?(?:${data.permission.nouns.join("|")})\\b`, "iu");
const leaveVerb = new RegExp(`^\\s+(?:(?:had|has|have|would|will|finally|formally)\\s+)*(?:${data.permission.verbs.join("|")})\\b`, "iu");
const modifierHead = new RegExp(`^[\\s-]+(?!(?:${data.modifierOf.thingHeads.join("|")})\\b)(?:${data.modifierOf.heads.join("|")})\\b`, "iu");
const modelHead = new RegExp(`^[\\s-]+(?:${data.modifierOf.modelHeads.join("|")})\\b`, "iu");
const modelName = new RegExp(data.modifierOf.model, "u");
const peopleFrom = new RegExp(`\\b(?:${data.peopleFrom.nouns.join("|")})\\s+from\\s+(?:the\\s+)?(?:\\p{Lu}[\\p{L}.-]*(?:\\s+\\p{Lu}[\\p{L}.-]*)?['’]s\\s+)?$`, "iu");
const unnamedGivers = new RegExp(data.unnamedGivers.subject, "iu");
const unnamedReceivers = new RegExp(data.unnamedReceivers.phrase, "giu");
const blocBefore = new RegExp(data.blocGivers.before, "iu");
const exportNoun = new RegExp(`^(?:${data.exportTotal.nouns.join("|")})$`, "iu");
const exportDestination = new RegExp(data.exportTotal.destination, "iu");
const condition = new RegExp(`\\b(?:${data.permission.conditions.join("|")})\\s+(?:the\\s+)?$`, "iu");

/**
 * Drafts whose sentence names goods and parties but tells no transfer of them (claims/non-transfers.ts calls it):
 * - a change in a flow told in general, with no figure of goods ("arms deliveries fell by 40 per cent",
 *   "kept raising its assistance to a new high"): a trend, not a transfer of a named thing;
 * - goods carried on inside the receiving country ("the launchers were then trucked to the army base"): no
 *   state is named where they go, and no giver in the clause;
 * - a general thing that points back ("those shipments") where the sentence already tells the same flow of
 *   a named thing;
 * - "such aid", "the new aid" in a sentence naming no party and no giving: the flow told before, retold;
 * - what the supplied thing is used to make ("titanium ..., which uses it to build jets");
 * - a receiver named only after people "from" it ("guards, among them fighters from the Rapid Support Forces"): an origin;
 * - a thing word that only describes people, a place or an act ("artillery crews", "its artillery barrages");
 * - a giving whose subject is a set of states left unnamed ("more than ten countries have contributed money"),
 *   where the draft's giver is not named in the clause;
 * - goods given by a bloc left unnamed ("Western aid always comes late", "Western weapons deliveries prolong the war"),
 *   where the draft's giver is not named in the clause;
 * - a giving to a set of states left unnamed ("sold to at least nine African governments"), where the draft's
 *   receiver is not named in the clause;
 * - a state's exports told as one total ("its arms exports reached $1 billion"), no receiver named in the clause;
 * - two places goods are sent to, and nothing else, read as giver and receiver ("once exported to Chad, now smuggled to Niger");
 * - a party named only as the one whose leave is awaited ("once it received Berlin's approval", "once Germany agreed");
 * - "making Turkey the main exporter of drones": a role given to a state, not the making of goods; nor are
 *   people or money a works' product ("urged workers to raise output");
 * - a noun of paying with no "for" ("with Caracas's reward to Tehran"): goods named before it are
 *   not what it pays for;
 * - a thing inside another state's role phrase ("the latter's standing as a tank seller");
 * - one thing named twice ("20 CV90 tanks, a variant of the Swedish family", "Ababil-3 multi-purpose UAVs").
 * And it turns back the things of a second verb of the other way ("sold rifles to Venezuela and got gold in return").
 *
 * A dropped trend is handed to `dates` (the flow's period is still told there).
 *
 *     withoutUntold(doc, sentence, tokens, drafts, dates) -> the drafts less those
 */
export function withoutUntold(doc: ArmsDocument, sentence: Span, tokens: readonly Token[], drafts: Draft[], dates?: (d: Draft) => void): Draft[] {
  if (!drafts.length) return drafts;
  const mentions = doc.within(doc.mentions, sentence).filter((m) => m.kind === "state" || m.state);
  drafts = drafts.map((d) => backFlow(doc, mentions, d));
  // The role phrases of the sentence, found once for all its drafts (a long sentence has hundreds of them).
  let roles: RegExpMatchArray[] | null = null;
  // (Every role phrase holds a possessive "'s" and an "as" between spaces: a sentence with neither is not scanned.)
  const rolesOf = () => (roles ??= mayHoldRole(doc.slice(sentence)) ? [...allMatches(rolePhrase, doc.slice(sentence))] : []);
  return drafts.filter(keep);

  function keep(d: Draft): boolean {
    const item = d.parts.item;
    if (!item) return true;
    if (d.kind === "production") return !roleGiven(doc, mentions, d, item) && !notProducts.has(d.item);
    if (d.kind !== "transfer") return true;
    // (A trend still dates the flow for the sentences after it: "after the war began, aid kept rising. The arms sent ...".)
    if (generalItems.has(d.item) && !d.quantity && trend(doc, sentence, tokens, item)) return void dates?.(d), false;
    if (carriedWithin(doc, tokens, mentions, d)) return false;
    if (generalItems.has(d.item) && restates(doc, drafts, d, item)) return false;
    if (generalItems.has(d.item) && !d.quantity && toldBefore(doc, mentions, sentence, d, item)) return false;
    if (madeOf(doc, sentence, item)) return false;
    if (!turnedBack.has(d) && origin(doc, mentions, d)) return false;
    if (onlyLeave(doc, mentions, d.supplier) || onlyLeave(doc, mentions, d.recipient)) return false;
    if (unnamedGiver(doc, tokens, mentions, d, item)) return false;
    if (blocGiven(doc, mentions, d, item)) return false;
    if (unnamedReceiver(doc, mentions, d)) return false;
    if (exportTotal(doc, tokens, mentions, d)) return false;
    if (destinationOnly(doc, mentions, sentence, d.supplier) && destinationOnly(doc, mentions, sentence, d.recipient)) return false;
    // "artillery crews", "the artillery base", "its artillery barrages": the thing word only describes people, a place or an act.
    if (modifierHead.test(doc.text.slice(item.end, item.end + 16)) && !modelUnits(doc, sentence, item)) return false;
    if (unpaidFor(doc, tokens, d, item)) return false;
    if (otherRole(rolesOf(), mentions, sentence, d, item)) return false;
    if (namedAgain(doc, tokens, drafts, d, item)) return false;
    return true;
  }
}

/**
 * Whether "units" after a thing word count systems of a model the word names ("two IRIS-T units", "four Patriot units"),
 * not troops ("artillery units"): a capital inside the word or a digit, or a capital where the sentence does not begin.
 *
 *     "sent two NASAMS units" -> true; "Artillery units moved" -> false
 */
function modelUnits(doc: ArmsDocument, sentence: Span, item: Span): boolean {
  if (!modelHead.test(doc.text.slice(item.end, item.end + 8))) return false;
  const name = doc.slice(item);
  if (!modelName.test(name)) return false;
  return /\p{Lu}.*(?:\p{Lu}|\d)|\d/u.test(name) || (item.start > sentence.start && !/["“(\n]\s*$/.test(doc.text.slice(Math.max(sentence.start, item.start - 3), item.start)));
}

const stateOf = (m: Mention) => m.state ?? m.entity;
const word = (doc: ArmsDocument, t: Token) => doc.slice(t.span).toLowerCase();

/**
 * "drone donations slumped", "aid to Kenya dropped sharply", "kept increasing its assistance", "a drop in
 * arms deliveries": a change word next to the general thing (a few words between, no verb, no comma), in a
 * clause that gives no figure of goods.
 */
function trend(doc: ArmsDocument, sentence: Span, tokens: readonly Token[], item: Span): boolean {
  if (doc.within(doc.amounts, sentence).some((a) => a.unit !== "percent")) return false;
  const changes = tokens.map((t, i) => ({ t, i })).filter(({ t }) => {
    const w = word(doc, t);
    if (t.pos === "VERB" || t.pos === "AUX") return trendVerbs.has(t.lemma) || trendVerbs.has(w);
    return t.pos === "NOUN" && (trendNouns.has(t.lemma) || trendNouns.has(w));
  });
  if (!changes.length) return false;
  // The flow whose change is told: the thing itself, or a noun of giving in the sentence ("raising its assistance ..., a new high for aid").
  const flows = [item, ...findTriggers(doc.slice(sentence), sentence.start).filter((t) => t.role === "giveNoun" || t.role === "getNoun")];
  const open = (from: number, to: number) => tokens.slice(from, to).every((t) => t.pos !== "VERB" && t.pos !== "AUX" && t.pos !== "PUNCT" && !/[,;:]/.test(doc.slice(t.span)));
  return flows.some((flow) => {
    const at = tokens.findIndex((t) => t.span.start >= flow.start);
    const last = tokens.findIndex((t) => t.span.start >= flow.end);
    if (at < 0) return false;
    const end = last < 0 ? tokens.length : last;
    return changes.some(({ t, i }) => {
      // The thing, then its change: "arms deliveries to Kenya fell".
      if (i >= end) return i - end <= data.trend.reachAfter && open(end, i) && t.pos !== "NOUN";
      // The change, then the thing: "increasing its aid", "a drop in arms deliveries".
      if (i < at) return at - i - 1 <= data.trend.reachBefore && open(i + 1, at);
      return false;
    });
  });
}

/**
 * "The six launchers were then trucked to the artillery base": every transfer word of the clause is a verb
 * of carrying, its destination names no state, and the clause names no giver (a maker's "U.S.-built" is none).
 */
function carriedWithin(doc: ArmsDocument, tokens: readonly Token[], mentions: readonly Mention[], d: Draft): boolean {
  const text = doc.text;
  const triggers = findTriggers(text.slice(d.clause.start, d.clause.end), d.clause.start).filter((t) => t.role === "give" || t.role === "get" || t.role === "giveNoun" || t.role === "getNoun");
  if (triggers.some((t) => !conveyVerb.test(t.text))) return false;
  // (A verb of carrying need not be a transfer word: "hauled", "trucked" carry a figure told before.)
  const carrying = tokens.filter((t) => t.pos === "VERB" && contains(d.clause, t.span) && conveyVerb.test(doc.slice(t.span))).map((t) => t.span);
  if (!carrying.length) return false;
  const inClause = mentions.filter((m) => contains(d.clause, m.span));
  // A giver named in the clause: "from Poland", "by Spain", or the giver as a noun ("Spain moved ...").
  if (inClause.some((m) => giverBefore.test(text.slice(Math.max(d.clause.start, m.span.start - 12), m.span.start)))) return false;
  if (inClause.some((m) => stateOf(m) === d.supplier && m.form !== "adjective" && text[m.span.end] !== "-")) return false;
  return carrying.every((t) => {
    const lead = toDestination.exec(text.slice(t.end, d.clause.end));
    if (!lead) return false;
    const from = t.end + lead[0].length;
    const stop = text.slice(from, d.clause.end).search(destinationEnd);
    const destination = { start: from, end: stop < 0 ? d.clause.end : from + stop };
    return !inClause.some((m) => contains(destination, m.span) && m.form !== "adjective");
  });
}

/** "... sending tank shells to Russia, though it is unclear whether those shipments arrived": the shipments are the shells. */
function restates(doc: ArmsDocument, drafts: readonly Draft[], d: Draft, item: Span): boolean {
  if (!pointsBack.test(doc.text.slice(Math.max(0, item.start - 24), item.start))) return false;
  return drafts.some((o) => o !== d && o.kind === "transfer" && !generalItems.has(o.item) && o.supplier === d.supplier && o.recipient === d.recipient && !!o.parts.item && o.parts.item.end <= item.start);
}

/**
 * "Beijing said such aid threatened peace", "officials said the new aid would change nothing": a general thing
 * that points back, in a sentence that names neither party and has no verb of giving or getting, is the flow a
 * sentence before told, not a new one.
 */
function toldBefore(doc: ArmsDocument, mentions: readonly Mention[], sentence: Span, d: Draft, item: Span): boolean {
  if (!newBefore.test(doc.text.slice(Math.max(sentence.start, item.start - 40), item.start))) return false;
  if (mentions.some((m) => stateOf(m) === d.supplier || stateOf(m) === d.recipient)) return false;
  if (doc.within(doc.amounts, sentence).length) return false;
  return !findTriggers(doc.slice(sentence), sentence.start).some((t) => t.role === "give" || t.role === "get" || t.role === "pay");
}

/** "Kazakhstan sells titanium to Russia, which uses it to build jets": the jets are made of what was sold, not sold. */
function madeOf(doc: ArmsDocument, sentence: Span, item: Span): boolean {
  const local = doc.slice(sentence);
  for (const m of allMatches(madeFromAll, local)) {
    const [start, end] = [sentence.start + m.index, sentence.start + m.index + m[0].length];
    if (item.start < end || /[;]/.test(doc.text.slice(end, item.start))) continue;
    // Something was given or got before the phrase: "it" is that thing.
    if (findTriggers(doc.text.slice(sentence.start, start), sentence.start).some((t) => t.role === "give" || t.role === "get")) return true;
  }
  return false;
}

/** "making Turkey the main exporter of drones": a state made into a role before the thing. */
function roleGiven(doc: ArmsDocument, mentions: readonly Mention[], d: Draft, item: Span): boolean {
  const text = doc.text;
  return mentions.some((m) => contains(d.clause, m.span) && m.span.end <= item.start && makeBefore.test(text.slice(Math.max(d.clause.start, m.span.start - 10), m.span.start)) && roleAfter.test(text.slice(m.span.end, m.span.end + 16)));
}

/**
 * "a study of drone trade between A and B, with Caracas's reward to Tehran": the only transfer word
 * of the clause is a noun of paying that stands after the thing, with no "for" between; nothing is paid for there.
 */
function unpaidFor(doc: ArmsDocument, tokens: readonly Token[], d: Draft, item: Span): boolean {
  const text = doc.text;
  const triggers = findTriggers(text.slice(d.clause.start, d.clause.end), d.clause.start);
  if (!triggers.length || triggers.some((t) => t.role !== "pay")) return false;
  return triggers.every((t) => {
    const token = tokens.find((k) => k.span.start === t.start);
    // (The tagger may read "the latter's reward" as a verb: after a possessive it is a noun.)
    const before = token ? tokens[tokens.indexOf(token) - 1] : undefined;
    const noun = !!token && (token.pos === "NOUN" || (!!before && (before.pos === "PART" || before.pos === "DET" || /^(?:its|their|his|her)$/i.test(doc.slice(before.span)))));
    return noun && t.start >= item.end && !paidFor.test(text.slice(item.end, t.start)) && !/^\s+for\b/i.test(text.slice(t.end, t.end + 6));
  });
}

/**
 * "Russia's help to Iran while the latter's role as a drone supplier grows": a thing inside a role phrase is given
 * by the role's holder ("the latter" is the last state named before, "the former" the one before it); a draft
 * that credits another giver with it tells nothing.
 */
function otherRole(found: readonly RegExpMatchArray[], mentions: readonly Mention[], sentence: Span, d: Draft, item: Span): boolean {
  for (const m of found) {
    const span = { start: sentence.start + m.index!, end: sentence.start + m.index! + m[0].length };
    if (!contains(span, item)) continue;
    const holderAt = { start: span.start, end: span.start + m[1].length };
    const pointer = pointers[m[1].toLowerCase()];
    let holder: string | null = null;
    if (pointer) {
      const before = [...new Set(mentions.filter((x) => x.span.end <= holderAt.start).map(stateOf))];
      holder = (pointer === "last" ? before[before.length - 1] : before[before.length - 2]) ?? null;
    } else holder = mentions.filter((x) => contains(holderAt, x.span)).map(stateOf)[0] ?? null;
    if (holder && holder !== d.supplier) return true;
  }
  return false;
}

/**
 * The same thing named twice: "20 CV90 tanks, a variant of the Swedish family," (an appositive), or a model name and
 * its class noun in one phrase ("Ababil-3 multi-purpose UAVs"). The later name is no claim of its own.
 */
function namedAgain(doc: ArmsDocument, tokens: readonly Token[], drafts: readonly Draft[], d: Draft, item: Span): boolean {
  const text = doc.text;
  // One phrase: only words that describe stand between the two names ("multi-purpose", "long-range"), no verb, article or preposition.
  const describing = (from: number, to: number) => tokens.filter((t) => t.span.start >= from && t.span.end <= to).every((t) => ["ADJ", "NOUN", "PROPN", "NUM"].includes(t.pos) || doc.slice(t.span) === "-");
  return drafts.some((o) => {
    const first = o.parts.item;
    if (o === d || !first || first.end > item.start || o.kind !== d.kind || o.item !== d.item || o.supplier !== d.supplier || o.recipient !== d.recipient || (d.quantity && !o.quantity)) return false;
    const between = text.slice(first.end, item.start);
    return appositive.test(between) || (!!between.trim() && samePhrase.test(between) && !phraseBreak.test(between) && describing(first.end, item.start) && !d.quantity);
  });
}

/** "sent guards, among them fighters from the Rapid Support Forces": a party named only after people "from" it is where they come from, never the receiver. */
function origin(doc: ArmsDocument, mentions: readonly Mention[], d: Draft): boolean {
  const named = mentions.filter((m) => stateOf(m) === d.recipient || m.entity === d.recipient);
  // ("technicians from Yemen's Houthis": the group's home may stand between.)
  return named.length > 0 && named.every((m) => {
    const from = Math.max(0, m.span.start - 60);
    const before = doc.text.slice(from, m.span.start);
    const p = peopleFrom.exec(before);
    // ("buy 12 Rafale fighters from France": jets a model names are goods, and the state after "from" sells them.)
    return !!p && !findItems(before, from).some((i) => i.item === "aircraft" && i.span.start < from + p.index && i.span.end > from + p.index);
  });
}

/**
 * "Belarus sold rifles to Venezuela and got gold in return", "Russia bought shells and sent food in
 * return": a second verb of the other way (give after get, get after give), joined by "and" with no party of
 * its own, moves its things back, from the first verb's receiver to its giver.
 */
// Drafts turned back: their receiver may well be named after "from" (the first verb's giver).
const turnedBack = new WeakSet<Draft>();

function backFlow(doc: ArmsDocument, mentions: readonly Mention[], d: Draft): Draft {
  const item = d.parts.item;
  if (d.kind !== "transfer" || !item || !d.supplier || !d.recipient) return d;
  const text = doc.text;
  const verbs = findTriggers(text.slice(d.clause.start, d.clause.end), d.clause.start).filter((t) => (t.role === "give" || t.role === "get") && t.end <= item.start);
  const second = verbs[verbs.length - 1];
  const first = verbs.find((t) => second && t.end <= second.start && t.role !== second.role);
  if (!first || !second) return d;
  if (!/\band\b/i.test(text.slice(first.end, second.start)) || /[;:]/.test(text.slice(first.end, second.start))) return d;
  // The second verb's things have no party of their own ("received drones from China" names one).
  if (mentions.some((m) => m.span.start >= second.end && m.span.start < d.clause.end)) return d;
  // The flow of the first verb: its things went from the draft's supplier to its recipient, so these go back.
  const firstParty = doc.within(doc.mentions, { start: first.end, end: second.start }).length > 0;
  if (!firstParty) return d;
  const back = { ...d, supplier: d.recipient, recipient: d.supplier };
  turnedBack.add(back);
  return back;
}

/** "once it received Berlin's approval", "once Germany agreed": the party is named only as the one whose leave is awaited. */
function onlyLeave(doc: ArmsDocument, mentions: readonly Mention[], party: string | null): boolean {
  const text = doc.text;
  const named = mentions.filter((m) => stateOf(m) === party);
  return named.length > 0 && named.every((m) => {
    const after = text.slice(m.span.end, m.span.end + 40);
    return leaveNoun.test(after) || (leaveVerb.test(after) && condition.test(text.slice(Math.max(0, m.span.start - 20), m.span.start)));
  });
}

/** "More than ten countries have contributed money to the purchases, according to Warsaw": the givers are left unnamed. */
function unnamedGiver(doc: ArmsDocument, tokens: readonly Token[], mentions: readonly Mention[], d: Draft, item: Span): boolean {
  const text = doc.text;
  // The clause's first verb before the thing, and its subject right before it; a giver named up to the thing gives.
  const verb = tokens.find((t) => t.pos === "VERB" && contains(d.clause, t.span) && t.span.end <= item.start);
  if (!verb || mentions.some((m) => stateOf(m) === d.supplier && m.span.start >= d.clause.start && m.span.end <= item.start)) return false;
  return unnamedGivers.test(text.slice(Math.max(d.clause.start, verb.span.start - 80), verb.span.start));
}

/**
 * "Critics say Western aid always comes late": a bloc word right before the goods names their giver, a set of states
 * left unnamed; the draft's parties, named nowhere in the clause, came from the sentences before. (Where the clause
 * names the receiver, "Western weapons to Ukraine", the state in focus may be one of the bloc: kept.)
 */
function blocGiven(doc: ArmsDocument, mentions: readonly Mention[], d: Draft, item: Span): boolean {
  if (!d.supplier || mentions.some((m) => (stateOf(m) === d.supplier || stateOf(m) === d.recipient) && contains(d.clause, m.span))) return false;
  return blocBefore.test(doc.text.slice(Math.max(d.clause.start, item.start - 40), item.start));
}

/**
 * "Its drones have been sold to at least nine African governments": the goods go to a set of states left unnamed,
 * right after a verb of giving, and the draft's receiver is named nowhere in the clause from that verb on (it came from
 * the sentences before, or stands before the verb in another role).
 */
function unnamedReceiver(doc: ArmsDocument, mentions: readonly Mention[], d: Draft): boolean {
  if (!d.recipient) return false;
  const clause = doc.slice(d.clause);
  // (Most clauses name no such set: looked for first, before the clause's giving words and the receiver's names.)
  const sets = allMatches(unnamedReceivers, clause);
  if (!sets.length) return false;
  const named = mentions.filter((m) => stateOf(m) === d.recipient && contains(d.clause, m.span));
  const giving = findTriggers(clause, d.clause.start).filter((t) => t.role === "give");
  if (!giving.length) return false;
  for (const m of sets) {
    const at = d.clause.start + m.index;
    // (A state named only before the verb, "Chile's envoy heard that no rifles go out to warring states", is no
    // party to this giving; one named after it, "to Chile and to other states", receives.)
    if (giving.some((t) => t.end <= at && !/[,;]/.test(doc.text.slice(t.end, at)) && at - t.end <= 60 && named.every((n) => n.span.end <= t.start))) return true;
  }
  return false;
}

/**
 * "Its defence exports hit a record 900 million euros": the only transfer word of the clause is a noun of exporting
 * with no "to" or "for" after it, the clause gives a figure, and the draft's receiver is named nowhere in the clause: sales to all buyers.
 */
function exportTotal(doc: ArmsDocument, tokens: readonly Token[], mentions: readonly Mention[], d: Draft): boolean {
  // (A total has a figure: "strict controls on drone exports" tells no total, and stays for the denial it may carry.)
  if (!doc.within(doc.amounts, d.clause).length || !d.recipient || mentions.some((m) => stateOf(m) === d.recipient && contains(d.clause, m.span))) return false;
  const triggers = findTriggers(doc.slice(d.clause), d.clause.start);
  // (The lexicon reads "exports" as a verb first: the tagger tells the noun.)
  const noun = (t: Span) => tokens.some((k) => k.span.start === t.start && k.pos === "NOUN");
  if (!triggers.length || !triggers.every((t) => (t.role === "giveNoun" || t.role === "give") && exportNoun.test(t.text) && noun(t))) return false;
  return triggers.every((t) => !exportDestination.test(doc.text.slice(t.end, Math.min(d.clause.end, t.end + 60))));
}

/** "rifles once shipped to Chad are now sent to Niger": a state named only right after a verb of giving and "to" is where goods go (so both parties are, here, no giver). */
function destinationOnly(doc: ArmsDocument, mentions: readonly Mention[], sentence: Span, party: string | null): boolean {
  const text = doc.text;
  const named = mentions.filter((m) => stateOf(m) === party);
  if (!named.length) return false;
  const giving = findTriggers(doc.slice(sentence), sentence.start).filter((t) => t.role === "give");
  return named.every((m) => {
    const lead = /\b(?:to|into)\s+(?:the\s+)?$/i.exec(text.slice(Math.max(sentence.start, m.span.start - 10), m.span.start));
    return !!lead && giving.some((t) => t.end <= m.span.start && m.span.start - t.end <= 40 && !/[,;]/.test(text.slice(t.end, m.span.start)));
  });
}

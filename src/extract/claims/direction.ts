import { compiledNow } from "../../core/compiled-regex.js";
import type { Mention } from "../../core/document.js";
import type { Span } from "../../core/span.js";
import { remembered } from "../../core/memo.js";
import { findClassified, transferAll, type Match } from "../../knowledge/lexicon.js";
import candidateData from "../../knowledge/candidates.json" with { type: "json" };
import transferData from "../../knowledge/transfer-cues.json" with { type: "json" };
import { carrierFlagReceives } from "./carrier-flag.js";
import speechData from "../../knowledge/speech.json" with { type: "json" };
import grammar from "../../knowledge/chunks.json" with { type: "json" };
import shapes from "../../knowledge/shapes.json" with { type: "json" };
import groupData from "../../knowledge/groups.json" with { type: "json" };
import { escapeRegExp } from "../../core/escape-regexp.js";
import type { SentenceSyntax } from "../syntax/arguments.js";

// "arrived at", "landed at the": a verb of arriving (chunks.json arrivingAtVerbs, by word start) right before "at".
const arrivedAt = new RegExp(`\\b(?:${grammar.arrivingAtVerbs.map((v) => v.replace(/e$/, "")).join("|")})[a-z]{0,3}\\s+at\\s+(?:the\\s+)?$`, "i");
// "through", "via the" (chunks.json transitPrepositions) right before a state: the route the goods take.
const transitBefore = new RegExp(`\\b(?:${grammar.transitPrepositions.join("|")})\\s+(?:the\\s+|its\\s+|their\\s+|a\\s+|an\\s+)?$`, "i");
// "stationed on Belarusian soil": a state's ground where goods or troops are placed, no target (shapes.json presence.soilFrame).
const soilFrameBefore = new RegExp(`\\b${shapes.presence.soilFrame}\\s+(?:the\\s+)?$`, "i");
const soilNounAfter = new RegExp(`^(?:['’]s)?\\s+(?:${shapes.presence.soilNouns.join("|")})\\b`, "i");
const routeNounAfter = new RegExp(`^\\s+(?:${grammar.routeNouns.join("|")})\\b`, "i");
import { ownReceiver } from "./own-receiver.js";
import { closesRelative, ownerOfForeignGoods, withoutPresence } from "./party-frames.js";
import { allMatches } from "../../core/all-matches.js";
import times from "../../knowledge/times.json" with { type: "json" };

/** The other side of the one war of two sides that `state` fights (times.json events), else null. */
function warFoeOf(state: string): string | null {
  const foes = new Set(times.events.flatMap((e) => (e.parties?.length === 2 && e.parties.includes(state) ? e.parties.filter((p) => p !== state) : [])));
  return foes.size === 1 ? [...foes][0] : null;
}

/** Who supplies and who receives in one clause, as far as the clause says. */
export interface Direction {
  readonly supplier: string | null;
  readonly recipient: string | null;
  /** The word that makes the clause about a transfer, if any, and how it orders the parties. */
  readonly trigger: Span | null;
  readonly role: Role | null;
  /** Further givers of the same goods ("Spain and Portugal will send", "Spain, along with Italy, ..."). */
  readonly coSuppliers?: readonly string[];
  /** Further receivers of the same goods ("sold drones to Ethiopia, Niger and Chad"). */
  readonly coRecipients?: readonly string[];
  /** The phrase structure names a giver that is no state ("the firms", "a broker"): no speaker stands in for it. */
  readonly giverNamed?: boolean;
  /** The payer buys goods made inside the receiver for it ("pays a sum for missiles built inside D"): the sum measures the goods. */
  readonly paidForReceiver?: boolean;
  /**
   * "bought radars from Israel and handed them to Ukraine", "will buy American rockets for Kyiv": the buyer gives;
   * what the goods came from names no giver.
   */
  readonly handedOn?: boolean;
}

export interface Party {
  readonly span: Span;
  readonly state: string;
  readonly form: Mention["form"];
}

export type Role = "give" | "get" | "use" | "pay" | "giveNoun" | "getNoun";

export interface Trigger extends Match {
  readonly role: Role;
}

/** Transfer words of a text (document offsets), in text order; verbs win over nouns at the same place. */
export function findTriggers(text: string, offset: number): Trigger[] {
  // The stages ask about the same sentence and clause again and again (some fifteen times a sentence): read each text once.
  const found = remembered(triggersSeen, text, triggersAt, TRIGGERS_SEEN);
  return found.map((t) => ({ start: t.start + offset, end: t.end + offset, text: t.text, role: t.role }));
}

// (Room for a long page's candidate sentences, their clauses and the sub-spans the shapes ask about, for both readings
// of a page, claims/page-flows.ts: at 512 the memory was emptied within one page and the second reading found nothing.)
const TRIGGERS_SEEN = 4096;
const triggersSeen = new Map<string, readonly Trigger[]>();

/**
 * The names of armed groups written in more than one word (groups.json names and aliases): "Rapid Support Forces".
 * A word of giving inside such a name is part of the name, no transfer.
 */
const groupNames = new RegExp(
  `(?<![\\p{L}])(?:${groupData.groups
    .flatMap((g) => [g.name, ...g.aliases])
    .filter((n) => /\s/.test(n))
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join("|")})(?![\\p{L}])`,
  "gu",
);

/** Whether the span lies inside a group's name of several words (groupNames). */
function inGroupName(names: readonly Span[], start: number, end: number): boolean {
  return names.some((n) => n.start <= start && end <= n.end);
}

/** The spans of the groups' names in a text. (At module level: tsx names a closure on each call.) */
const groupNamesIn = (text: string): Span[] => [...text.matchAll(groupNames)].map((m) => ({ start: m.index, end: m.index + m[0].length }));

/** The transfer words of a text at offset 0. */
function triggersAt(text: string): Trigger[] {
  const offset = 0;
  // (The groups' names are looked for only where a transfer word stands: most texts asked about, a clause's sub-spans
  // among them, have none, and the names' look-behind makes their search slow.)
  let names: Span[] | undefined;
  const words = findClassified(transferAll, text, offset)
    .map((m): Trigger => ({ start: m.start, end: m.end, text: m.text, role: m.label }))
    .filter((t) => !givesInformation(text, t.start - offset, t.end - offset, t.role) && !inIdiom(text, t.start - offset) && !inGroupName((names ??= groupNamesIn(text)), t.start, t.end));
  // "Iranian-supplied missiles": the lexicon skips words after a hyphen; these participles give there.
  const compounds = !text.includes("-") ? [] : [...allMatches(compoundGive, text)].map((m): Trigger => ({ start: offset + m.index + m[1].length + 1, end: offset + m.index + m[0].length, text: m[2], role: "give" }));
  return compounds.length ? [...words, ...compounds].sort((a, b) => a.start - b.start) : words;
}

// "Minsk was being paid in grain", "Tehran is reportedly paid with gold": a participle of paying after a form of "be"
// or "get" (up to two words between) is passive; its subject is the one paid.
const paidPassive = /^paid$/i;
/** "paid for by", "paid for jointly by": what stands between the word of paying and its agent. */
const paidForBy = /^\s+for\s+(?:[a-z]+ly\s+|in\s+full\s+|in\s+part\s+)?by\s+(?:the\s+)?$/i;
const passiveLead = /\b(?:is|was|were|are|be|been|being|get|gets|got|getting)\s+(?:[\p{L}-]+\s+){0,2}$/iu;

// "went missing", "given the tempo", "paid a heavy price", "delay is paid for in lives": a word of giving or paying in
// a set phrase of comment moves nothing (transfer-cues.json idioms). Sticky, so the phrase starts at the word; its
// look-behinds read the sentence before it.
const idioms = compiledNow(new RegExp(`(?:${(transferData.idioms as string[]).join("|")})`, "iyu"));
function inIdiom(text: string, start: number): boolean {
  idioms.lastIndex = start;
  return idioms.test(text);
}

// "provided no details", "the figure Washington gave", "the estimate the Pentagon provided": what a source tells
// is given there, not goods. The object is a word for information (src/knowledge/candidates.json) right after the
// verb, or before it with only the teller's name between (capitalised words, so "figures show Russia sent" stays).
const informationWords = candidateData.informationNouns.join("|");
// (The words between are the object's own, "the most detailed public tally": no joining word or preposition, which
// would open another thing or phrase, "weapons and satellite data".)
export const informationObjectAfter = new RegExp(`^\\s+(?:(?!(?:and|or|with|to|for|from|by|in|on|as|plus)\\s)[\\p{L}’'-]+\\s+){0,${candidateData.informationReach - 1}}(?:${informationWords})\\b`, "iu");
const informationObjectBefore = new RegExp(`\\b(?:${informationWords})\\s+(?:the\\s+)?(?:\\p{Lu}[\\p{L}.’'-]*\\s+){1,3}(?:had\\s+|has\\s+|have\\s+)?$`, "u");
// In "the figure Washington gave in May" the verb's object is the noun before it: nothing but a preposition, a
// time word or the clause's end follows. In "evidence Russia had delivered jets" it has its own object.
const noObjectAfter = /^(?:\s*[,.;:!?)\u2014\u2013]|\s*$|\s+(?:in|on|at|to|for|during|after|before|earlier|last|previously|recently|this|yesterday|today|when|as|and|but)\b)/iu;
// "gave Poland permission to re-export its tanks": leave granted, not goods.
const permissionObjectAfter = new RegExp(`^\\s+(?:[\\p{L}’'-]+\\s+){0,2}(?:${(transferData.permissionNouns as string[]).join("|")})\\b`, "iu");
// "gave partner countries permission to re-export": the act permitted to holders named by no state is no transfer told.
const permittedAct = new RegExp(`\\b(?:${(transferData.grantVerbs as string[]).join("|")})\\s+(?:[\\p{Ll}’'-]+\\s+){1,3}(?:${(transferData.permissionNouns as string[]).join("|")})\\s+to\\s+$`, "u");
// "suspended arms export licences to Israel": the trade word is the first half of the permit's name, so the permit's
// "to" leads to the goods' receiver, not to a deed allowed.
const permitModifier = new RegExp(`^(?:${(transferData.permitModifiers as string[]).join("|")})$`, "iu");
const permitRightAfter = new RegExp(`^\\s+(?:${(transferData.permissionNouns as string[]).join("|")})\\b`, "iu");
function givesInformation(text: string, start: number, end: number, role: Role): boolean {
  if (role !== "give" && role !== "get") return false;
  if (permittedAct.test(text.slice(Math.max(0, start - 80), start))) return true;
  if (informationObjectAfter.test(text.slice(end, end + 80))) return true;
  const after = text.slice(end, end + 80);
  if (role === "give" && permissionObjectAfter.test(after) && !(permitModifier.test(text.slice(start, end)) && permitRightAfter.test(after))) return true;
  return informationObjectBefore.test(text.slice(Math.max(0, start - 80), start)) && noObjectAfter.test(text.slice(end, end + 40));
}

// The word before the hyphen starts where a word starts (the lookbehind): without it a long run of letters is
// tried from each of its letters, and one 4,000-letter "word" took seconds.
const compoundGive = new RegExp(`(?<!\\p{L})(\\p{L}+)-(${(transferData.compoundGive as string[]).join("|")})\\b`, "giu");

// (The tests of resolveDirection stand at module level, not as closures in it: tsx names a closure on each call.)

/** Whether a span stands outside the words "in return for ..." that describe the other way. */
const outsideOf = (reversed: Span | null, m: { start: number; end: number }) => !reversed || m.end <= reversed.start || m.start >= reversed.end;

/**
 * Verbs that move things first, then nouns, then "used"/"fired". A noun of one who gives, "the top suppliers", weighs
 * after the nouns of what moves ("supplies to India"); a word inside a relative aside about the subject ("Spain and
 * Italy, which paid for the repairs, have sent ...") or in an infinitive that names the subject by its aim ("the effort
 * to buy shells abroad sent ...") weighs last.
 */
const triggerWeight = (syntax: SentenceSyntax | null, t: Trigger) => (syntax && !syntax.empty && (syntax.inRelativeAside(t) || syntax.inSubjectInfinitive(t)) ? 3 : 0) + (t.role === "give" || t.role === "get" || t.role === "pay" ? 0 : t.role === "use" ? 2 : agentNoun.test(t.text) ? 1.5 : 1);

/** "excluding support for", "the supply of": a verb's form used as a noun is weighed as a noun. */
const asNounOf = (syntax: SentenceSyntax | null, t: Trigger): Trigger => (syntax && !syntax.empty && (t.role === "give" || t.role === "get") && syntax.isNoun(t) ? { ...t, role: t.role === "give" ? "giveNoun" : "getNoun" } : t);

/**
 * "loaded onto a Russian ship": a vessel, not a shipping ("placed orders for Iranian drones": the noun "orders" before
 * "for"/"of" is itself a word of buying, transfer-cues.json).
 */
const vesselOf = (text: string, syntax: SentenceSyntax | null, t: Trigger) => verbOnly.test(t.text) && !!syntax && !syntax.empty && syntax.isNoun(t) && !(/^orders$/i.test(t.text) && /^\s+(?:for|of)\s/i.test(text.slice(t.end, t.end + 6)));

/**
 * "still flies F-14s bought before 1979": a participle that describes the object of another verb, where neither that
 * object nor the participle's own complements name a state, tells of the object's past, no transfer of the clause.
 * "the 18 tanks promised by the Polish government": a participle with a named agent after "by" tells who acts.
 */
function describesPast(text: string, parties: readonly Party[], syntax: SentenceSyntax | null, t: Trigger): boolean {
  if (/^\s+by\s+(?:the\s+)?\p{Lu}/u.test(text.slice(t.end, t.end + 12))) return false;
  const reach = syntax && !syntax.empty && (t.role === "give" || t.role === "get") ? syntax.argumentsOf(t, t.role)?.reach : undefined;
  return !!reach && !parties.some((p) => p.span.start >= reach.start && p.span.end <= reach.end);
}

/**
 * "the dispatch of troops in the war": a word of presence with no state after it yields to the clause's other transfer
 * words.
 */
const placelessOf = (text: string, parties: readonly Party[], t: Trigger) => /\bin$/i.test(t.text) && !parties.some((p) => p.span.start >= t.end && /^\s*(?:the\s+)?$/i.test(text.slice(t.end, p.span.start)));

/** The 40 characters of the clause before `at`. */
const textBefore = (text: string, clause: Span, at: number) => text.slice(Math.max(clause.start, at - 40), at);

/** The preposition before a party ("on Kyiv's behalf", "on behalf of Ukraine" count as "for"). */
const prepOfParty = (text: string, clause: Span, p: Party) => (onBehalfOf(text, p) ? "for" : (prepositionBefore.exec(textBefore(text, clause, p.span.start))?.[1]?.toLowerCase() ?? null));

/** "stationed on Belarusian soil": the state whose ground the goods are placed on. */
const onGroundOf = (text: string, clause: Span, p: Party) => soilFrameBefore.test(textBefore(text, clause, p.span.start)) && soilNounAfter.test(text.slice(p.span.end, p.span.end + 16));

/**
 * "fired at Ukraine", "used against Ukraine", "attacks on Kyiv": a target, not a party to the transfer ("jets arrived
 * at Gomel": where a thing arrives at is its receiver's place, no target).
 */
const targetOf = (text: string, clause: Span, useClause: boolean, p: Party) => (["against", "at", "on"].includes(prepOfParty(text, clause, p) ?? "") && !arrivedAt.test(textBefore(text, clause, p.span.start)) && !onGroundOf(text, clause, p)) || (prepOfParty(text, clause, p) === "in" && (useClause || /\b(?:fired|used|launched|deployed against|struck)\s+(?:\S+\s+){0,2}in\s+(?:the\s+)?$/i.test(textBefore(text, clause, p.span.start))));

/**
 * "shipped to Russia through Armenia", "ferried in via Polish ports": a state the goods only pass through is their
 * route; "through the Czech initiative" names the giver.
 */
const transitOf = (text: string, clause: Span, p: Party) => transitBefore.test(textBefore(text, clause, p.span.start)) && (p.form !== "adjective" || routeNounAfter.test(text.slice(p.span.end, p.span.end + 30)));

/**
 * Orders the parties of a clause around its transfer word: "from A to B"; "A supplied B with",
 * "A sent ... to B", "sent by A"; "B bought ... from A"; "B fired A-made missiles"; "A's aid to B";
 * and, where the words say no more, the order in which two states are named.
 */
export function resolveDirection(text: string, clause: Span, parties: readonly Party[], items: readonly { span: Span }[], reversed: Span | null = null, speakerState: string | null = null, found: readonly Trigger[] = findTriggers(text.slice(clause.start, clause.end), clause.start), syntax: SentenceSyntax | null = null, everyParty: readonly Party[] = parties): Direction {
  const local = text.slice(clause.start, clause.end);
  // The clause's transfer words, outside "in return for ..." (which describes the other way), with no vessel and no
  // participle of the object's past, verbs first (triggerWeight); words of presence with no state after them yield.
  // (Arrays here are filled by `push`, not chained `filter` and `map`: those hand on arrays of changing elements kinds,
  // and the optimised code of this function was thrown away again and again at the look-up of the next method.)
  const sorted: Trigger[] = [];
  for (const t of found) if (outsideOf(reversed, t) && !vesselOf(text, syntax, t) && !describesPast(text, parties, syntax, t)) sorted.push(asNounOf(syntax, t));
  // ("the ten tanks it promised are now in Ukraine": a verb that closes a relative clause on the goods weighs last.)
  // (Each trigger's weight is found once, before the sort, not at each comparison.)
  const weights = new Map<Trigger, number>();
  for (const t of sorted) weights.set(t, triggerWeight(syntax, t) + (sorted.some((p) => closesRelative(text, t, p)) ? 3 : 0));
  sorted.sort((a, b) => weights.get(a)! - weights.get(b)! || a.start - b.start);
  const triggers = withoutPresence(text, sorted.some((t) => !placelessOf(text, parties, t)) ? sorted.filter((t) => !placelessOf(text, parties, t)) : sorted);
  // The clause's parties, neither targets nor route. Where the sentence is tagged, its phrases have already dropped
  // attackers and targets (parties.ts); the character windows of targetOf and transitOf stay for untagged text.
  const useClause = triggers.length > 0 && triggers.every((t) => t.role === "use");
  const inClause = parties.filter((p) => p.span.start >= clause.start && p.span.end <= clause.end).filter((p) => outsideOf(reversed, p.span) && (syntax && !syntax.empty ? true : !hostile(text, p)) && !targetOf(text, clause, useClause, p) && !transitOf(text, clause, p));
  const states = new Set(inClause.map((p) => p.state));

  let supplier: string | null = null;
  let recipient: string | null = null;
  // (Each party's preposition read once: the giver and the receiver are looked for over the same parties.)
  const prepositions = new Map<Party, "from" | "to" | null>();
  const prepositionOf = (p: Party) => {
    let found = prepositions.get(p);
    if (found === undefined) prepositions.set(p, (found = nearestPreposition(text, clause.start, p, inClause, syntax)));
    return found;
  };
  const fromParty = inClause.find((p) => prepositionOf(p) === "from" && !onBehalfOf(text, p));
  const toParty = inClause.find((p) => prepositionOf(p) === "to" && p.state !== fromParty?.state);
  if (fromParty) supplier = fromParty.state;
  if (toParty) recipient = toParty.state;

  const first = triggers[0] ?? null;
  // "with Russian support", "its support": a verb form used as a noun.
  const nounLike = first && first.role === "give" && (/\b(?:a|an|the|its|their|his|her|with|of|for|military|logistical|technical|technological|financial|economic)\s+$/i.test(textBefore(text, clause, first.start)) || inClause.some((p) => p.span.end <= first.start && first.start - p.span.end <= 3 && p.form === "adjective"));
  // "got 200,000 shells to Ukraine": getting goods to a state is bringing them there; the subject gives.
  const bringsTo = !!first && first.role === "get" && getTo.test(first.text) && !!toParty && !fromParty && toParty.span.start >= first.end;
  const trigger: Trigger | null = first && nounLike ? { ...first, role: "giveNoun" } : first && bringsTo ? { ...first, role: "give" } : first;
  // The phrase structure, where the sentence was tagged, names giver and receiver before any window does:
  // passives ("was provided with ... by"), "bought from", "pays Iran for", relative clauses and asides.
  const args = trigger && syntax ? syntax.argumentsOf(trigger, trigger.role) : null;
  let coSuppliers: string[] = [];
  let coRecipients: string[] = [];
  let argReceiver: string | null = null;
  let giverNamed = false;
  let paidForReceiver = false;
  let boughtAndHanded = false;
  let ownSide = false;
  const users: string[] = [];
  if (args) {
    const pick = (spans: readonly Span[]) => {
      for (const s of spans) {
        // ("bought from a producer on Kyiv's behalf": the one the goods are for stands in the seller's phrase, no seller.)
        const inside = inClause.filter((p) => p.span.start >= s.start && p.span.end <= s.end && !onBehalfOf(text, p));
        if (inside.length) return inside[inside.length - 1].state;
      }
      return null;
    };
    let giver = pick(args.giver);
    let receiver = pick(args.receiver);
    // "Jets meant to renew Egypt's fleet were shipped to Egypt": a possessor inside what describes the goods
    // is no giver to itself; the receiver after "to" stands.
    if (giver && giver === toParty?.state && inClause.some((p) => p.state === giver && p !== toParty && p.span.end <= trigger.start && /^['’]s?\s/.test(text.slice(p.span.end, p.span.end + 3)))) giver = null;
    // "Russian ships carried the shells from Rason to Vostochny": the carrier's state moves the goods; where they
    // left from gives.
    const carrierState = giver && fromParty && fromParty.state !== giver && inClause.some((p) => p.state === giver && p.span.end <= trigger.start && carrierAfter.test(text.slice(p.span.end, trigger.start))) ? giver : null;
    if (carrierState) giver = null;
    // "Chilean ships are carrying Peruvian-made rifles to Chilean troops": the mover brings goods to its own side.
    ownSide = !!giver && giver === receiver;
    // "missiles, delivered as part of America's assistance to Ukraine": the clause's other transfer words
    // may name the party the first leaves open.
    for (const other of triggers) {
      if (other === first || syntax!.inRelativeAside(other)) continue;
      const more = syntax!.argumentsOf(other, asNounOf(syntax, other).role);
      if (!more) continue;
      // "bought six helicopters, a type made famous by its use by Indian pilots": who uses the goods
      // elsewhere in the sentence is not, by the order of naming, the other party.
      if (other.role === "use") for (const r of more.receiver) {
        const u = pick([r]);
        if (u) users.push(u);
      }
      if (giver && receiver) continue;
      const g = pick(more.giver);
      const r = pick(more.receiver);
      if (!giver && g && g !== receiver) giver = g;
      if (!receiver && r && r !== giver) receiver = r;
    }
    const givers = new Set<string>();
    for (const g of args.giver) {
      const state = pick([g]);
      if (state && state !== giver && state !== receiver && state !== carrierState) givers.add(state);
    }
    coSuppliers = [...givers];
    // "Turkey sold drones to Ethiopia, Niger and Chad": each receiver of a coordination the phrase names gets the goods.
    // (Only a coordination of receivers side by side: "Denmark pledged 19 of the jets, the Netherlands 24 and Norway six" gaps a verb.)
    const side = [...args.receiver].sort((a, b) => a.start - b.start);
    const listed = side.every((r, k) => k === 0 || /^\s*(?:,\s*(?:and\s+|or\s+)?|(?:and|or)\s+)(?:to\s+)?$/.test(text.slice(side[k - 1].end, r.start)));
    const receivers = new Set<string>();
    if (listed) for (const r of side) {
      const state = pick([r]);
      if (state && state !== giver && state !== receiver && !coSuppliers.includes(state)) receivers.add(state);
    }
    coRecipients = [...receivers];
    argReceiver = receiver;
    giverNamed = !giver && !!args.accused;
    // ("won an order from Poland": the phrase that names the buyer after "from" outweighs the window.)
    if (receiver && !giver && receiver === fromParty?.state && receiver === supplier) supplier = null;
    if (giver) supplier = giver;
    if (receiver && receiver !== supplier) recipient = receiver;
    if (supplier && supplier === recipient) recipient = null;
  }
  if (trigger) {
    const pre = inClause.filter((p) => p.span.end <= trigger.start && !["from", "to", "into", "for", "against", "in", "with", "on", "at", "between"].includes(prepOfParty(text, clause, p) ?? ""));
    // "Pyongyang says it never sold arms": "it" is the state that speaks.
    // "Beijing denied supplying weapons": the speaker is the one who did or did not do it.
    const lead = text.slice(Math.max(clause.start, trigger.start - 30), trigger.start);
    // "Chile confirmed an order for twelve jets": the state that makes its own order known is its buyer.
    const ownOrder = trigger.role === "getNoun" && speakerBuyerLead.test(lead);
    const pronoun = speakerState && (selfLead.test(lead) || ownOrder || /\b(?:denied|denies|deny|admitted|admits|confirmed|confirms|acknowledged)\s+(?:ever\s+|having\s+)?$/i.test(lead)) && !pre.some((p) => trigger.start - p.span.end < 30);
    const subject: Party | null = pronoun ? { span: { start: trigger.start, end: trigger.start }, state: speakerState, form: "name" } : (pre[pre.length - 1] ?? null);
    const post = inClause.filter((p) => p.span.start >= trigger.end);
    // ("jets promised by Denmark, Norway and Belgium have reached Ukraine": a further giver of the list is no object.)
    const object = post.find((p) => (!prepOfParty(text, clause, p) || prepOfParty(text, clause, p) === "with") && !coSuppliers.includes(p.state)) ?? null;
    // "aid to Israel, sparked by the Hamas assault": a "by" after another verb names that verb's agent.
    const agent = post.find((p) => prepOfParty(text, clause, p) === "by" && !(syntax && !syntax.empty && syntax.verbBetween(trigger.end, p.span.start))) ?? null;
    const forParty = post.find((p) => prepOfParty(text, clause, p) === "for") ?? null;
    const paidForParty = post.find((p) => prepOfParty(text, clause, p) === "for" && p.form !== "adjective") ?? null;
    const origin = originOfItems(text, inClause, items, trigger.end);
    // The receiver named by "to" or by the phrase structure, before any window guesses one.
    const namedReceiver = recipient;
    switch (trigger.role) {
      case "giveNoun": {
        // "Russian support", "Russia's assistance to": the state right before the noun gives.
        const own = pre.length && trigger.start - pre[pre.length - 1].span.end <= 25 && /^[\s\p{L}’'-]*$/u.test(text.slice(pre[pre.length - 1].span.end, trigger.start)) ? pre[pre.length - 1] : null;
        const adj = inClause.find((p) => p.span.end <= trigger.start && trigger.start - p.span.end <= 25 && /^[\s\p{L}’'-]*$/u.test(text.slice(p.span.end, trigger.start)));
        // ("the dispatch of North Korean troops": the origin of what the noun moves gives, before the clause's subject.)
        // (Not where a verb of blame named the giver: "accused the firms of transporting".)
        supplier ??= agent?.state ?? (giverNamed ? null : (own?.state ?? adj?.state ?? (recipient !== origin ? origin : null) ?? subject?.state ?? null));
        recipient ??= forParty?.state ?? null;
        // "Ukraine's first delivery of Swedish howitzers": the possessor of foreign goods receives them (claims/party-frames.ts).
        if (!namedReceiver && !toParty) [supplier, recipient] = ownerOfForeignGoods(text, trigger, pre, origin, supplier, recipient);
        break;
      }
      case "give":
        // "US forces seized a dhow carrying Iranian drones to the Houthis": a conveyance carries; the origin of what it carries gives.
        if (supplier === null && origin && origin !== namedReceiver && /^carr/i.test(trigger.text)) supplier = origin;
        // (The receiver the phrase structure named is not also the giver: "radars requested by Moldova will be sent".)
        // (Nor is a state before a giver the phrase structure named: "Sweden accused the firms of shipping".)
        supplier ??= agent?.state ?? (subject && subject.state !== namedReceiver && !giverNamed ? subject.state : null);
        // "looked abroad for shells to supply its army": the giver's own body receives, no other state.
        if (!namedReceiver && !toParty && !object && ownReceiver(text, trigger)) return { supplier: null, recipient: null, trigger: null, role: null };
        // "North Korean troops are in Russia": where they are is where they went.
        if (/\bin$/i.test(trigger.text)) {
          const where = post[0] && /^\s*(?:the\s+)?$/i.test(text.slice(trigger.end, post[0].span.start)) ? post[0] : null;
          // "soldiers in the Kursk region": no state named where they are, no transfer told.
          if (!where) return { supplier: null, recipient: null, trigger: null, role: null };
          recipient ??= where.state;
        }
        // ("Iskander launchers supplied by Russia were stationed on Belarusian soil": the state whose ground the goods are placed on gets them.)
        recipient ??= object?.state ?? forParty?.state ?? post.find((p) => onGroundOf(text, clause, p))?.state ?? null;
        // "Russia is shipping North Korean munitions": with no receiver named, the goods' origin gives and the mover gets.
        if (origin && supplier && origin !== supplier && (!toParty || (ownSide && toParty.state === supplier)) && (/deploy|us|fir/i.test(trigger.text) || ownSide || (!namedReceiver && object?.state === origin && recipient === origin))) {
          recipient = supplier;
          supplier = origin;
        }
        break;
      case "get":
      case "getNoun": {
        recipient ??= subject?.state ?? null;
        // "Russian oil made up 2% of India's imports": with no origin after the noun of getting, the goods' origin before it.
        const before = trigger.role === "getNoun" && !origin ? originOfItems(text, inClause, items, clause.start) : null;
        supplier ??= origin ?? (before !== recipient ? before : null);
        break;
      }
      case "use": {
        // "North Korean shells make up much of what Russia fires": the origin may stand before the verb.
        const anyOrigin = origin ?? originOfItems(text, inClause, items, clause.start);
        // "drones were fired ... by Russian forces": the agent of a passive is the user.
        const user = agent ?? (anyOrigin !== subject?.state ? subject : null);
        if (anyOrigin && user && anyOrigin !== user.state) {
          supplier ??= anyOrigin;
          recipient ??= user.state;
        }
        // "Forty North Korean missiles have been fired at Ukraine": with no user named, the one side of a war (times.json
        // events) whose other side the goods were fired at used them.
        if (anyOrigin && !user && !agent) {
          const target = everyParty.find((p) => p.span.start >= trigger.end && p.span.end <= clause.end && ["at", "against"].includes(prepOfParty(text, clause, p) ?? ""));
          const foe = target ? warFoeOf(target.state) : null;
          if (foe && foe !== anyOrigin) {
            supplier ??= anyOrigin;
            recipient ??= foe;
          }
        }
        break;
      }
      case "pay": {
        // "Paid for by Norway, the shells reached Ukraine": the payer named after "for by" buys the goods for the other
        // state the clause names, and gives them to it (a state they came from leaves the payer the buyer).
        const payee = agent && !fromParty && paidForBy.test(text.slice(trigger.end, agent.span.start)) ? inClause.find((p) => p.state !== agent.state) : undefined;
        if (agent && payee) {
          supplier ??= agent.state;
          recipient ??= payee.state;
          break;
        }
        // "A was paid in grain": the one paid is who gave the goods paid for (the payment, after "in", goes back to it).
        if (paidPassive.test(trigger.text) && passiveLead.test(textBefore(text, clause, trigger.start))) {
          supplier ??= subject?.state ?? null;
          recipient ??= agent?.state ?? null;
          break;
        }
        // "Germany will pay for the weapons reaching Ukraine": a state the goods paid for reach is the one they are for,
        // no payee; the payer gives them (a state they came from leaves the payer the buyer).
        const reached = subject && !fromParty ? post.find((p) => p.state !== subject.state && reachedAfterPaidFor.test(text.slice(trigger.end, p.span.start))) : undefined;
        if (subject && reached) {
          supplier = subject.state;
          recipient = reached.state;
          break;
        }
        // "A paid B for X": X moves from B to A.
        supplier ??= object?.state ?? null;
        recipient ??= subject?.state ?? null;
        break;
      }
    }
    // "flights to Chad carrying rifles for the RSF": where the carrier went is a route; the goods are for the one after "for".
    const carrier = toParty ? triggers.find((t) => /^carr/i.test(t.text) && t.start >= toParty.span.end) : undefined;
    const goodsFor = carrier && inClause.find((p) => p.span.start >= carrier.end && prepOfParty(text, clause, p) === "for");
    if (toParty && goodsFor && recipient === toParty.state && goodsFor.state !== supplier) recipient = goodsFor.state;
    // "Germany will finance the shells for Ukraine", "Prague bought rounds for Kyiv": who pays or buys for another gives to it.
    // (The government that announces it may be the buyer the sentence names only as its speaker.)
    const buyer = subject?.state ?? (trigger.role === "give" ? supplier : null) ?? (pre.length === 0 ? speakerState : null);
    if (forParty && buyer && buyer !== forParty.state && !fromParty && (trigger.role === "give" || trigger.role === "get") && (forBeneficiary.test(trigger.text) || buysWith(text, trigger, triggers, forParty))) {
      supplier = buyer;
      recipient = forParty.state;
      // ("Oslo will buy American rockets for Kyiv": the goods' maker is no giver to the one they are bought for.)
      boughtAndHanded = true;
      // "Denmark and Sweden bought howitzers for Ukraine": each buyer of the coordinated subject gives.
      // ("Denmark and Sweden will finance shells for Ukraine": so does each payer of a coordinated subject.)
      if (args) coSuppliers = [...new Set([...coSuppliers, ...(trigger.role === "get" ? args.receiver : args.giver).flatMap((r) => inClause.filter((p) => p.span.start >= r.start && p.span.end <= r.end).map((p) => p.state))])].filter((s) => s !== buyer && s !== forParty.state);
    } else if (buyer && handedOn(text, trigger, triggers, toParty, buyer)) {
      // "Spain will buy radars from Israel and hand them to Ukraine": who buys abroad and hands the same goods on
      // gives them; the seller is no party to the flow told (SCHEMA.md, several givers).
      supplier = buyer;
      recipient = toParty!.state;
      coSuppliers = [];
      coRecipients = [];
      boughtAndHanded = true;
    } else if (forParty && !buyer && supplier === forParty.state && !(fromParty && fromParty.span.start >= trigger.end) && trigger.role === "get" && forBeneficiary.test(trigger.text) && forParty.form !== "adjective") {
      // "funds to buy Ukrainian-made howitzers for Ukraine's army": a buyer the clause leaves unnamed buys for the
      // one after "for", who receives; the maker of the goods is no giver to it, and the giver is left to the flow before.
      recipient = forParty.state;
      supplier = null;
    } else if (trigger.role === "pay" && /^pa/i.test(trigger.text) && !object && !fromParty && !toParty && recipient && madeInParty(text, post, trigger, items, recipient)) {
      // "Germany is paying five billion euros for missiles to be built inside Ukraine": a payer that names no payee
      // buys goods made inside another state for that state, and gives them to it; the maker is no giver to the payer.
      supplier = recipient;
      recipient = madeInParty(text, post, trigger, items, recipient)!.state;
      paidForReceiver = true;
    } else if (paidForParty && trigger.role === "pay" && /^pa/i.test(trigger.text) && !object && !fromParty && recipient && recipient !== paidForParty.state && paidFor.test(text.slice(trigger.end, paidForParty.span.start)) && items.some((i) => i.span.start >= trigger.end && i.span.end <= paidForParty.span.start)) {
      // "Spain, Italy and Greece paid for a package of American arms for Ukraine": a payer that names no payee buys the
      // goods for the state after the second "for", and gives them to it, as one who buys for another does.
      // ("paying for British drones for Ukraine": the maker's adjective right after the first "for" is no party the goods are for.)
      supplier = recipient;
      recipient = paidForParty.state;
      boughtAndHanded = true;
      coSuppliers = coRecipients.filter((s) => s !== recipient);
      coRecipients = [];
    }
  }
  // No transfer word, but a destination and one other state ("containers of North Korean arms have gone to Russia").
  if (!trigger && (supplier || recipient) && states.size === 2) {
    const other = [...states].find((x) => x !== (supplier ?? recipient));
    if (other) supplier ? (recipient ??= other) : (supplier ??= other);
  }
  // (A user the phrase names, with no origin of what it uses, received nothing from the other state named:
  // "crews trained in Iran on how to use the systems".)
  // (Further givers the phrase names, "followed by Peru", are not the other party.)
  // (Nor, for a noun of one who gives, a state named only after it: "Pyongyang as a supplier with a voice in
  // Moscow" names no receiver; "Kenya turned away from Russia as a supplier" does, before it.)
  const agentOnly = !!trigger && agentNoun.test(trigger.text);
  const rest = [...states].filter((s) => !coSuppliers.includes(s) && !(users.includes(s) && s !== supplier && s !== recipient) && !(agentOnly && s !== supplier && s !== recipient && !inClause.some((p) => p.state === s && p.span.end <= trigger!.start)));
  if (trigger && (!supplier || !recipient) && rest.length === 2 && !(trigger.role === "use" && args) && !(giverNamed && !supplier)) {
    const [first, second] = rest;
    const getLike = trigger.role === "get" || trigger.role === "getNoun" || trigger.role === "use";
    if (!supplier && !recipient) [supplier, recipient] = getLike ? [second, first] : [first, second];
    else if (!supplier) supplier = recipient === first ? second : first;
    else recipient = supplier === first ? second : first;
  }
  // "the first rifles bought by Spain have reached Chile", "tanks ordered through the Polish agency landed in Peru": a
  // participle in the subject tells who bought or sent the goods, not where they went; the clause's verb of arriving
  // names the receiver, and the state the participle names (not a seller after "from") gives.
  const reached = trigger && (trigger.role === "give" || trigger.role === "get") && syntax && !syntax.empty ? syntax.placeReachedBySubject(trigger) : null;
  const arrivedIn = reached ? inClause.find((p) => p.span.start >= reached.start && p.span.end <= reached.end) : undefined;
  const buyer = arrivedIn ? inClause.filter((p) => p.state !== arrivedIn.state && p.span.start >= trigger!.end && p.span.end <= reached!.start && prepOfParty(text, clause, p) !== "from").pop() : undefined;
  if (arrivedIn && buyer) [supplier, recipient, coSuppliers, coRecipients] = [buyer.state, arrivedIn.state, [], []];
  [supplier, recipient] = carrierFlagReceives(text, trigger, inClause, toParty, fromParty, supplier, recipient);
  if (supplier && supplier === recipient) recipient = null;
  return { supplier, recipient, trigger: trigger ? { start: trigger.start, end: trigger.end } : null, role: trigger?.role ?? null, coSuppliers: coSuppliers.filter((s) => s !== supplier && s !== recipient), coRecipients: coRecipients.filter((s) => s !== supplier && s !== recipient && argReceiver === recipient), giverNamed: giverNamed && !supplier, ...(paidForReceiver ? { paidForReceiver } : {}), ...(boughtAndHanded ? { handedOn: true } : {}) };
}

/** "crossed into", "headed for": a verb of giving whose subject is the goods (transfer-cues.json selfMoving). */
const selfMoving = new RegExp(`^(?:${(transferData.selfMoving as string[]).join("|")})$`, "i");
/**
 * Whether a transfer word is a verb whose subject is the goods, seen moving ("crossed into", "headed for"): a speaker
 * who only says so ("Washington said 900 containers crossed into Russia") tells the move, and does not make it.
 */
export function movesByItself(word: string | null): boolean {
  return !!word && selfMoving.test(word);
}

/**
 * "it has sent", "they had", "his country had given", "it, too, would give": the speaker's own state named by a
 * pronoun right before the transfer word (speech.json).
 */
const selfLead = new RegExp(`\\b(?:${[...speechData.selfPronouns, ...speechData.selfStates].join("|")})(?:,\\s*(?:${speechData.selfPronounAsides.join("|")}),)?\\s+(?:\\w+\\s+){0,3}$`, "i");
/** The preposition right before a party, over an article and a word for a part of it ("to eastern Chad"). */
const prepositionBefore = new RegExp(`\\b(from|to|into|for|by|with|of|in|against|on|at|between|and)\\s+(?:the\\s+|its\\s+|their\\s+|a\\s+|an\\s+)?(?:(?:${(transferData.partOfPlace as string[]).join("|")})\\s+)?$`, "i");
// "Russian ships", "Chinese-flagged freighters", "Iran's cargo planes": a state right before a noun of what carries goods (transfer-cues.json carrierNouns).
const carrierAfter = new RegExp(`^(?:['’]s)?(?:-flagged|-registered|-owned)?(?:\\s+[\\p{L}-]+)?\\s+(?:${(transferData.carrierNouns as string[]).map((w) => w.replace(/ /g, "\\s+")).join("|")})\\b`, "iu");
const verbOnly = new RegExp(`^(?:${(transferData.verbOnly as string[]).join("|")})$`, "i");
const agentNoun = new RegExp(`^(?:${grammar.agentNouns.join("|")})$`, "i");
const behalfBefore = new RegExp(transferData.behalfBefore, "i");
const behalfAfter = new RegExp(transferData.behalfAfter, "iu");
const behalfOn = new RegExp(transferData.behalfOn, "i");
/** "on Kyiv's behalf", "on behalf of Ukraine": the party is the one the goods are for. */
function onBehalfOf(text: string, p: Party): boolean {
  const lead = text.slice(Math.max(0, p.span.start - 30), p.span.start);
  return behalfBefore.test(lead) || (behalfOn.test(lead) && behalfAfter.test(text.slice(p.span.end, p.span.end + 20)));
}
const madeInBefore = new RegExp(`\\b(?:${transferData.madeInReceiver.participles.join("|")})\\s+(?:${transferData.madeInReceiver.places.join("|")})\\s+(?:the\\s+)?$`, "i");
/**
 * The state goods paid for are made inside ("for missiles to be built inside Ukraine"), named after goods after the
 * verb of paying, other than the payer.
 */
function madeInParty(text: string, post: readonly Party[], trigger: Span, items: readonly { span: Span }[], payer: string): Party | null {
  const made = post.find((p) => p.form !== "adjective" && p.state !== payer && madeInBefore.test(text.slice(Math.max(trigger.end, p.span.start - 40), p.span.start)));
  return made && items.some((i) => i.span.start >= trigger.end && i.span.end <= made.span.start) ? made : null;
}
/**
 * "pay for the arms reaching", "paid for shells arriving in": "for" right after the verb of paying, the goods, then a
 * verb of arriving right before the state.
 */
const reachedAfterPaidFor = new RegExp(`^\\s+for\\s[^;:,]{1,70}?\\s(?:${(transferData.reachedReceiver as string[]).join("|")})\\s+(?:the\\s+)?$`, "i");
/**
 * "paid for a $300 million package of arms for": "for" right after the verb of paying, the goods, then "for" right
 * before the one they are for.
 */
const paidFor = /^\s+for\s[^;:]{1,70}?\sfor\s+(?:the\s+)?$/i;
const originTo = new RegExp(transferData.originTo as string, "i");
/**
 * "confirmed an order for", "announced the purchase of": a verb of making known right before a noun of getting
 * (transfer-cues.json speakerBuyerLead).
 */
const speakerBuyerLead = new RegExp(transferData.speakerBuyerLead as string, "i");
const getTo = new RegExp(`^(?:${(transferData.getTo as string[]).join("|")})$`, "i");
/**
 * Whether the verb of buying at `trigger` is joined by "and" to a verb of giving whose object points back to the
 * goods bought ("bought howitzers from Korea and then donated them to Ukraine"), with a receiver other than the buyer
 * named after "to".
 */
function handedOn(text: string, trigger: Trigger, triggers: readonly Trigger[], toParty: Party | undefined, buyer: string): boolean {
  if (trigger.role !== "get" || !forBeneficiary.test(trigger.text) || !toParty || toParty.state === buyer) return false;
  // (The tagger may read "hand" as a noun; a pronoun right after it makes it the verb.)
  return triggers.some((t) => (t.role === "give" || t.role === "giveNoun") && t.start > trigger.end && t.end <= toParty.span.start && handOnLead.test(text.slice(trigger.end, t.start)) && goodsBack.test(text.slice(t.end, t.end + 16)));
}
/**
 * Whether a verb of giving a sum is followed by "to" and a verb of buying before the party after "for" ("pledged
 * $500 million to buy American arms for Ukraine"): the giver of the sum buys the goods for that party.
 */
function buysWith(text: string, trigger: Trigger, triggers: readonly Trigger[], forParty: Party): boolean {
  return trigger.role === "give" && triggers.some((t) => t.start > trigger.end && t.end <= forParty.span.start && forBeneficiary.test(t.text) && purposeTo.test(text.slice(trigger.end, t.start)));
}
/**
 * Between a verb of giving and a verb of buying for a purpose: a short object, then "to". A sum handed to someone
 * first ("gave money to the Czech plan to buy shells") is given to them: no "to" before the purpose's.
 */
const purposeTo = /^(?:(?!\sto\s)[^;:.]){1,60}?\sto\s+$/i;
/** Between a verb of buying and a verb of giving joined to it: its object and where it came from, then "and". */
const handOnLead = /^[^;:.]{1,120}?\sand\s+(?:then\s+|later\s+|to\s+)?$/i;
/** A pronoun for the goods right after the verb of giving ("hand them to", "donate it to"). */
const goodsBack = /^\s+(?:(?:over|on)\s+)?(?:them|it|those|these|all|both)\b/i;
const forBeneficiary = new RegExp(`^(?:${(transferData.forBeneficiary as string[]).join("|")})$`, "i");

const hostileRe = new RegExp(`^[\\s\\p{L}-]{0,20}?\\b(?:${(transferData.hostileNouns as string[]).join("|")})\\b`, "iu");
/** "from Russian air attacks": a state named for what it does to the parties, not as a party. */
function hostile(text: string, p: Party): boolean {
  return !/['’]s$/.test(text.slice(p.span.start, p.span.end + 2)) && hostileRe.test(text.slice(p.span.end, p.span.end + 30));
}

/** "North Korean missiles", "Iranian drones": the state an item's adjective names, after `from`. */
function originOfItems(text: string, parties: readonly Party[], items: readonly { span: Span }[], from: number): string | null {
  for (const item of items) {
    if (item.span.start < from) continue;
    const adj = parties.find((p) => p.span.start >= from && p.span.end <= item.span.start && item.span.start - p.span.end <= 30 && /^[\s\p{L}-]*$/u.test(text.slice(p.span.end, item.span.start)) && (p.form === "adjective" || /['’]s\s*$/.test(text.slice(p.span.start, p.span.end + 3))));
    if (adj) return adj.state;
  }
  return null;
}

/** "from" or "to" where the nearest such word before a party governs it ("from the port of Rason in North Korea"). */
function nearestPreposition(text: string, clauseStart: number, party: Party, parties: readonly Party[], syntax: SentenceSyntax | null = null): "from" | "to" | null {
  const prior = parties.filter((p) => p.span.end <= party.span.start).map((p) => p.span.end);
  const floor = Math.max(clauseStart, ...prior, party.span.start - 80);
  // A comma ends the reach of a preposition; "according to" names a source, not a destination.
  const whole = text.slice(floor, party.span.start);
  const cut = Math.max(whole.lastIndexOf(","), whole.lastIndexOf(";"), whole.lastIndexOf(":")) + 1;
  const window = whole.slice(cut).replace(/\baccording\s+to\b/gi, (w) => " ".repeat(w.length));
  const m = /\b(from|to|into|out\s+of)\b(?![\s\S]*\b(?:from|to|into|out\s+of)\b)([\s\S]*)$/i.exec(window);
  if (!m) return null;
  // ("carried the rounds out of the North", "a freighter out of Iran": the place goods leave is where they come from. Only
  // right before the party: "ran out of shells bought in Germany" is a lack, not a route.)
  if (/^out/i.test(m[1])) return /^\s+(?:(?:the|its|their)\s+)?$/i.test(m[2]) ? "from" : null;
  const words = m[2].split(/\s+/).filter(Boolean);
  if (words.length > 8) return null;
  // "drawn from stocks for Ukraine", "from Iran by sea to": a later preposition governs the party.
  if (/\b(?:for|by|with|against|via)\b/i.test(m[2])) return null;
  // "to supply", "to be": an infinitive, not a destination.
  if (/^to$/i.test(m[1]) && words.length && /^(?:be|supply|send|buy|help|provide|ship|deliver|use|fight|strike|attack|pay|support)$/i.test(words[0])) return null;
  // "meant to bolster Egypt's fleet", "to replace Egypt's jets": where the sentence is tagged, a verb right after "to" makes it an infinitive.
  const after = floor + cut + m.index + m[1].length;
  // ("traced the shells used by Russia to Iran": after a verb of tracing, "to" names where the goods came from; an armed
  // group after it is where they were found, "traced foreign-made rifles to the rebels".)
  if (/^to$/i.test(m[1]) && !party.state.includes("-") && originTo.test(text.slice(Math.max(clauseStart, after - m[1].length - 160), after - m[1].length))) return "from";
  if (/^to$/i.test(m[1]) && words.length && syntax && !syntax.empty && syntax.verbBetween(after, after + 1 + words[0].length + (m[2].length - m[2].trimStart().length))) return null;
  return m[1].toLowerCase() === "from" ? "from" : "to";
}

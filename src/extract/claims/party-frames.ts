import type { ArmsDocument } from "../../core/document.js";
import type { Span } from "../../core/span.js";
import { focusAt } from "../mentions/follow-references.js";
import type { SentenceSyntax } from "../syntax/arguments.js";
import type { Direction, Party, Trigger } from "./direction.js";
import frames from "./party-frames.json" with { type: "json" };
import grammar from "../../knowledge/chunks.json" with { type: "json" };
import speech from "../../knowledge/speech.json" with { type: "json" };
import { allMatches } from "../../core/all-matches.js";

/**
 * Frames that decide which transfer word of a clause orders its parties, beside the weights of
 * direction.ts.
 *
 * Where a body stands ("Russian forces in Ukraine") is a transfer word of presence only where nothing
 * else moves: with a verb that moves goods in the same clause ("are using Iranian drones", "received
 * shells from"), the body is that verb's subject and its place is no receiver.
 *
 *     "Russian troops in Ukraine fired North Korean shells" -> "fired" orders the parties, not "in"
 */
export function withoutPresence<T extends Trigger>(text: string, triggers: readonly T[]): T[] {
  const movers = triggers.filter((t) => !isPresence(t) && verbRoles.has(t.role));
  if (!movers.length) return [...triggers];
  // (Only a verb of the same clause: "troops are in Russia, and Moscow sent oil" tells both.)
  const sameClause = (a: Trigger, b: Trigger) => !clauseBreak.test(text.slice(Math.min(a.end, b.end), Math.max(a.start, b.start)));
  return triggers.filter((t) => !isPresence(t) || !movers.some((m) => !(m.start < t.end && t.start < m.end) && sameClause(t, m) && !closesRelative(text, m, t)));
}

/**
 * Whether the verb that moves goods at `m` ends a relative clause with no "that" on the goods, right before the
 * clause's own word of presence `t` ("the ten tanks it promised are all in Ukrainian hands"): the verb describes
 * the goods; where they are tells where they went.
 */
export function closesRelative(text: string, m: Trigger, t: Trigger): boolean {
  return verbRoles.has(m.role) && isPresence(t) && m.end <= t.start && relativeClose.test(text.slice(m.end, t.end));
}

const wordsOf = (list: readonly string[]) => list.map((w) => w.replace(/ /g, "\\s+")).join("|");
const relativeClose = new RegExp(`^\\s+(?:${wordsOf(frames.relativeClose)})\\s+(?:(?:${wordsOf(frames.relativeCloseAdverbs)})\\s+){0,2}in$`, "i");

const clauseBreak = /[,;:()\u2014\u2013]|\b(?:and|but|while|whereas|after|before|as|when|where|which|who)\b/i;

const verbRoles = new Set<Trigger["role"]>(["give", "get", "use", "pay"]);

/** "troops in", "are now in", "stationed in": a word that tells where a body is. */
function isPresence(t: Trigger): boolean {
  return t.role === "give" && /\bin$/i.test(t.text);
}

/**
 * "North Korea supplied shells for Russia's war", "sent troops to fight for Russia", "machine tools to fuel
 * Moscow's war effort": the syntax drops the owner of a war as an aggressor, and the state fought for as
 * part of a purpose; where the clause's giver has no receiver, the state the goods serve receives them.
 * (Only after "for" or a verb of backing: "supplied Ukraine to repel Russia's invasion" names the attacker.)
 *
 *     "Iran supplied drones for Russia's invasion" -> Iran gives, Russia receives
 */
export function warOwnerReceives(text: string, clause: Span, all: readonly Party[], kept: readonly Party[], syntax: SentenceSyntax, dir: Direction): Direction {
  if (syntax.empty || !dir.supplier || (dir.role !== "give" && dir.role !== "giveNoun")) return dir;
  const trigger = dir.trigger;
  if (!trigger) return dir;
  if (dir.recipient) return foughtForBeforeAside(text, clause, all, kept, syntax, dir, trigger);
  const served = all.filter((p) => p.span.start >= trigger.end && p.span.end <= clause.end && !kept.includes(p) && p.state !== dir.supplier).find((p) => {
    const why = syntax.notAParty(p.span);
    const before = text.slice(Math.max(trigger.end, p.span.start - 40), p.span.start);
    if (why === "purpose" && foughtFor(text, before, p.span)) return true;
    return (why === "aggressor" || why === "purpose") && /^['’]s?\s/.test(text.slice(p.span.end, p.span.end + 3)) && backing.test(before) && warHead.test(text.slice(p.span.end, p.span.end + 40));
  });
  return served ? { ...dir, recipient: served.state } : dir;
}

// "to fight in X" alone is left out on purpose: troops sent "to fight in Ukraine" by Ukraine's enemies serve the other
// side, and the words cannot tell which side the sender is on. "to fight in X's border region" names a part of X's
// own ground, where troops sent in are X's guests.
/**
 * "sent troops to fight in Russia's border region, where Kyiv's forces ...": a receiver named only in a
 * relative aside after the state fought in or for tells where the fight is, not who gets the troops.
 */
function foughtForBeforeAside(text: string, clause: Span, all: readonly Party[], kept: readonly Party[], syntax: SentenceSyntax, dir: Direction, trigger: Span): Direction {
  const served = all.find((p) => p.span.start >= trigger.end && p.span.end <= clause.end && !kept.includes(p) && p.state !== dir.supplier && p.state !== dir.recipient
    && syntax.notAParty(p.span) === "purpose" && foughtFor(text, text.slice(Math.max(trigger.end, p.span.start - 40), p.span.start), p.span));
  if (!served) return dir;
  const receivers = kept.filter((p) => p.state === dir.recipient);
  if (!receivers.length || !receivers.every((p) => p.span.start > served.span.end && relativeOpener.test(text.slice(served.span.end, p.span.start)))) return dir;
  return { ...dir, recipient: served.state };
}

const relativeOpener = /,\s+(?:where|which|who|whose)\s/i;
const fightFor = /\bfight(?:s|ing)?\s+(?:alongside\s+|on\s+behalf\s+of\s+|for\s+)(?:the\s+)?$/i;
const fightIn = /\bfight(?:s|ing)?\s+in\s+(?:the\s+)?$/i;
const possessive = /^['’]s\s/;
/** Troops sent to fight for or alongside a party, or in a region of its own ("in Russia's border region"). */
function foughtFor(text: string, before: string, span: Span): boolean {
  return fightFor.test(before) || (fightIn.test(before) && possessive.test(text.slice(span.end, span.end + 3)));
}
const backing = new RegExp(`(?:\\bfor\\s+(?:use\\s+in\\s+)?|\\b(?:${(frames.backingVerbs as string[]).join("|")})\\s+)(?:the\\s+)?$`, "i");
const warHead = new RegExp(`^['’]s?\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${(frames.warNouns as string[]).join("|")})\\b`, "iu");

/**
 * "Iran has built a drone plant. It sent 1,000 drones to Russia": a pronoun that is the subject of a verb
 * of giving or getting stands for the state in focus (follow-references.ts), as "the country" does. Not
 * where the pronoun is what moved ("It was shipped to Russia"), nor before a verb of using. "We" in words a
 * source says is the state of that source.
 *
 *     "Armenia wants more guns. It ordered howitzers from France." -> "It" = ARM
 */
export function pronounSubjects(doc: ArmsDocument, sentence: Span, triggers: readonly Trigger[], speakerCountry: string | null = null): Party[] {
  const out: Party[] = [];
  for (const t of triggers) {
    if (t.role !== "give" && t.role !== "get" && t.role !== "pay") continue;
    const from = Math.max(sentence.start, t.start - 48);
    const m = pronounBefore.exec(doc.text.slice(from, t.start)) ?? afterFrontedTime(doc, sentence, from, t.start);
    if (!m) continue;
    const between = m[2].trim().toLowerCase().split(/\s+/).filter(Boolean);
    // ("It was delivered", "it has been sold": the pronoun is the goods; "it is sending" is its own act.)
    if (between.some((w) => passiveWords.has(w)) && !/ing$/i.test(t.text)) continue;
    if (!between.every((w) => helperWords.has(w) || /ly$/.test(w))) continue;
    const start = from + m.index + m[0].length - m[1].length - m[2].length;
    const span = { start, end: start + m[1].length };
    if (doc.mentions.some((x) => x.span.start < span.end && span.start < x.span.end) || out.some((p) => p.span.start === span.start)) continue;
    // ("rejected Seoul's claims that it had shipped", "told Kyiv that it would send": who claims or is told is not who acts.)
    // (Nor is a source named after what it says: "Iran's programme grows, Israel says. It sent drones to ...".)
    // ("We have delivered 20,000 shells", the minister said: "we" is the state of the one who speaks.)
    if (/^we$/i.test(m[1])) {
      if (speakerCountry) out.push({ span, state: speakerCountry, form: "alias" });
      continue;
    }
    // (Nor one who speaks at a transcript's label: "Ruiz: Last year it brought us ...".)
    // (Nor the speaker's own state where the speaker's "us" or "we" is in the sentence: "it brought us shells" is another's giving.)
    const own = speakerCountry && /\b(?:us|we|We)\b/.test(doc.text.slice(sentence.start, sentence.end)) ? speakerCountry : null;
    const state = focusAt(doc, span.start, (x) => (x.state ?? x.entity) !== own && !trailingSource(doc.text, x.span) && !(x.kind !== "state" && /^\s*:/.test(doc.text.slice(x.span.end, x.span.end + 3))) && (x.span.start < sentence.start || !(claimant.test(doc.text.slice(x.span.end, x.span.end + 30)) || toldBefore.test(doc.text.slice(Math.max(sentence.start, x.span.start - 12), x.span.start)))));
    if (state) out.push({ span, state, form: "alias" });
  }
  return out;
}

/**
 * "Last year it brought us rounds", "In March it sent drones": a pronoun right after a time phrase that opens
 * the clause (resolve-times.ts), matched as pronounBefore matches.
 */
function afterFrontedTime(doc: ArmsDocument, sentence: Span, from: number, to: number): RegExpExecArray | null {
  const m = bareIt.exec(doc.text.slice(from, to));
  if (!m) return null;
  const at = from + m.index;
  const time = doc.times.find((x) => x.span.end <= at && x.span.start >= sentence.start && /^\s+$/.test(doc.text.slice(x.span.end, at)));
  if (!time || !clauseOpens.test(doc.text.slice(sentence.start, time.span.start))) return null;
  return m;
}
const bareIt = /\b(it|It)\s+((?:[\p{L}’']+\s+){0,3})$/u;
// Before a clause-opening phrase: nothing, a label ("Ruiz:"), or a clause break.
// (The phrase may start at its preposition: "In March it sent ...".)
const clauseOpens = /(?:^|[.;:,“"‘])\s*(?:(?:in|on|by|since|during|over|through|at)\s+)?$/iu;

const pronounBefore = /(?:^|[.;:,“"‘]\s*|\b(?:and|but|that|as|because|after|while|since|where|which|so)\s+)(it|It|we|We)\s+((?:[\p{L}’']+\s+){0,3})$/u;
const claimant = new RegExp(`^(?:['’]s?\\s+(?:[\\p{L}-]+\\s+)?(?:${(frames.claimNouns as string[]).join("|")})|\\s+(?:${(frames.bareClaimNouns as string[]).join("|")}))\\b`, "iu");
const toldBefore = new RegExp(`\\b(?:${(frames.tellVerbs as string[]).join("|")})\\s+(?:the\\s+)?$`, "i");
const speechAfter = new RegExp(`^\\s+(?:[\\p{L}’'-]+\\s+){0,3}?(?:${(grammar.speechVerbs as string[]).join("|")})\\b`, "iu");
/** "..., Israel says.", "..." the Pentagon said": a source named after what it says. */
function trailingSource(text: string, span: Span): boolean {
  return /[,”"]\s*(?:the\s+)?(?:[\p{L}’'-]+\s+){0,2}$/u.test(text.slice(Math.max(0, span.start - 30), span.start)) && speechAfter.test(text.slice(span.end, span.end + 40));
}
const passiveWords = new Set(["is", "was", "are", "were", "be", "been", "being", "get", "got", "gets"]);
const helperWords = new Set([...passiveWords, "has", "have", "had", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "also", "already", "now", "then", "later", "still", "soon", "since", "not", "never", "ever", "even", "once", "too", "again", "to", "just", "further", "first", "reportedly", "allegedly", "recently", "previously"]);

/**
 * "Russia will supply wheat to North Korea, which has sent artillery to Moscow", "Seoul weighs sending arms to
 * Kyiv after Pyongyang deployed troops to Russia": a relative or subordinate clause inside the clause tells a
 * second flow with its own verb; the goods named after that verb move as it says, where its phrase names both
 * parties and they differ from the clause's.
 *
 *     "..., which has sent artillery to Moscow" -> from the offset of "sent": North Korea gives, Russia gets
 */
export function secondFlow(text: string, clause: Span, triggers: readonly Trigger[], parties: readonly Party[], syntax: SentenceSyntax, dir: Direction): { from: number; supplier: string; recipient: string } | null {
  if (syntax.empty || !dir.trigger || !dir.supplier || !dir.recipient) return null;
  const first = dir.trigger;
  for (const t of triggers) {
    if (t.start <= first.end || t.end > clause.end || (t.role !== "give" && t.role !== "get")) continue;
    const lead = subordinate.exec(text.slice(Math.max(first.end, t.start - 60), t.start));
    if (!lead) continue;
    const args = syntax.argumentsOf(t, t.role);
    if (!args) continue;
    const pick = (spans: readonly Span[]) => {
      for (const s of spans) {
        const inside = parties.filter((p) => p.span.start >= s.start && p.span.end <= s.end);
        if (inside.length) return inside[inside.length - 1].state;
      }
      return null;
    };
    // ("Germany gave tanks to Ukraine and Poland gave jets": a coordinated verb that names one party keeps the other.)
    const coordinated = /^and\b/i.test(lead[0].trim());
    const giver = pick(args.giver);
    const receiver = pick(args.receiver);
    const supplier: string | null = giver ?? (coordinated && t.role === "get" && receiver !== dir.supplier ? dir.supplier : null);
    const recipient: string | null = receiver ?? (coordinated && t.role === "give" && giver !== dir.recipient ? dir.recipient : null);
    if (!supplier || !recipient || supplier === recipient || (supplier === dir.supplier && recipient === dir.recipient)) continue;
    return { from: t.start, supplier, recipient };
  }
  return null;
}

// A relative pronoun or a subordinator, then at most a subject and helpers before the verb (no clause break).
const subordinate = /(?:,\s*(?:which|who)|\b(?:after|before|since|because|when|once|as|while|whereas|and))\s+(?:[^\s,.;:]+\s+){0,5}$/i;

/**
 * "Iran sent drones to Russia and missiles to the Houthis": a thing given with a destination of its own
 * right after it goes there, from the clause's giver.
 */
export function itemDestination(text: string, item: Span, clause: Span, parties: readonly Party[], dir: Direction): { supplier: string; recipient: string } | null {
  if (dir.role !== "give" || !dir.supplier || !dir.recipient) return null;
  const p = parties.find((x) => x.span.start >= item.end && x.span.end <= clause.end && x.span.start - item.end <= 16);
  if (!p || p.state === dir.supplier || p.state === dir.recipient || !/^\s+(?:to|into)\s+(?:the\s+)?$/i.test(text.slice(item.end, p.span.start))) return null;
  return { supplier: dir.supplier, recipient: p.state };
}

/**
 * "Russia bought shells from North Korea and drones from Iran": in a clause of getting, a thing with a source
 * of its own right after it ("from Iran") comes from there, to the clause's receiver; the other sources the
 * clause names give it nothing.
 *
 *     "Ukraine received tanks from Poland and jets from Denmark" -> jets: Denmark gives, Ukraine gets
 */
export function itemSource(text: string, item: Span, clause: Span, parties: readonly Party[], dir: Direction): { supplier: string; recipient: string } | null {
  if ((dir.role !== "get" && dir.role !== "getNoun") || !dir.supplier || !dir.recipient) return null;
  const p = parties.find((x) => x.span.start >= item.end && x.span.end <= clause.end && x.span.start - item.end <= 16);
  if (!p || p.state === dir.recipient || !/^\s+from\s+(?:the\s+)?$/i.test(text.slice(item.end, p.span.start))) return null;
  return { supplier: p.state, recipient: dir.recipient };
}

const pledgeOf = new RegExp(`^['’]s?\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${(frames.pledgeNouns as string[]).join("|")})\\s+of\\s+(?:[^\\s.;:'’]+\\s+){0,6}?$`, "iu");

/**
 * "Madrid's pledge follows Lisbon's promise of 220 million euros for Ukraine", "Canberra's latest package of 49
 * tanks": goods (or a sum) named after the "of" of a state's own pledge, package or gift are that state's giving,
 * though the clause's giver is another state told first. Returns the parties of such goods at `span`, else null;
 * not where the possessor receives ("Ukraine's delivery of Swedish jets").
 *
 *     "Spain's pledge follows Italy's promise of ten launchers to Kyiv" -> ten launchers: Italy gives
 */
export function pledgeOwner(text: string, span: Span, clause: Span, parties: readonly Party[], supplier: string, recipient: string): { supplier: string; recipient: string } | null {
  const owner = parties
    .filter((p) => p.span.end <= span.start && p.span.start >= clause.start && span.start - p.span.end <= 100)
    .reverse()
    .find((p) => pledgeOf.test(text.slice(p.span.end, span.start)));
  if (!owner || owner.state === recipient || owner.state === supplier) return null;
  // (The nearest party before the goods is the possessor: a state between them names something else.)
  if (parties.some((p) => p.span.start > owner.span.end && p.span.end <= span.start)) return null;
  return { supplier: owner.state, recipient };
}

/**
 * "Ukraine's first delivery of Swedish howitzers", "India's shipments of Russian oil": the possessor of a noun
 * of giving whose goods another state made, with no receiver named, receives them; their maker gives.
 * ("Russia's deliveries of North Korean shells to the front" names no state after "to": the same.)
 *
 *     "Egypt's delivery of French jets" -> France gives, Egypt receives
 */
export function ownerOfForeignGoods(text: string, trigger: Span, pre: readonly Party[], origin: string | null, supplier: string | null, recipient: string | null): [string | null, string | null] {
  const owner = pre[pre.length - 1];
  if (!owner || recipient || !origin || origin === owner.state || supplier !== owner.state) return [supplier, recipient];
  if (!/^['’]s?\s+(?:[\p{L}-]+\s+){0,2}$/u.test(text.slice(owner.span.end, trigger.start)) || !/^\s+of\s/i.test(text.slice(trigger.end, trigger.end + 5))) return [supplier, recipient];
  return [origin, owner.state];
}

/**
 * "North Korea has deepened its ties with Moscow. More than 10,000 soldiers have been sent to Russia": a
 * passive (or "have gone to") that names only its receiver, with no flow told before in the segment, takes
 * as giver the state the sentence before opens with, as its subject, where that sentence also names the
 * receiver or tells what the giver makes. Not a state that only says or warns
 * ("The United States warned about the trade. Shells were sent to Russia"), nor one after a preposition,
 * nor the receiver itself.
 *
 *     "Iran has expanded its drone output. Hundreds were shipped to Russia." -> Iran gives
 */
export function giverOfSentenceBefore(doc: ArmsDocument, index: number, trigger: Span, recipient: string, producer: string | null): string | null {
  const text = doc.text;
  if (!unnamedGiver(text, trigger)) return null;
  const here = doc.sentences[index];
  const before = doc.sentences[index - 1];
  if (!before || before.segment !== here.segment || before.headline) return null;
  const first = doc.within(doc.mentions, before.span).find((m) => m.kind === "state" || m.kind === "person" || m.kind === "body");
  if (!first || first.kind !== "state" || !first.state) return null;
  const state = first.state;
  if (state === recipient) return null;
  // (The opening subject: at most a few words before it, none a preposition; no verb of saying after it.)
  // ("In 2023 Belarus opened ...", "Last year, Iran ...": a time phrase may come first.)
  const lead = text.slice(before.span.start, first.span.start).replace(leadTime, "");
  if (lead.split(/\s+/).filter(Boolean).length > 4 || leadPreposition.test(lead)) return null;
  if (saysAfter.test(text.slice(first.span.end, Math.min(before.span.end, first.span.end + 60)))) return null;
  // (It is about the two: the sentence before names the receiver too ("ties with Moscow", "Ukraine's backer"),
  // or tells what the giver makes: "Washington is worried about the trade" names no giver.)
  const namesReceiver = doc.within(doc.mentions, before.span).some((m) => m !== first && m.state === recipient);
  return namesReceiver || producer === state ? state : null;
}

/** A passive ("have been sent", "were shipped") or a verb of going ("have gone to"): its giver is left unnamed. */
function unnamedGiver(text: string, trigger: Span): boolean {
  const word = text.slice(trigger.start, trigger.end);
  if (/^(?:gone|went|head(?:ed|ing) (?:to|for)|(?:bound|destined) for|flow(?:ed|ing|s)? (?:to|into))$/i.test(word)) return true;
  return /\b(?:is|are|was|were|be|been|being)\s+(?:[\p{L}]+ly\s+|also\s+|now\s+|already\s+)?$/iu.test(text.slice(Math.max(0, trigger.start - 30), trigger.start)) && /ed$|[nt]$/i.test(word);
}

const leadTime = /^\s*(?:(?:in|by|since|during|on)\s+(?:[\p{L}]+\s+){0,2}\d{4}|(?:last|this|earlier this|later that)\s+(?:year|month|week|spring|summer|autumn|fall|winter))\s*,?\s*/iu;
const leadPreposition = new RegExp(`\\b(?:${["to", "from", "into", "via", "with", "against", "in", "at", "on", "for", "through", "over", "by", "of", "than", "between", "about", "like", "unlike"].join("|")})\\b`, "i");
const saysAfter = new RegExp(`^\\s*(?:['’]s\\s+)?(?:[\\p{L}-]+\\s+){0,3}?(?:${[...(grammar.speechVerbs as string[]), ...speech.saysAfterVerbs].join("|")})\\b`, "iu");

/**
 * "Iran has built a drone plant. Its drones were shipped to Russia", "Hundreds of its shells have gone to
 * Russia": "its" before the goods, in a sentence that names no state before it, is the origin of the goods,
 * the state in focus (follow-references.ts), as an adjective of origin would be ("Iranian drones"). Where a
 * state stands before it in the sentence, "its" is most likely that state's own ("Russia fired its drones").
 *
 *     "North Korea makes shells. Millions of its shells went to Russia." -> "its" = PRK, an origin
 */
export function possessiveOrigins(doc: ArmsDocument, sentence: Span, items: readonly { readonly span: Span }[]): Party[] {
  const out: Party[] = [];
  if (!items.length) return out;
  const local = doc.text.slice(sentence.start, sentence.end);
  for (const m of allMatches(possessiveBefore, local)) {
    const start = sentence.start + m.index!;
    const span = { start, end: start + 3 };
    const after = start + m[0].length;
    if (!items.some((i) => i.span.start === after)) continue;
    if (doc.mentions.some((x) => (x.kind === "state" || x.state) && x.span.start >= sentence.start && x.span.end <= start)) continue;
    const state = focusAt(doc, start, (x) => x.kind === "state" && x.span.start < sentence.start);
    if (state) out.push({ span, state, form: "adjective" });
  }
  return out;
}

const possessiveBefore = /\b[Ii]ts\s+(?:own\s+)?/g;

/**
 * "India and France signed a deal for the purchase of 26 jets for the Indian Navy": two states joined by
 * "and" before a verb of signing are the two sides of the deal; the one the goods are for ("for the Indian
 * Navy", "for Brazil's air force") buys them and the other sells, whatever order the pair is named in.
 *
 *     "Brazil and Sweden signed a contract for 36 jets for Brazil's air force" -> Sweden gives, Brazil receives
 */
export function jointSigners(text: string, clause: Span, parties: readonly Party[], dir: Direction): Direction {
  if (!dir.trigger || !dir.supplier || !dir.recipient) return dir;
  const inClause = parties.filter((p) => p.span.start >= clause.start && p.span.end <= clause.end);
  const pair = inClause.findIndex((p, i) => {
    const q = inClause[i + 1];
    return !!q && q.state !== p.state && /^\s+and\s+$/i.test(text.slice(p.span.end, q.span.start)) && signedAfter.test(text.slice(q.span.end, Math.min(clause.end, q.span.end + 120)));
  });
  if (pair < 0) return dir;
  const sides = [inClause[pair].state, inClause[pair + 1].state];
  if (!sides.includes(dir.supplier) || !sides.includes(dir.recipient)) return dir;
  const buyer = inClause.find((p) => p.span.start >= dir.trigger!.end && sides.includes(p.state) && forOwner.test(text.slice(Math.max(clause.start, p.span.start - 12), p.span.start)));
  if (!buyer) return dir;
  return { ...dir, supplier: sides.find((s) => s !== buyer.state)!, recipient: buyer.state };
}

const signedAfter = new RegExp(`^\\s+(?:(?:have|has|had|jointly|also|on\\s+\\p{L}+(?:\\s+\\d{1,2})?)\\s+){0,3}(?:${(frames.signVerbs as string[]).join("|")})\\s+(?:[\\p{L}\\d’'-]+\\s+){0,4}?(?:${(frames.signedNouns as string[]).join("|")})\\b`, "iu");
const forOwner = /\bfor\s+(?:the\s+|its\s+|their\s+)?$/i;

import type { ArmsDocument, Attribution } from "../../core/document.js";
import type { Span } from "../../core/span.js";
import continuations from "../../knowledge/continuations.json" with { type: "json" };
import speechData from "../../knowledge/speech.json" with { type: "json" };
import { findBody, GENERIC_NOUNS } from "../../knowledge/gazetteer.js";
import type { Party, Trigger } from "./direction.js";
import type { Context, Draft } from "./draft.js";
import type { Item, Quantity } from "../../core/claim.js";
import type { ItemMention } from "./find-items.js";
import unitItems from "../../knowledge/unit-items.json" with { type: "json" };
import { broaderThan, isCurrency, toQuantity } from "./quantity.js";
import { allMatches } from "../../core/all-matches.js";
import { datelineState, pageHome } from "../attribution/speakers.js";

const joining = new RegExp(`\\b(?:${continuations.joining.join("|")})\\b`, "giu");
const joinedThing = new RegExp(continuations.joinedThing, "iu");
const sharedLead = new RegExp(continuations.sharedSubjectLead, "iu");
/** Words between coordinated states: "A, B, C and D", "A as well as B", "A along with B". */
const coordination = /^\s*(?:,|and|,\s*and|as well as|along with|together with|plus)?\s*(?:the\s+)?$/i;

const pooling = new RegExp(`\\b(?:${continuations.poolingVerbs.join("|")})\\b`, "giu");
const pooledThing = new RegExp(`\\b(?:${continuations.poolingThings.join("|")})\\b`, "iu");
const pooledInto = new RegExp(`${continuations.poolingInto}(?:${continuations.poolingThings.join("|")})\\b`, "iu");

/** Whether a sentence has a word of joining the flow told before (so it is worth assembling: find-candidates). */
export function joinsFlow(text: string): boolean {
  joining.lastIndex = 0;
  pooling.lastIndex = 0;
  return (joining.test(text) && joinedThing.test(text)) || (pooling.test(text) && pooledThing.test(text));
}

/** Whether a sentence puts a sum into the shared buying told before (pooledSum). */
export function poolsIntoFlow(doc: ArmsDocument, sentence: Span): boolean {
  return pooledSum(doc, sentence) !== null;
}

/**
 * "Sweden put 40 million euros into the joint purchases": a verb of putting in, a sum of money right after
 * it and the shared buying after the sum. Returns the verb and the sum, or null.
 */
function pooledSum(doc: ArmsDocument, sentence: Span): { word: RegExpExecArray; sum: Quantity } | null {
  const text = doc.slice(sentence);
  const sums = doc.within(doc.amounts, sentence).filter((a) => a.unit && isCurrency(a.unit) && (a.quantity.value !== null || a.quantity.min !== null || a.quantity.max !== null));
  pooling.lastIndex = 0;
  for (const word of allMatches(pooling, text)) {
    const end = sentence.start + word.index + word[0].length;
    // (The sum right after the verb, with at most a qualifier between: "added another 35 million".)
    const sum = sums.find((a) => a.span.start >= end && /^\s+(?:[\p{L}]+\s+){0,2}$/u.test(doc.text.slice(end, a.span.start) + " "));
    if (!sum || !pooledInto.test(doc.text.slice(sum.span.end, sentence.end))) continue;
    return { word: word as RegExpExecArray, sum: toQuantity(sum, sum.unit!) };
  }
  return null;
}

/**
 * "The Netherlands, Norway and Finland have announced their participation", "Two more states, Spain and
 * Italy, joined the initiative": states that take part in the flow in focus (the last transfer the
 * segment told) each give its item to its receiver, one claim per state. Only where the sentence
 * tells no transfer of its own, names the thing joined as one told before ("the initiative", "their
 * participation"), and the states stand together before the joining word.
 */
export function joinersOfFlow(doc: ArmsDocument, sentence: Span, ctx: Context): Draft[] {
  const last = ctx.lastTransfer;
  // (The joiners are often the ones who announce it: speakers count here.)
  const parties: Party[] = doc.within(doc.mentions, sentence).filter((m) => m.kind === "state").map((m) => ({ span: m.span, state: m.state ?? m.entity, form: m.form }));
  if (!last || !parties.length) return [];
  const text = doc.slice(sentence);
  // ("Finland added 30 million euros to the pot": a sum put into the shared buying joins it, worth that sum.)
  const pooled = pooledSum(doc, sentence);
  joining.lastIndex = 0;
  const word = pooled?.word ?? joining.exec(text);
  if (!word) return [];
  const at = sentence.start + word.index;
  // ("their participation": the possessive stands before the word.)
  if (!pooled && !joinedThing.test(text.slice(Math.max(0, word.index - 8)))) return [];
  // The joiners: the run of coordinated states right before the word (no other state after it but the receiver).
  const before = parties.filter((p) => p.span.end <= at);
  // ("added 35 million Canadian dollars to the pot": a state's adjective after the verb of putting in names a currency or the scheme, no receiver.)
  if (!before.length || parties.some((p) => p.span.start >= at && p.state !== last.recipient && !(pooled && p.form === "adjective"))) return [];
  const run: Party[] = [before[before.length - 1]];
  for (let i = before.length - 2; i >= 0; i--) {
    if (!coordination.test(doc.text.slice(before[i].span.end, run[0].span.start))) break;
    run.unshift(before[i]);
  }
  // Subjects only: nothing but a verb group (and a few words) between the last state and the joining word.
  if (!/^[\s\p{L},'’-]{0,60}$/u.test(doc.text.slice(run[run.length - 1].span.end, at)) || /\b(?:to|from|for|with|by|of|in)\s*$/i.test(doc.text.slice(run[0].span.start - 12, run[0].span.start))) return [];
  const states = [...new Set(run.map((p) => p.state))].filter((s) => s !== last.recipient);
  const clause = sentence;
  const drafts = states.map((state): Draft => ({ clause, kind: "transfer", supplier: state, recipient: last.recipient, item: last.item, quantity: pooled?.sum ?? null, calibre: null, parts: {}, lastPart: at + word[0].length, thing: last.item }));
  for (const d of drafts) joiners.add(d);
  return drafts;
}

const joiners = new WeakSet<Draft>();

/** A joiner that also announces (one source per state named) is its own source: its claim keeps that source only. */
export function inOwnVoice<C extends { supplier: string | null; source: { country: string | null } }>(draft: Draft, claims: C[]): C[] {
  if (!joiners.has(draft) || !claims.some((c) => c.source.country === draft.supplier)) return claims;
  return claims.filter((c) => c.source.country === draft.supplier);
}

/**
 * "North Korea formed an alliance with Russia and sent troops to Moscow": a clause opened by "and" (or
 * "but", "then") with its verb first shares the subject of the clause before. The subject is the first
 * state of that clause named before its verb, with no preposition before it. Returns that state, or null.
 */
export function sharedSubject(text: string, clause: Span, previous: Span | null, parties: readonly Party[], triggers: readonly Trigger[]): string | null {
  if (!previous) return null;
  const verb = triggers.find((t) => t.start >= clause.start && t.end <= clause.end && (t.role === "give" || t.role === "get"));
  if (!verb || !sharedLead.test(text.slice(clause.start, verb.start))) return null;
  const first = parties.find((p) => p.span.start >= previous.start && p.span.end <= previous.end);
  // ("India rejected a Russian offer": an adjective describes a thing, it is no subject.)
  if (!first || first.form === "adjective") return null;
  const lead = text.slice(previous.start, first.span.start);
  // The subject opens the clause: at most a few words (an adverbial, an article) before it, no preposition.
  if (/\b(?:to|from|for|with|by|of|in|on|at|against|between|into|than|and)\s+(?:the\s+)?$/i.test(lead) || lead.split(/\s+/).filter(Boolean).length > 6) return null;
  return first.state;
}

/** Auxiliaries and adverbs between a subject and its verb: "is covertly", "has been", "will also". */
const subjectGap = new RegExp(continuations.bodySubjectGap, "iu");
const announcesPackage = new RegExp(continuations.announcesPackage, "giu");
const haltsTransfer = new RegExp(continuations.haltsTransfer, "giu");
// ("Norway's defence minister unveiled a package", "Defence Minister Ola Berg, unveiled": the office or a closing apposition first.)
const announcesPackageAt = new RegExp(`^(?:${continuations.announcerLead.slice(1)})(?:${continuations.bodySubjectGap.slice(1, -1)})${continuations.announcesPackage}`, "iu");
// ("Finland announced a contribution of 50 million euros to the fund": a contribution announced is the announcer's own, continuations.json announcesContribution.)
const announcesContributionAt = new RegExp(`^(?:${continuations.announcerLead.slice(1)})(?:${continuations.bodySubjectGap.slice(1, -1)})${continuations.announcesContribution}`, "iu");

/** "The Pentagon on Thursday unveiled a fresh tranche", "Norway's defence minister unveiled a package": where the speaker at `span` (or the state whose office it names) announces a package (one it gives), the end of the package's noun. */
export function announcesOwnPackage(text: string, span: Span): number | null {
  const m = announcesPackageAt.exec(text.slice(span.end, span.end + 160)) ?? announcesContributionAt.exec(text.slice(span.end, span.end + 160));
  return m ? span.end + m[0].length : null;
}

// "the government", "The administration": a bare body noun after "the" alone (continuations.json bareBodies).
const bareBody = new RegExp(`\\bthe\\s+(${continuations.bareBodies.join("|")})\\b`, "giu");
const bareBodyKinds = new Set(["government", "ministry"]);
const bareBodyAfter = new RegExp(`^\\s+(?:${continuations.bareBodies.join("|")})\\b`, "iu");

/** The state of a bare "the government" at `at`: that of the latest state's government or ministry named before, else the page's own. */
function bareBodyState(doc: ArmsDocument, at: number): string | null {
  let state: string | null = null;
  for (const m of doc.mentions) {
    if (m.span.end > at) continue;
    if (m.kind === "body" && m.state && bareBodyKinds.has(findBody(m.entity)?.kind ?? "")) state = m.state;
    // ("The Dutch government": a state's adjective before the body's noun.)
    else if (m.kind === "state" && m.form === "adjective" && bareBodyAfter.test(doc.text.slice(m.span.end, m.span.end + 20))) state = m.state ?? m.entity;
  }
  return state ?? pageHome(doc) ?? datelineState(doc);
}

/**
 * "The North Korean government is covertly funneling shells to Russia", "the Iranian military shipped
 * drones": a state's body (government, military, ministry) that is the subject of a verb of giving or
 * getting stands for its state, as a leader does. Speakers are left out by the caller.
 */
export function bodySubjects(doc: ArmsDocument, sentence: Span, triggers: readonly Trigger[]): Party[] {
  // (The bodies of a state first: most sentences name none, and then no verb need be looked for.)
  const bodies: { span: Span; state?: string | null }[] = doc.within(doc.mentions, sentence).filter((m) => m.kind === "body" && m.state);
  // ("The Biden administration faced calls to act. ... the administration has halted a delivery": a bare body takes its state from before.)
  for (const m of allMatches(bareBody, doc.slice(sentence))) {
    const span = { start: sentence.start + m.index + m[0].length - m[1].length, end: sentence.start + m.index + m[0].length };
    const state = bareBodyState(doc, span.start);
    if (state && !doc.mentions.some((x) => x.span.start <= span.start && span.end <= x.span.end)) bodies.push({ span, state });
  }
  if (!bodies.length) return [];
  // ("The Pentagon on Thursday unveiled a $2.5 billion tranche for Ukraine": announcing a package is giving it.)
  const announcing = [...allMatches(announcesPackage, doc.slice(sentence))].map((m): Trigger => ({ start: sentence.start + m.index, end: sentence.start + m.index + m[0].length, text: m[0], role: "give" }));
  // ("The Biden administration paused a shipment of bombs to Israel": halting or releasing a shipment is the giver's act.)
  const halting = [...allMatches(haltsTransfer, doc.slice(sentence))].map((m): Trigger => ({ start: sentence.start + m.index, end: sentence.start + m.index + m[0].length, text: m[0], role: "give" }));
  // ("Ukraine's president thanked Germany for the shells": a body that pays or thanks for goods gets them.)
  const verbs = [...triggers.filter((t) => t.role === "give" || t.role === "get" || t.role === "pay"), ...announcing, ...halting];
  if (!verbs.length) return [];
  return bodies
    .filter((m) => verbs.some((t) => t.start >= m.span.end && subjectGap.test(doc.text.slice(m.span.end, t.start))))
    .map((m) => ({ span: m.span, state: m.state!, form: "name" as const }));
}

const announcing = new RegExp(`^(?:${continuations.announcingVerbs.join("|")})\\b`, "iu");
const announcedGap = new RegExp(continuations.announcedGap, "iu");
const announcedNoun = new RegExp(`^(?:${continuations.announcedNouns.join("|")})$`, "iu");

/**
 * "The Pentagon unveiled a $400 million package for Kyiv", "the State Department approved the sale of tanks to
 * Taiwan", "the Pentagon's new drawdown for Kyiv": a state's body that announces or approves a package, a sale or a
 * drawdown of its own, or whose package it is, stands for its state as the giver. It may also speak, so the caller
 * keeps it even where it is the sentence's source.
 */
export function announcingBodies(doc: ArmsDocument, sentence: Span, triggers: readonly Trigger[]): Party[] {
  const nouns = triggers.filter((t) => announcedNoun.test(doc.text.slice(t.start, t.end)));
  if (!nouns.length) return [];
  const text = doc.text;
  const before = (from: number) => nouns.some((t) => t.start >= from && t.start - from <= 80 && announcedGap.test(text.slice(from, t.start)));
  return doc
    .within(doc.mentions, sentence)
    .filter((m) => m.kind === "body" && m.state)
    .filter((m) => {
      if (/^['’]s\b/.test(text.slice(m.span.end, m.span.end + 3))) return before(m.span.end + 2);
      // ("The State Department on Monday approved a sale", "the ministry in March cleared the sale": a date may stand between the body and its verb.)
      const from = dateAfter(doc, m.span.end);
      const verb = /^(\s+(?:(?:has|have|had|will|would|also|now|just|formally|officially)\s+){0,3})(\p{L}+(?:\s+(?:out|off\s+on))?)/iu.exec(text.slice(from, from + 60));
      return !!verb && announcing.test(verb[2]) && before(from + verb[0].length);
    })
    .map((m) => ({ span: m.span, state: m.state!, form: "name" as const }));
}

/** Where a time expression (perhaps after its preposition, perhaps set off by commas) follows `at` right away, its end; else `at`. */
function dateAfter(doc: ArmsDocument, at: number): number {
  const time = doc.times.find((t) => t.span.start >= at && /^\s*,?\s+(?:(?:in|on|during)\s+)?$/i.test(doc.text.slice(at, t.span.start)));
  return time ? time.span.end + (/^\s*,/.exec(doc.text.slice(time.span.end))?.[0].length ?? 0) : at;
}

const packageNoun = new RegExp(`^(?:${speechData.packageNouns.join("|")})$`, "i");
const givingBodyKinds = new Set(continuations.givingBodyKinds);
// "Swedish defence ministry", "the Norwegian armed forces": a state's body named by its common noun (bodies.json generic).
const givingBodyName = new RegExp(`\\b(?:${continuations.givingBodyGenerics.flatMap((g) => GENERIC_NOUNS[g]?.aliases ?? []).join("|")})$`, "i");

/**
 * "The Defense Department said the new drawdown for Ukraine is worth $500 million": where the one source is a
 * state's own government, ministry or armed forces and the clause tells of a package or a drawdown, the package is
 * that state's own (as for a government announcing it). Not a state's intelligence, courts or media.
 */
export function ownPackageSpeaker(doc: ArmsDocument, attribution: Attribution, triggers: readonly Trigger[]): string | null {
  if (attribution.sources.length !== 1 || !triggers.some((t) => packageNoun.test(doc.text.slice(t.start, t.end)))) return null;
  const { country, org } = attribution.sources[0];
  if (country && givingBodyName.test(org ?? "")) return country;
  const body = doc.mentions.find((m) => m.kind === "body" && m.state === country && attribution.spans.some((s) => s.start <= m.span.start && m.span.end <= s.end));
  return body && givingBodyKinds.has(findBody(body.entity)?.kind ?? "") ? country : null;
}

const partnerBefore = new RegExp(`\\b(?:${continuations.partners.join("|")})\\s+(?:the\\s+)?$`, "i");

/**
 * "Together with Sweden, Norway sent 40 armoured vehicles to Kyiv", "Rome will ship ten launchers under a joint
 * programme with Madrid": the state named right after such a phrase gives with the clause's giver.
 */
export function partnersOf(text: string, clause: Span, parties: readonly Party[], supplier: string | null, recipient: string | null): string[] {
  if (!supplier || !recipient) return [];
  const found = parties.filter((p) => p.span.start >= clause.start && p.span.end <= clause.end && p.state !== supplier && p.state !== recipient && partnerBefore.test(text.slice(Math.max(clause.start, p.span.start - 50), p.span.start)));
  return [...new Set(found.map((p) => p.state))];
}

/** A determiner that points back to goods told before, a few words of their noun between: "the", "these", "those". */
const pointedBack = /\b(?:the|these|those|such)\s+(?:[\p{L}\d-]+\s+){0,3}$/iu;

/** Remembers the latest flow told with each item, in the order the sentence told them (claims later in it win). */
export function rememberItemFlows(ctx: Context, drafts: readonly Draft[], headline = false): void {
  for (const d of drafts) {
    if (d.kind !== "transfer" || !d.supplier || !d.recipient || d.supplier === d.recipient) continue;
    for (const memory of headline ? [(ctx.itemFlow ??= new Map())] : [(ctx.itemFlow ??= new Map()), (ctx.bodyItemFlow ??= new Map())]) {
      memory.delete(d.item);
      memory.set(d.item, { supplier: d.supplier, recipient: d.recipient });
    }
  }
}

/**
 * "Iran shipped missiles to Russia. Moscow in turn shares its know-how with Tehran. More than 200 of the missiles
 * crossed the sea": a clause that names no party takes the latest flow the segment told with its goods (or a thing
 * of the same family), not merely the flow told last. Null where the clause's goods were told with no flow, or
 * with flows that disagree.
 */
export function flowOfItems(text: string, ctx: Context, items: readonly ItemMention[], denial = false): [string, string] | null {
  const memory = ctx.itemFlow;
  if (!memory?.size) return null;
  // ("Moscow dismissed the findings on arms deliveries": a denial that names no party denies the goods of the accusation,
  // so a general word of arms, and goods not pointed back to ("denied sending any missiles"), take the flow told with them.)
  const specific = items.filter((i) => (!i.generic || (denial && i.item === "weapons-unspecified")) && i.item !== "goods-unspecified" && i.item !== "money");
  if (!specific.length) return null;
  // ("Russia sent fuel to the North. Pyongyang sent troops. Fuel deliveries went on": goods the segment told going one way
  // keep that way where the flow in focus runs the other way, pointed back to or not; a swap of goods between two states
  // turns the focus round, not the goods.)
  // (Only flows told in the report's body: a headline's pairing of two states is too loose to turn the focus round.)
  const body = ctx.bodyItemFlow;
  if (!denial && body && specific.every((i) => againstFocus(ctx, body.get(i.item) ?? kindredFlow(body, i.item)))) return [ctx.recipient!, ctx.supplier!];
  // Otherwise only goods pointed back to ("the missiles", "these drones"): a bare "arms trade between the two" tells no flow of its own.
  if (!denial && !specific.every((i) => pointedBack.test(text.slice(Math.max(0, i.span.start - 40), i.span.start)))) return null;
  const found = new Set<string>();
  for (const i of specific) {
    const own = memory.get(i.item) ?? familyFlow(memory, i.item);
    if (!own) return null;
    found.add(`${own.supplier}>${own.recipient}`);
  }
  if (found.size !== 1) return null;
  const [supplier, recipient] = [...found][0].split(">");
  return [supplier, recipient];
}

/** The latest flow of goods that go the same way as `item` (unit-items.json kindred: workers and troops). */
function kindredFlow(memory: ReadonlyMap<Item, { supplier: string; recipient: string }>, item: Item): { supplier: string; recipient: string } | undefined {
  const kin = (unitItems.kindred as Record<string, string[]>)[item] ?? [];
  let found: { supplier: string; recipient: string } | undefined;
  for (const [other, flow] of memory) if (kin.includes(other)) found = flow;
  return found;
}

/** Whether the flow told with some goods runs the other way from the flow in focus (same two states, turned round). */
function againstFocus(ctx: Context, flow: { supplier: string; recipient: string } | undefined): boolean {
  return !!flow && !!ctx.supplier && !!ctx.recipient && flow.supplier === ctx.recipient && flow.recipient === ctx.supplier;
}

/** The latest flow of a thing of the same family: one broader or narrower than `item` (Map order: last told last). */
function familyFlow(memory: ReadonlyMap<Item, { supplier: string; recipient: string }>, item: Item): { supplier: string; recipient: string } | undefined {
  let found: { supplier: string; recipient: string } | undefined;
  for (const [other, flow] of memory) if (broaderThan(other, item) || broaderThan(item, other)) found = flow;
  return found;
}

const commerceSubject = new RegExp(`${continuations.commerceLead}(?:${continuations.commerceSubjects.join("|")})\\b`, "iu");

/**
 * "The firm later said the ban would cost it millions in revenue", "A Brazilian maker of trucks posted record
 * profits, helped by export orders": a clause whose subject is a business, a trade or a market tells of that
 * business, not of the flow between states told before it, so it takes no party from the sentences before. Not
 * where a state is named by name or seat before the noun ("Russia's arms industry": the state acts through it).
 */
export function tellsOfCommerce(text: string, clause: Span, parties: readonly Party[]): boolean {
  const m = commerceSubject.exec(text.slice(clause.start, Math.min(clause.end, clause.start + 120)));
  if (!m) return false;
  const end = clause.start + m.index + m[0].length;
  return !parties.some((p) => p.span.start >= clause.start && p.span.end <= end && p.form !== "adjective");
}

/** How many sentences back a flow goes stale for a clause that names no party and no goods the page told a flow with. */
const staleAfter = 6;

/**
 * "Chile sent tanks to Peru." ... (a long stretch on other matters) ... "Nine launchers were handed over last year.": a
 * clause that names no party takes the flow told last only while it is near (within `staleAfter` sentences of the
 * segment); further on, only where its goods (or goods of their family) were told with a flow on the page.
 */
export function staleFlow(doc: ArmsDocument, index: number, ctx: Context, items: readonly ItemMention[]): boolean {
  const last = ctx.lastTransfer;
  if (!last) return false;
  let at = index;
  while (at > 0 && index - at <= staleAfter && doc.sentences[at].span.start > last.span.start) at--;
  if (index - at <= staleAfter) return false;
  const memory = ctx.itemFlow;
  return !items.some((i) => memory?.has(i.item) || [...(memory?.keys() ?? [])].some((o) => broaderThan(o, i.item) || broaderThan(i.item, o)));
}

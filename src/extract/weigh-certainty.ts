import { compiledNow } from "../core/compiled-regex.js";
import { strongestCertainty, type Certainty } from "../core/claim.js";
import type { ArmsDocument, Attribution, Cue, Stage } from "../core/document.js";
import type { Span } from "../core/span.js";
import certaintyData from "../knowledge/certainty-cues.json" with { type: "json" };
import { alternation, certaintyAll, findClassified, hits, speech } from "../knowledge/lexicon.js";
import { relativeAside } from "./attribution/asides.js";
import { productReach, reportsNews, speaksForBody, stateMediaVoice } from "./certainty-reach.js";
import { lotCertainty } from "./lot-memory.js";
import { amountLexicon } from "./amounts/lexicon.js";
import { findTriggers, type Trigger } from "./claims/direction.js";
import { replyOf } from "./claims/denials.js";
import { allMatches } from "../core/all-matches.js";

const { negation } = certaintyData;
/** "does not supply", "is not supplying", "has never sent", "won't deliver": a negator, a few helper words, then the transfer verb. */
// ("would not, for now, send": a short aside set off by commas may stand between, certainty-cues.json negation.asides.)
const negatedBefore = new RegExp(`(?:${alternation(negation.negators)})(?:\\s*,\\s*(?:${alternation(negation.asides)})\\s*,)?\\s+(?:(?:${alternation(negation.gap)})\\s+){0,${negation.gapWords}}$`, "i");
/** "not yet", "n't yet": a negator that leaves the transfer pending. */
const pendingNegation = new RegExp(`(?:${alternation(negation.negators)})\\s+yet\\b`, "i");
const notNegation = new RegExp(`\\b(?:${alternation(negation.notNegation)})\\s+$`, "i");
/** "no shells were sent", "not a single jet has been delivered", "none had been sent": a negated subject, an auxiliary, then the transfer verb. */
const negatedSubject = new RegExp(
  `\\b(?:${alternation(negation.subjectNegators)})\\s+(?:(?!(?:${alternation(negation.notSubjects)})\\b)[\\p{L}\\d’'-]+\\s+){0,${negation.subjectWords}}(?:${alternation(negation.subjectAux)})\\s+(?:(?:${alternation(negation.gap)})\\s+){0,${negation.gapWords}}$`,
  "iu",
);
/** "supplied no tanks", "has sent not a single shell": a transfer verb, then a negator opening its object, up to the claim's thing (not "sent no fewer than 50"). */
const negatedObject = new RegExp(`(?:${alternation(negation.objectNegators)})\\s+(?!(?:${alternation(negation.notObjects)})\\b)(?:[\\p{L}\\d’'-]+\\s+){0,3}$`, "iu");
/** "have obtained none from Tehran", "sold nothing to either side": a negating pronoun as the verb's whole object. */
const pronounObject = new RegExp(`^\\s+(?:${alternation(negation.pronounObjects)})\\s*(?:${negation.pronounObjectEnds})`, "i");
/** "suspended", "withheld", "called off": a halted or cancelled transfer is denied; "delayed", "postponed", "still to arrive": still possible. */
const delayedOrPending = [...certaintyData.delayed, ...certaintyData.pending];
const predicates = [
  { certainty: "denied" as const, re: new RegExp(`\\b(?:${alternation(certaintyData.halted)})\\b`, "gi") },
  { certainty: "possible" as const, re: new RegExp(`\\b(?:${alternation(delayedOrPending)})\\b`, "gi") },
];
/** Cues that weigh only the words next to them ("instead of Russian jets", "was suspended"), never a party's whole saying. */
const local = compiledNow(new RegExp(`^(?:${alternation([...certaintyData.scope.notPartyWide, ...certaintyData.halted, ...delayedOrPending])})$`, "i"));
/** "instead of", "rather than": an alternative, which weighs the thing it names right after it. */
const alternative = new RegExp(`^(?:${alternation(certaintyData.scope.notPartyWide)})$`, "i");
/** What may stand between a hedge and the supplier it weighs: a few lower-case words and a preposition ("tied to", "shipped from"). */
const supplierLead = new RegExp(`^\\s+(?:[\\p{Ll}-]+\\s+){0,${certaintyData.scope.partyWords}}(?:${alternation(certaintyData.scope.partyPrepositions)})\\s+(?:the\\s+)?$`, "u");
const liftedBefore = new RegExp(certaintyData.liftedBefore, "iu");
const liftedAfter = new RegExp(certaintyData.liftedAfter, "i");
const predicateAt = compiledNow(new RegExp(`^(?:${alternation([...certaintyData.halted, ...delayedOrPending])})$`, "i"));
// Cues that look at the words around them ("the hold on", "the held shipments") match only in place: each is tried
// where the cue stands, and must end where it ends.
const predicatesInPlace = [...certaintyData.halted, ...delayedOrPending].filter((cue) => /\(\?<?=/.test(cue)).map((cue) => new RegExp(cue, "iy"));
/** Whether the cue at `c` is a halting or delaying predicate, read where it stands in the page. */
function isPredicate(doc: ArmsDocument, c: Cue): boolean {
  if (predicateAt.test(doc.slice(c.span))) return true;
  return predicatesInPlace.some((re) => {
    re.lastIndex = c.span.start;
    const m = re.exec(doc.text);
    return m !== null && m.index + m[0].length === c.span.end;
  });
}
/** "according to": the phrase that credits a whole sentence to someone, at its start or at its end. */
const creditOpener = new RegExp(`(?:^|,\\s*)(?:${alternation(certaintyData.scope.creditOpeners)})\\b`, "giu");
const creditWord = new RegExp(`^(?:${alternation(certaintyData.scope.creditOpeners)})\\b`, "i");
const thingAhead = new RegExp(certaintyData.scope.thingAhead, "i");
/** "according to the Catalan daily", "according to media": a credit that names the press by its kind. */
const pressCredit = new RegExp(certaintyData.scope.pressCredit, "i");
/** "according to the report": a report the document named before, told by its author where the attribution names one. */
const pointedReport = new RegExp(certaintyData.scope.pointedReport, "i");
/** "put the count at 6,700": the verb that gives a figure, and the assessing services whose figures are estimates (certainty-cues.json). */
const figureGiven = new RegExp(certaintyData.scope.figureGiven, "i");
const figureAssessors = new RegExp(certaintyData.scope.figureAssessors, "i");
const thingModifier = {
  cue: new RegExp(certaintyData.scope.thingModifier.cues, "i"),
  toRecipient: new RegExp(certaintyData.scope.thingModifier.toRecipient, "u"),
  before: new RegExp(certaintyData.scope.thingModifier.before, "u"),
  contact: new RegExp(certaintyData.scope.thingModifier.contact, "u"),
  recipientAfter: new RegExp(certaintyData.scope.thingModifier.recipientAfter, "u"),
  hedgedPresence: new RegExp(certaintyData.scope.thingModifier.hedgedPresence, "iu"),
  after: new RegExp(certaintyData.scope.thingModifier.after, "u"),
  ownPromise: new RegExp(certaintyData.scope.thingModifier.ownPromise, "u"),
  presence: new RegExp(certaintyData.scope.thingModifier.presence, "u"),
  agent: new RegExp(certaintyData.scope.thingModifier.agent, "u"),
  fulfilled: new RegExp(certaintyData.scope.thingModifier.fulfilled, "iu"),
  partOf: new RegExp(certaintyData.scope.thingModifier.partOf, "iu"),
  allOf: new RegExp(certaintyData.scope.thingModifier.allOf, "iu"),
};

/**
 * Whether a wish or promise describes the thing in a clause of its own while another verb of the sentence tells the
 * transfer: "has been sharing technology that Tehran seeks", "the jets promised by the Netherlands have now been handed over",
 * "all twelve of the howitzers we promised are in Peru".
 */
function modifiesThing(doc: ArmsDocument, sentence: Span, c: Cue, triggers: readonly Trigger[]): boolean {
  // ("The promise of 100 tanks, made in May, was only met in December": a promise kept weighs nothing.)
  if (thingModifier.fulfilled.test(doc.text.slice(c.span.start, Math.min(sentence.end, c.span.start + 200)))) return true;
  const cue = doc.slice(c.span);
  if (!thingModifier.cue.test(cue)) return false;
  const before = doc.text.slice(Math.max(sentence.start, c.span.start - 60), c.span.start);
  const after = doc.text.slice(c.span.end, Math.min(sentence.end, c.span.end + 40));
  // ("the tanks Oslo pledged to send": a promise to act tells the transfer itself; "pledged to Kyiv" names whom the thing was promised.)
  if (/\sto$/i.test(cue) && !thingModifier.toRecipient.test(after)) return false;
  // ("All twelve of the howitzers we promised are in Peru": what was promised is there, told by the verb of being after it.)
  if (thingModifier.ownPromise.test(before) && thingModifier.presence.test(after)) return true;
  // ("the jets promised by the Dutch government have now reached Ukraine": past the promise's agent, the goods arrived.)
  const agent = thingModifier.agent.exec(after);
  if (agent && thingModifier.presence.test(doc.text.slice(c.span.end + agent[0].length, Math.min(sentence.end, c.span.end + agent[0].length + 40)))) return true;
  // ("the engineers Minsk promised Moscow are believed to have arrived": a named promise's goods, past its recipient, are there.)
  const relative = thingModifier.before.test(before) || contactClause(doc, c.span.start, before);
  if (relative) {
    const recipient = thingModifier.recipientAfter.exec(after);
    const rest = doc.text.slice(c.span.end + (recipient?.[0].length ?? 0), Math.min(sentence.end, c.span.end + 120));
    if (thingModifier.presence.test(rest) || thingModifier.hedgedPresence.test(rest)) return true;
  }
  // ("having handed over all six of the jets it had promised": a promise of the pronoun's own describes the goods another verb moves.)
  // ("only 40 of the 100 howitzers it promised": the rest of a whole counted out in part is still promised.)
  const ownWhole = thingModifier.ownPromise.test(before) && (!thingModifier.partOf.test(before) || thingModifier.allOf.test(before));
  if (!relative && !ownWhole && !thingModifier.after.test(after)) return false;
  return triggers.some((t) => t.end <= c.span.start || t.start >= c.span.end);
}

/**
 * Whether a promise's clause follows its noun with no "that": "the engineers Minsk promised Moscow", "the tanks Spain had
 * pledged" (the word before the promiser tagged a noun, so "says Minsk promised" is no such clause).
 */
function contactClause(doc: ArmsDocument, cueStart: number, before: string): boolean {
  const m = thingModifier.contact.exec(before);
  if (!m) return false;
  const at = cueStart - before.length + m.index;
  const noun = doc.within(doc.tokens, { start: at, end: at + m[1].length })[0];
  return noun?.pos === "NOUN";
}

/**
 * The phrases that credit a whole sentence: one that opens it, up to its first comma ("According to estimates by
 * Kyiv, ..."), or one after a comma, up to the next comma or the sentence end ("..., according to claims the panel found credible").
 */
export function creditsOf(doc: ArmsDocument, sentence: Span): Span[] {
  const text = doc.slice(sentence);
  const out: Span[] = [];
  for (const m of allMatches(creditOpener, text)) {
    const start = m.index + m[0].length - m[0].trimStart().replace(/^,\s*/, "").length;
    const rest = text.slice(start);
    if (m.index === 0 || /^\P{L}*$/u.test(text.slice(0, m.index))) {
      const comma = rest.indexOf(",");
      if (comma > 0) out.push({ start: sentence.start + start, end: sentence.start + start + comma });
    } else {
      // ("..., according to tanker-tracking estimates, as refiners avoided ...": a closing credit ends where a further clause starts.)
      const stop = rest.search(/[,;:]/);
      out.push({ start: sentence.start + start, end: stop < 0 ? sentence.end : sentence.start + start + stop });
    }
  }
  return out;
}

/** A sentence whose subject is the claim itself: "Whether ...", "The claim that ...", "Reports that ...". */
// ("Reports in Bolivian media that ...": the press that told it may stand between the noun and "that".)
const claimAsSubject = new RegExp(`^\\W*(?:whether|(?:the\\s+)?(?:${alternation(certaintyData.scope.claimNouns)})\\s+(?:(?:in|by)\\s+(?:[\\p{L}-]+\\s+){0,4}?(?:${alternation(certaintyData.scope.pressNouns)})\\s+)?(?:that|of))\\b`, "iu");

/** "..., Yonhap reported, citing the spy agency": the press reporting what others told it (certainty-cues.json, scope.pressCiting). */
const pressCiting = new RegExp(certaintyData.scope.pressCiting, "iu");
const pressTeller = new RegExp(certaintyData.scope.pressTeller, "u");

/** Words that credit a sentence to sources it does not name ("people familiar with the matter", "on condition of anonymity"). */
const unnamedSource = new RegExp(`\\b(?:${alternation(certaintyData.unnamedSources)})\\b`, "i");

/** What weighs every claim of a sentence alike, read once a sentence (a sentence may hold thousands of drafts). */
interface SentenceWeights {
  readonly reply: Span | null;
  readonly credits: Span[];
  readonly claimSubject: boolean;
  readonly unnamed: boolean;
  /** A report "citing" others ("Reuters reported, citing officials"), and whether the press is named as its teller. */
  readonly pressCites: boolean;
  readonly pressTold: boolean;
  /** Where the question that opens the sentence ends ("Asked whether ..., "), else null. */
  readonly asked: number | null;
  /** The sentence's verbs of giving, getting and paying (read-only: every draft of the sentence shares them). */
  readonly triggers: readonly Trigger[];
}
const weightsMemo = new WeakMap<ArmsDocument, Map<number, SentenceWeights>>();
function sentenceWeights(doc: ArmsDocument, sentence: Span): SentenceWeights {
  let bySentence = weightsMemo.get(doc);
  if (!bySentence) weightsMemo.set(doc, (bySentence = new Map()));
  let found = bySentence.get(sentence.start);
  if (!found) {
    const text = doc.slice(sentence);
    found = {
      reply: replyOf(doc, sentence)?.span ?? null,
      credits: creditsOf(doc, sentence),
      claimSubject: claimAsSubject.test(text),
      unnamed: unnamedSource.test(text),
      pressCites: pressCiting.test(text),
      pressTold: pressTeller.test(text.slice(0, text.search(pressCiting) + 1)),
      asked: askedEnd(text, sentence.start),
      triggers: findTriggers(text, sentence.start).filter((t) => t.role === "give" || t.role === "get" || t.role === "pay"),
    };
    bySentence.set(sentence.start, found);
  }
  return found;
}
const askedLead = new RegExp(certaintyData.scope.askedLead, "iu");
/** "Asked whether jets could go to Lima, the minister said ...": the end of the question that opens a sentence, else null. */
function askedEnd(text: string, offset: number): number | null {
  const m = askedLead.exec(text);
  return m ? offset + m[0].length : null;
}
/** Where a new sub-clause starts within a clause ("..., adding that", "; ", "..., while"): the reach of a cue ends there. */
const subClause = new RegExp(certaintyData.scope.subClause.join("|"), "gi");
/** "..., even after X admitted that": a clause that grants what the rest denies. */
const concession = new RegExp(certaintyData.scope.concession, "giu");
/** "... as Meloni rules out jets": "as" before a named subject and its verb opens a clause (read with case). */
const asClause = new RegExp(certaintyData.scope.asClause, "gu");

/**
 * Finds the words that weigh certainty in candidate sentences (SCHEMA.md's "reportedly", "may",
 * "denied" ...). Where a cue lies inside a longer cue ("could" inside "could carry"), only the
 * longer one counts. A negated transfer verb ("does not supply") is a denial. Which cues qualify
 * which claim is `claimCertainty`'s business.
 */
export function weighCertainty(): Stage {
  return (doc) => {
    for (const sentence of doc.sentences) {
      if (sentence.candidate === false) continue;
      doc.cues.push(...findCues(doc.slice(sentence.span), sentence.span.start));
      if (sentence.headline) doc.cues.push(...headlineFuture(doc.slice(sentence.span), sentence.span.start));
    }
  };
}

/**
 * "Norway to fund two more launchers for Ukraine", "Stockholm to hand Kyiv two planes": a headline whose first
 * transfer word is an infinitive right after "to" tells what a state will do, `possible` (SCHEMA.md).
 */
export function headlineFuture(text: string, offset = 0): Cue[] {
  const first = findTriggers(text, offset)[0];
  if (!first || (first.role !== "give" && first.role !== "get" && first.role !== "pay")) return [];
  const to = headlineInfinitive.exec(text.slice(Math.max(0, first.start - offset - 12), first.start - offset));
  return to ? [{ certainty: "possible", span: { start: first.start - to[0].length, end: first.end } }] : [];
}
const headlineInfinitive = /\bto\s+$/i;

/** Certainty cues of one text: `findCues("It may have been sold")` → `[{certainty: "possible", span: [3, 6)}]`. */
export function findCues(text: string, offset = 0): Cue[] {
  const cues: Cue[] = findClassified(certaintyAll, text, offset)
    .filter((m) => !isMonth(text, m.start - offset, m.end - offset))
    .map((m) => ({ certainty: m.label, span: { start: m.start, end: m.end } }));
  for (const p of predicates)
    for (const m of allMatches(p.re, text)) {
      const start = m.index + offset;
      if (!cues.some((c) => c.span.start < start + m[0].length && start < c.span.end)) cues.push({ certainty: p.certainty, span: { start, end: start + m[0].length } });
    }
  for (const t of findTriggers(text, offset)) {
    if (t.role !== "give" && t.role !== "get" && t.role !== "pay") continue;
    const before = text.slice(Math.max(0, t.start - offset - 60), t.start - offset);
    const after = pronounObject.exec(text.slice(t.end - offset, t.end - offset + 40));
    if (after && !cues.some((c) => c.span.start < t.end + after[0].length && t.start < c.span.end)) cues.push({ certainty: "denied", span: { start: t.start, end: t.end + after[0].trimEnd().length } });
    const m = negatedBefore.exec(before) ?? negatedSubject.exec(before);
    if (!m || notNegation.test(before.slice(0, m.index + m[0].length))) continue;
    const start = t.start - before.length + m.index;
    // A cue of its own already there ("did not send") is enough.
    if (cues.some((c) => c.span.start <= start && start < c.span.end)) continue;
    // ("have not yet been sent", "has not yet delivered": a transfer still pending is delayed, not denied.)
    cues.push({ certainty: pendingNegation.test(m[0]) ? "possible" : "denied", span: { start, end: t.end } });
  }
  return cues.sort((a, b) => a.span.start - b.span.start);
}

/** "in May", "May 2024": the month, not the modal (capitalised past the sentence's first word, or before a day or year). */
function isMonth(text: string, start: number, end: number): boolean {
  if (text.slice(start, end) !== "May") return false;
  return /\S/.test(text.slice(0, start).replace(/^[\s"“‘'(]+/, "")) || /^\s*\d/.test(text.slice(end));
}

/** What a claim's certainty depends on: its clause, the end of its last part, and where it names its parties. */
export interface CertaintyScope {
  readonly supplier: string | null;
  readonly recipient: string | null;
  readonly clause: Span;
  readonly lastPart: number;
  readonly kind?: string;
  /** The claim's item word ("money"): a payment is weighed apart from the goods it pays for. */
  readonly item?: string;
  readonly parts: { readonly amount?: Span; readonly item?: Span };
  readonly quantity?: { readonly unit: string } | null;
}

/** "promised 400 million euros for drones", "has pledged $500 million to buy": a promise of money to pay for goods is aid announced (certainty-cues.json, scope.moneyPledge). */
const moneyPledge = new RegExp(certaintyData.scope.moneyPledge, "i");
const pledgedAid = new RegExp(certaintyData.scope.moneyPledgeKept.aid, "iu");
const pledgedWorth = new RegExp(certaintyData.scope.moneyPledgeKept.worth, "iu");
const pledgedTotal = new RegExp(certaintyData.scope.moneyPledgeKept.total, "iu");
/**
 * Whether a promise of money weighs nothing on the claim of that money. It still weighs where the sum is the aid
 * itself, still to come ("pledges a billion euros of military aid", "promised 300 million euros in support for next
 * year"), unless the sentence counts a running total ("... since the invasion"), and where the sum is the worth of
 * goods the promise names before it ("pledged 800 drones, worth some 95 million dollars").
 */
function pledgesMoney(doc: ArmsDocument, c: Cue, d: CertaintyScope, sentence: Span): boolean {
  if (!d.quantity || !amountLexicon().currencyUnits.has(d.quantity.unit as never) || !moneyPledge.test(doc.slice(c.span))) return false;
  const amount = d.parts.amount;
  if (!amount || amount.start < c.span.end) return true;
  if (pledgedWorth.test(doc.text.slice(c.span.end, amount.start))) return false;
  return !(pledgedAid.test(doc.text.slice(amount.end, sentence.end)) && !pledgedTotal.test(doc.text.slice(sentence.start, sentence.end)));
}

/** "has earmarked 2 billion euros for aid next year": money set aside, read right before the sum (certainty-cues.json, scope.moneyAllotted). */
const moneyAllotted = new RegExp(`\\b(?:${(certaintyData.scope.moneyAllotted as string[]).join("|")})\\b(?=[^.;:,]{0,${certaintyData.scope.moneyAllottedGap}}$)`, "iu");

/**
 * Whether a claim of money is a sum set aside for a year not yet over when the page was published ("Rome plans
 * some 3 billion euros of aid in 2025", published in 2025): spending still ahead, `possible`. A sum set aside with
 * no year, or for a year already over, is not.
 */
export function allottedAhead(doc: ArmsDocument, d: CertaintyScope, periodStart: string | null | undefined, published: string | null | undefined): boolean {
  const amount = d.parts.amount;
  if (!amount || !periodStart || !published || !d.quantity || !amountLexicon().currencyUnits.has(d.quantity.unit as never)) return false;
  if (periodStart.slice(0, 4) < published.slice(0, 4)) return false;
  return moneyAllotted.test(doc.text.slice(Math.max(d.clause.start, amount.start - 80), amount.start));
}

// (The tests of a cue below stand at module level, not as closures in claimCertainty: tsx names a closure on each call.)

/** "has no plans to supply missiles": a denial bound to a transfer verb of its own. */
const boundToTrigger = (text: string, triggers: readonly Trigger[], c: Cue) => triggers.some((t) => t.start >= c.span.start && t.start - c.span.end <= 30 && /^[\s\p{L}’'-]*$/u.test(text.slice(c.span.end, t.start)));

/** "Blinken put China's share at 90 percent": a belief cue that puts a figure, where a named source states it. */
const givenFigure = (doc: ArmsDocument, c: Cue) => c.certainty === "believed" && figureGiven.test(doc.slice(c.span));

/** Whether a cue stands in an aside (or a closing reply) that weighs only itself, not the claim. */
function cueInAside(doc: ArmsDocument, sentence: Span, d: CertaintyScope, triggers: readonly Trigger[], reply: Span | null | undefined, c: Cue): boolean {
  if (reply && reply.start <= c.span.start) return true;
  if (haltOvercome(doc, sentence, c)) return true;
  if (modifiesThing(doc, sentence, c, triggers)) return true;
  const s = relativeAside(doc.text, sentence, c.span);
  return s !== null && ![d.parts.amount, d.parts.item].some((p) => p && s.start <= p.start && p.end <= s.end);
}

/**
 * The certainty of one claim (SCHEMA.md, "Certainty"): the strongest cue that qualifies the transfer.
 * A cue counts where it stands in the claim's sub-clause before its last part ("set to receive X,
 * adding that Y was sent": the modal weighs X, not Y), where it is the verb of the attribution itself
 * ("the ministry estimated", "officials believe"), or, for a party's own denial or doubt that names no
 * other transfer, anywhere in the sentence. Unnamed officials and other media make a claim `reported`.
 */
export function claimCertainty(doc: ArmsDocument, sentence: Span, d: CertaintyScope, attribution: Attribution): Certainty {
  const text = doc.text;
  const scope = subClauseOf(doc, d.clause, d.parts.amount?.start ?? d.parts.item?.start);
  // ("seeking money for the howitzers produced by Nexter": the making is weighed from the product on.)
  const weights = sentenceWeights(doc, sentence);
  const triggers = weights.triggers;
  // ("the oil was likely payment for the shells that Iran has supplied": the deed told in a relative clause after the thing is
  // weighed from the thing on; the hedge of the clause around it weighs what that clause says of the thing.)
  const from = Math.max(scope.start, productReach(doc, d) ?? scope.start, relativeDeed(doc, scope, d, triggers) ?? scope.start);
  // "has no plans to supply missiles": a denial bound to a transfer verb of its own weighs only that transfer.
  const ownParty = attribution.sources.some((src) => src.country !== null && (src.country === d.supplier || src.country === d.recipient));
  // "Russia, which has long denied any such trade, has received ...": an aside's cue weighs the aside only
  // (but "containers, which allegedly carried shells,": an aside that names the claim's goods or figure is part of it).
  // ("..., which Minsk denies": a reply that closes the sentence is the replying party's alone: claims/denials.ts.)
  const reply = weights.reply;
  const firstPart = Math.min(d.parts.amount?.start ?? Infinity, d.parts.item?.start ?? Infinity);
  // ("Ships carried 900 rifles, according to the report": the monitors the attribution names speak through their report; with no one named, it is hearsay.)
  const author = (attribution.voice === "named" || attribution.voice === "pointer") && attribution.sources.length > 0;
  // ("Blinken put China's share at 90 percent": a named source that puts a figure on a transfer states it; an intelligence service's figure is its estimate.)
  const statesFigure = author && !attribution.sources.some((s) => figureAssessors.test(`${s.org ?? ""} ${s.speaker ?? ""}`));
  // ("The Wall Street Journal put their number at more than 200", "the same officials put the share at 70 percent": a figure the press or
  // unnamed officials put on a transfer is passed on, `reported` by their voice below, not their estimate.)
  const passesFigure = (attribution.voice === "media" && !stateMediaVoice(attribution)) || (attribution.voice === "unnamed" && !speaksForBody(attribution)) || weights.unnamed;
  const cueWords = doc.within(doc.cues, sentence).filter((c) => !cueInAside(doc, sentence, d, triggers, reply, c) && !pledgesMoney(doc, c, d, sentence) && !((statesFigure || passesFigure) && givenFigure(doc, c)) && !(author && c.certainty === "reported" && pointedReport.test(doc.slice(c.span)))).filter(
    (c) =>
      // (a cue past the end of the claim's sub-clause weighs the next one: "confirmed X, but said it needs days to verify whether Y")
      (c.span.start >= from && c.span.start < Math.min(d.lastPart, scope.end) && !haltedElsewhere(doc, c, firstPart)) ||
      // A party's own denial or doubt weighs all it says about itself ("The Kremlin called the reports ... fake news").
      // (Not a claim told in a clause that grants it: "still deny the trade, even after the North admitted that its troops fought".)
      ((c.certainty === "denied" || c.certainty === "doubted") && ownParty && !boundToTrigger(text, triggers, c) && !local.test(doc.slice(c.span)) && !conceded(text, c.span.end, firstPart)) ||
      // "other equipment may have been included", "delivery of S-400s to India will take place": a modal right after the thing governs its verb.
      ((c.certainty === "possible" || c.certainty === "believed") && (modalAfter(doc, d.lastPart, c.span.start, Math.max(d.lastPart, d.parts.item?.end ?? 0, d.parts.amount?.end ?? 0)) || relativeTransferAfter(doc, Math.max(d.lastPart, d.parts.item?.end ?? 0, d.parts.amount?.end ?? 0), c.span))) ||
      // "750 tons of arms seized, ... allegedly tied to Tehran": a hedge that leads to the claim's supplier weighs who gave.
      ((c.certainty === "reported" || c.certainty === "believed" || c.certainty === "possible") && c.span.start >= d.lastPart && c.span.start < scope.end && hedgesSupplier(doc, sentence, d.supplier, c.span)) ||
      // "bought French jets instead of Russian jets": the alternative weighs the claim whose thing it names.
      (alternative.test(doc.slice(c.span)) && namesThingAfter(text, c.span, d.parts)) ||
      // "we count on two radars that Spain is buying": an expectation weighs the thing it names right after.
      (thingAhead.test(doc.slice(c.span)) && namesThingAfter(text, c.span, d.parts)) ||
      // "talks on buying helicopters and jets were suspended", "the delivery of the systems was delayed": the predicate of the claim's own sub-clause.
      (predicateAt.test(doc.slice(c.span)) && predicateAfter(doc, d, c.span.start)) ||
      (hits(speech.verb, doc.slice(c.span)) && (c.certainty === "believed" || c.certainty === "reported") && /^(?:\s+that\b|\s*(?:\S+\s*){0,3}[.!?]?\s*$)/.test(text.slice(c.span.end, sentence.end))) ||
      // "Asked whether jets could go to Lima, the minister said none would be sent": the answer's denial or doubt weighs what the question told.
      ((c.certainty === "denied" || c.certainty === "doubted") && weights.asked !== null && firstPart < weights.asked && c.span.start >= weights.asked) ||
      // "Whether Iran sent drones could not be verified", "The claim that X sold jets was denied": the predicate of a sentence whose subject is the claim.
      ((c.certainty === "doubted" || c.certainty === "denied") && c.span.start >= d.lastPart && weights.claimSubject) ||
      // "..., analysts calculate": a judging verb that closes the sentence after a comma weighs all before it.
      // (", the ship-tracking firm X estimated, or roughly ...": a phrase set off after it restates the figure, and leaves it closing.)
      (c.certainty === "believed" && /^(?:\s*,(?:[^,;:]|,(?=\d))*)?[\s.!?"”’]*$/.test(text.slice(c.span.end, sentence.end)) && /,\s*(?:[\p{L}’'-]+\s+){1,4}$/u.test(text.slice(sentence.start, c.span.start))) ||
      // "..., according to allegations that monitors judged credible", "According to estimates by X, ...": the credit weighs all the sentence tells.
      // (Who the credit names is the attribution's business: "according to a report by the panel" is the panel's own word.)
      // ("..., according to the trade weekly X": a credit to the press passes the claim on, whoever the attribution makes of the paper's name.)
      ((c.certainty === "believed" || c.certainty === "doubted" || (c.certainty === "reported" && (!creditWord.test(doc.slice(c.span)) || pressCredit.test(doc.slice(c.span))))) && weights.credits.some((p) => p.start <= c.span.start && c.span.end <= p.end)),
  );
  const cues: Certainty[] = cueWords.map((c) => c.certainty);
  // ("..., the state news agency IRNA reported": a state's agency that reports a transfer passes it on like other media;
  // its report of its own state's output, "KCNA reported record shell output", stays the state's word.)
  const newsPassedOn = d.kind !== "production" && reportsNews(doc, attribution, sentence);
  if ((attribution.voice === "media" && (!stateMediaVoice(attribution) || newsPassedOn)) || (attribution.voice === "unnamed" && !speaksForBody(attribution))) cues.push("reported");
  // "..., people familiar with the matter said", "officials who spoke on condition of anonymity": credited to sources the sentence does not name.
  if (weights.unnamed) cues.push("reported");
  // ("..., Yonhap News Agency reported, citing the spy agency": the press passes on what the body it cites told it.)
  if (weights.pressCites && (attribution.relays.length > 0 || attribution.voice === "media" || weights.pressTold)) cues.push("reported");
  // "Minsk has supplied no tanks": the thing is the negated object of the transfer verb.
  if (objectDenied(doc, triggers, firstPart)) cues.push("denied");
  // "Berlin will send a package to Kyiv. The package includes 40 tanks.": a listing of a lot told before keeps its certainty.
  const lot = lotCertainty(doc, sentence, d);
  if (lot) cues.push(lot);
  // "Did Russia help Iran reach orbit?": a question asks whether the transfer happened, and tells it only as possible.
  if (question.test(text.slice(sentence.start, sentence.end))) cues.push("possible");
  return strongestCertainty(cues);
}
/** Whether a clause that grants something ("..., even after X admitted") opens between a cue and the claim's first part. */
function conceded(text: string, from: number, firstPart: number): boolean {
  if (!Number.isFinite(firstPart) || firstPart <= from) return false;
  concession.lastIndex = 0;
  return concession.test(text.slice(from, firstPart));
}
const question = new RegExp(`^[\\s"“‘']*(?:${(certaintyData.questionOpeners as string[]).join("|")})\\b[^?\\n]{0,400}\\?[\\s"”’']*$`, "iu");

/**
 * The sub-clause of `clause` around `anchor` (the claim's first part): from the last boundary before it
 * (", adding that", "; ", ", while") to the next one after it. A sub-clause with no transfer verb of its own
 * ("..., saying it keeps strict export controls on dual-use items") goes on with the one before it.
 * `subClauseOf` "A is set to get X, adding that B sent Y" with the anchor on Y is the span of "that B sent Y".
 */
export function subClauseOf(doc: ArmsDocument, clause: Span, anchor: number | undefined): Span {
  if (anchor === undefined || anchor < clause.start || anchor >= clause.end) return clause;
  const { bounds, grants } = clauseBounds(doc, clause);
  let start = clause.start;
  let end = clause.end;
  for (let i = 0; i < bounds.length; i++) {
    const b = bounds[i];
    if (b.after <= anchor) {
      const next = bounds[i + 1]?.at ?? clause.end;
      if (grants.includes(b.at) || hasTransferVerb(doc, { start: b.after, end: next })) start = b.after;
    } else if (b.at > anchor) {
      end = b.at;
      break;
    }
  }
  return { start, end };
}

type ClauseBounds = { bounds: readonly { at: number; after: number }[]; grants: readonly number[] };
// The places where a clause's sub-clauses start, read from its words alone: each claim of a clause asks for them (about
// two claims a clause on topic), so they are read once per clause of a document. (Safe: they depend on the clause's
// text only, and the memory is dropped if the document's text is another.)
const boundsMemo = new WeakMap<ArmsDocument, { text: string; byClause: Map<string, ClauseBounds> }>();
function clauseBounds(doc: ArmsDocument, clause: Span): ClauseBounds {
  let kept = boundsMemo.get(doc);
  if (!kept || kept.text !== doc.text) boundsMemo.set(doc, (kept = { text: doc.text, byClause: new Map() }));
  const key = `${clause.start}:${clause.end}`;
  let found = kept.byClause.get(key);
  if (!found) {
    const bounds: { at: number; after: number }[] = [];
    const text = doc.text.slice(clause.start, clause.end);
    // ("..., even after X admitted that its troops fought": a clause that grants what the rest denies is one of its own, whatever its verb.)
    const grants = [...allMatches(concession, text)].map((m) => clause.start + m.index);
    for (const m of [...allMatches(subClause, text), ...allMatches(asClause, text), ...allMatches(concession, text)].sort((a, b) => a.index - b.index)) bounds.push({ at: clause.start + m.index, after: clause.start + m.index + m[0].length });
    kept.byClause.set(key, (found = { bounds, grants }));
  }
  return found;
}

/** Whether a stretch has a transfer verb used as a verb ("provided", not the noun in "export controls"); untagged text counts as verbs. */
function hasTransferVerb(doc: ArmsDocument, s: Span): boolean {
  return findTriggers(doc.slice(s), s.start).some((t) => {
    if (t.role !== "give" && t.role !== "get" && t.role !== "pay") return false;
    const tag = doc.tokens.length ? doc.within(doc.tokens, { start: t.start, end: t.end })[0] : undefined;
    return !tag || tag.pos === "VERB" || tag.pos === "AUX";
  });
}

/**
 * Whether the claim's thing is the negated object of a transfer verb: "Minsk has supplied no tanks to Moscow",
 * "sent not a single shell". Bound to the thing, so "sold no rockets, but it sent trucks" denies the rockets only.
 */
function objectDenied(doc: ArmsDocument, triggers: readonly { start: number; end: number }[], firstPart: number): boolean {
  if (!Number.isFinite(firstPart)) return false;
  return triggers.some((t) => {
    if (t.end > firstPart || firstPart - t.end > 60) return false;
    // ("has sent Lima no jets": the receiver may stand as the verb's first object, right after it.)
    const receiver = doc.within(doc.mentions, { start: t.end, end: firstPart }).find((m) => m.kind === "state" && !!m.state && m.form !== "adjective" && /^\s+$/.test(doc.text.slice(t.end, m.span.start)));
    const between = doc.text.slice(receiver ? receiver.span.end : t.end, firstPart);
    const m = negatedObject.exec(between);
    return !!m && /^\s+$/.test(between.slice(0, m.index));
  });
}

/** "that was held up", "which had been delayed": a halting or delaying verb told of the thing in a relative clause. */
const relativeLead = /\b(?:that|which)\s+(?:(?:had|has|have|was|were|is|are|been|being)\s+){0,2}$/i;
/** Words before a verb that make it no finished deed ("will reach", "to be shipped"). */
const modalWord = /^(?:will|would|could|can|may|might|must|shall|should|to|be|being)$/i;

/**
 * Whether a halt or delay lies behind: "rifles that had been stuck at customs reached Ghana on Friday", "vehicles
 * that were held up at the border arrived in May": the halting verb stands in a relative clause and the next verb,
 * with no comma between, is in the past and bears no modal, so the transfer told is done (unlike "missiles that
 * were delayed will reach Taiwan in June", or "the shipment that was delayed" with no verb after it).
 */
function haltOvercome(doc: ArmsDocument, sentence: Span, c: Cue): boolean {
  if (!isPredicate(doc, c)) return false;
  // "lifted the freeze on missiles for Kyiv": the hold is the object of a verb that ends it.
  if (liftedAfter.test(doc.text.slice(c.span.end, c.span.end + 6)) && liftedBefore.test(doc.text.slice(Math.max(sentence.start, c.span.start - 40), c.span.start))) return true;
  if (!relativeLead.test(doc.text.slice(Math.max(sentence.start, c.span.start - 40), c.span.start))) return false;
  const after = doc.within(doc.tokens, { start: c.span.end, end: sentence.end });
  const at = after.findIndex((t) => t.pos === "VERB");
  if (at < 0 || /[,;:]/.test(doc.text.slice(c.span.end, after[at].span.start))) return false;
  const verb = after[at];
  const form = doc.slice(verb.span).toLowerCase();
  if (form === verb.lemma || (/(?:ing|s)$/.test(form) && !/ss$/.test(form))) return false;
  return !after.slice(Math.max(0, at - 3), at).some((t) => modalWord.test(doc.slice(t.span)));
}

/** A halting or delaying verb after the claim's last part, in its sub-clause, with no relative clause or other transfer word between. */
function predicateAfter(doc: ArmsDocument, d: CertaintyScope, at: number): boolean {
  if (at < d.lastPart || at - d.lastPart > certaintyData.scope.predicateReach) return false;
  const scope = subClauseOf(doc, d.clause, d.parts.amount?.start ?? d.parts.item?.start);
  if (at >= scope.end) return false;
  const between = doc.text.slice(d.lastPart, at);
  return !/[;:()]|\b(?:which|that|who|whose|but|yet|while|whereas|although|though|as|after|before|when|because|since|until|unless|if|once)\b/i.test(between) && findTriggers(between, 0).length === 0;
}

/**
 * Whether the claim's thing (its figure or its item) follows `cue` within a few words of the same phrase:
 * `namesThingAfter` on "opted for Swedish jets instead of Russian jets" holds for the Russian jets, not the Swedish ones.
 */
function namesThingAfter(text: string, cue: Span, parts: CertaintyScope["parts"]): boolean {
  const starts = [parts.amount, parts.item].flatMap((p) => (p && p.start >= cue.end ? [p.start] : []));
  if (!starts.length) return false;
  const between = text.slice(cue.end, Math.min(...starts));
  return /^[\s\p{L}\d’'-]*$/u.test(between) && between.trim().split(/\s+/).filter(Boolean).length <= certaintyData.scope.alternativeWords;
}

/**
 * Whether a hedge after the claim's parts leads, through a few words and a preposition, to a mention of the claim's
 * supplier: `hedgesSupplier` at "reportedly" in "drones reportedly from Iran" (supplier IRN) holds; the hedge doubts
 * who gave, a part of the transfer itself. Another party after the hedge ("later reportedly used by Moscow") is no match.
 */
function hedgesSupplier(doc: ArmsDocument, sentence: Span, supplier: string | null, cue: Span): boolean {
  if (!supplier) return false;
  return doc.within(doc.mentions, sentence).some((m) => m.kind === "state" && m.state === supplier && m.span.start >= cue.end && supplierLead.test(doc.text.slice(cue.end, m.span.start)));
}

/**
 * A modal or hedge just after the claim's last part, not in a purpose or relative clause ("which will be used", "to be used"),
 * or the predicate after a subject that goes on past the claim's parts in prepositional phrases only ("a battery drawn
 * from Dutch stocks in coordination with partners is expected to", within `scope.predicateReach`).
 */
function modalAfter(doc: ArmsDocument, lastPart: number, at: number, thingEnd: number): boolean {
  const text = doc.text;
  if (at < lastPart || at - lastPart > certaintyData.scope.predicateReach) return false;
  // ("Around thirty AS90 self-propelled guns will go": a modal right after a long name of the thing is as near as after a short one.)
  const described = at >= thingEnd && (prepositionsOnly(doc, { start: thingEnd, end: at }) || /^\s+$/.test(text.slice(thingEnd, at)));
  if (at - lastPart > certaintyData.scope.modalReach && !described) return false;
  const between = text.slice(lastPart, at);
  // ("a battery drawn from U.S. stocks in 2024 is expected to": phrases that describe the thing may hold a name's stops and a year.)
  if (!(described ? /^[\s\p{L}\d.’'-]*$/u : /^[\s\p{L}’'-]*$/u).test(between)) return false;
  // "to India will": a recipient named after the thing is no purpose; "to be used" is.
  return !/\b(?:which|that|who|and|or|but)\b/i.test(between) && !/\bto\s+(?!\p{Lu})/u.test(between);
}

/**
 * A halting verb or an alternative ("canceled", "instead of") weighs only the words next to it: where
 * a comma and a transfer verb of its own stand between it and the claim's thing ("canceled the order
 * for A, buying B instead"), the claim (B) is another transfer, not the one halted.
 */
function haltedElsewhere(doc: ArmsDocument, c: Cue, firstPart: number): boolean {
  if (!local.test(doc.slice(c.span)) || !Number.isFinite(firstPart) || firstPart <= c.span.end) return false;
  const between = doc.text.slice(c.span.end, firstPart);
  const comma = between.search(/,\s*\p{L}/u);
  return comma >= 0 && hasTransferVerb(doc, { start: c.span.end + comma, end: firstPart });
}

/**
 * A hedge in a relative clause after the claim's thing whose verb, in the passive, is the transfer itself
 * ("12 radars, which are scheduled to be shipped to Kyiv", "the jets, which will be delivered"): the hedge
 * weighs the transfer, unlike a purpose clause ("which will be used to ...") or a clause where the thing
 * acts ("radars, which could help it watch the sea").
 */
function relativeTransferAfter(doc: ArmsDocument, thingEnd: number, cue: Span): boolean {
  if (cue.start < thingEnd) return false;
  const lead = doc.text.slice(thingEnd, cue.start);
  if (lead.length > certaintyData.scope.relativeReach || !/^(?:\s+(?:to|for)\s+(?:the\s+)?\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)?)?\s*,?\s*(?:which|that)\s+(?:[\p{L}’'-]+\s+){0,2}$/u.test(lead)) return false;
  const tail = doc.text.slice(cue.end, cue.end + certaintyData.scope.relativeReach);
  // The thing is what is moved ("to be shipped", "will be delivered"), not the actor ("which could help it").
  const verb = findTriggers(tail, cue.end).find((t) => t.role === "give");
  return !!verb && /^\s+(?:to\s+)?(?:\p{L}+\s+)?be\s+$/iu.test(doc.text.slice(cue.end, verb.start)) && hasTransferVerb(doc, verb);
}

/** Between the claim's thing and a transfer verb that tells of it in a relative clause: more things of a list, "that" or "which", a subject, helper words. */
const relativeDeedLead = new RegExp(
  `^(?:\\s*,?\\s+(?:and|or)\\s+(?:[\\p{L}\\d’'-]+\\s+){0,3}[\\p{L}\\d’'-]+)?\\s+(?:(?:that|which)\\s+(?:${certaintyData.scope.deedSubject}\\s+)?|${certaintyData.scope.deedSubject}\\s+)(?:(?:${alternation(certaintyData.scope.deedHelpers)})\\s+){0,3}$`,
  "u",
);

/**
 * Where a claim told by a relative clause after its thing starts its weighing: at the thing, where the verb of the
 * transfer follows it in that clause ("payment for the shells that Iran has supplied", "the third system Berlin has
 * sent") and the clause around it moves nothing of its own ("was likely", "will be"): a hedge of that outer clause
 * weighs what it says of the thing, not the transfer the relative clause tells as done. Else null.
 */
function relativeDeed(doc: ArmsDocument, scope: Span, d: CertaintyScope, triggers: readonly Trigger[]): number | null {
  const parts = [d.parts.amount, d.parts.item].filter((p): p is Span => !!p);
  if (!parts.length) return null;
  const first = Math.min(...parts.map((p) => p.start));
  const thingEnd = Math.max(...parts.map((p) => p.end));
  if (first <= scope.start) return null;
  const verb = triggers.find((t) => t.start >= thingEnd && t.start < scope.end && t.start - thingEnd <= certaintyData.scope.relativeReach * 2);
  if (!verb || !relativeDeedLead.test(doc.text.slice(thingEnd, verb.start)) || !hasTransferVerb(doc, verb)) return null;
  // ("never delivered weapons worth $400 million that Yerevan had paid for": the payment the relative clause tells is done,
  // whatever the clause around it says of the goods' delivery.)
  if (d.item === "money" && verb.role === "pay") return first;
  return hasTransferVerb(doc, { start: scope.start, end: first }) ? null : first;
}

const phraseTags = new Set(["ADP", "DET", "NOUN", "PROPN", "ADJ", "NUM"]);
/** Whether a stretch is prepositional phrases and nothing else ("from Dutch stocks in coordination with partners"), up to an auxiliary: no verb, no comma. */
function prepositionsOnly(doc: ArmsDocument, s: Span): boolean {
  if (!/^[\s\p{L}\d.’'-]*$/u.test(doc.text.slice(s.start, s.end))) return false;
  const words = doc.within(doc.tokens, s);
  // ("... with partners is expected to": the auxiliary of the predicate closes the stretch.)
  while (words.length && words[words.length - 1].pos === "AUX") words.pop();
  // ("fighters ordered from France in August 2024 would": a past participle may open the phrases, which then tell of the thing.)
  const lead = words.length > 1 && words[0].pos === "VERB" && pastParticiple(doc, words[0]) && words[1].pos === "ADP" ? 1 : 0;
  const rest = words.slice(lead);
  return rest.length > 0 && rest[0].pos === "ADP" && rest.every((t) => phraseTags.has(t.pos) || /^[.’'-]$/.test(doc.slice(t.span)));
}

/** Whether a verb's form is its past participle in the usual spelling ("ordered", "drawn", "sent"), not its lemma or an "-ing" or "-s" form. */
function pastParticiple(doc: ArmsDocument, verb: { span: Span; lemma: string }): boolean {
  const form = doc.slice(verb.span).toLowerCase();
  return form !== verb.lemma && /(?:ed|en|wn|nt|lt|ld|ght|de)$/.test(form);
}


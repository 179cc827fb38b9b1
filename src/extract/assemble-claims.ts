import { hash } from "node:crypto";
import { strongestCertainty, type Certainty, type Claim, type ClaimKind, type Item, type Quantity, type Source, type Unit } from "../core/claim.js";
import type { Amount, ArmsDocument, Attribution, Mention, Stage } from "../core/document.js";
import type { Span } from "../core/span.js";
import { checkBudget } from "../core/pipeline.js";
import { BODIES, findGroup } from "../knowledge/gazetteer.js";
import { objectList } from "../core/object-list.js";
import { firstMatch, hits, transfer } from "../knowledge/lexicon.js";
import transferData from "../knowledge/transfer-cues.json" with { type: "json" };
import speechData from "../knowledge/speech.json" with { type: "json" };
import grammar from "../knowledge/chunks.json" with { type: "json" };
import itemData from "../knowledge/items.json" with { type: "json" };
import units from "../knowledge/units.json" with { type: "json" };
import makerData from "../knowledge/model-makers.json" with { type: "json" };
import { barterScope, splitClauses } from "./claims/clauses.js";
import { claimPeriod } from "./times/claim-period.js";
import { rowDate } from "./times/row-date.js";
import { allottedAhead, claimCertainty } from "./weigh-certainty.js";
import { findTriggers, movesByItself, resolveDirection, type Direction, type Party, type Trigger } from "./claims/direction.js";
import type { SentenceSyntax } from "./syntax/arguments.js";
import { goodsOf, partiesBySyntax, sentenceSyntax, tellingTriggers } from "./claims/parties.js";
import { headlineReceiver, inReportLead, namesLot, pageDestination, pageReceiver, receiverInFocus, runGiverOnSide } from "./claims/receiver-in-focus.js";
import { firstPersons } from "./claims/first-person.js";
import { giverOfSentenceBefore, itemDestination, jointSigners, pledgeOwner, possessiveOrigins, itemSource, pronounSubjects, secondFlow, warOwnerReceives } from "./claims/party-frames.js";
import { findItems, pageMissileFamily, withPageFamily, type ItemMention } from "./claims/find-items.js";
import { referredItems } from "./claims/referred-items.js";
import { cargoOf, carrierCount, conveyedBy, listedAfter, pricedGoods, sameWay } from "./claims/cargo.js";
import { emptyContext, type Context, type Draft } from "./claims/draft.js";
import { productionCause, productionDrafts, statusDrafts } from "./claims/production.js";
import { shapeTriggers } from "./claims/shapes/index.js";
import { countPutOn } from "./claims/shapes/estimate.js";
import { attack } from "./claims/shapes/attack.js";
import { speakerAsideOpens } from "./attribution/asides.js";
import { saysLotFollows } from "./claims/shapes/follow.js";
import { onGround, sideTaken } from "./claims/shapes/presence.js";
import { labelledPersonnel, partitivePersonnel, personnel } from "./claims/shapes/personnel.js";
import { announcesOwnPackage, announcingBodies, bodySubjects, flowOfItems, inOwnVoice, ownPackageSpeaker, joinersOfFlow, partnersOf, poolsIntoFlow, rememberItemFlows, sharedSubject, staleFlow, tellsOfCommerce } from "./claims/carry-flow.js";
import { byOwnOrigin, makerReceives, makerSupplied } from "./claims/item-origin.js";
import { madeInPlace } from "./claims/made-in-place.js";
import { doneByPeople } from "./claims/people-doers.js";
import { withoutNonTransfers } from "./claims/non-transfers.js";
import { inDescribingAside, weaponsNamed } from "./claims/item-asides.js";
import { recallConveyed } from "./claims/conveyances.js";
import { withoutConveyingAircraft } from "./claims/conveying-aircraft.js";
import { paidWith, payerBuysForFlow, payerFromContext, payForAt } from "./claims/payment.js";
import { paidSum, participleOfPaying, worthPaidFor } from "./claims/paid-sum.js";
import { announcersWhoGive, officialsState, speakersWhoGive } from "./claims/speaker-givers.js";
import { deniedDoing, denialDrafts, denialOfTold, otherVoices, deniesAnyMoved } from "./claims/denials.js";
import { followOnDrafts, inWholesVoice, tellingGiver, tellsLaterLot } from "./claims/follow-on.js";
import { conversionDrafts } from "./claims/conversion.js";
import { appositeDealDrafts, beneficiaryDrafts, dealNamedAt, dealWorthDrafts } from "./claims/deal-worth.js";
import { numberPutDrafts } from "./claims/number-put.js";
import { recalledBoxDrafts } from "./claims/recalled-boxes.js";
import { earningsDrafts } from "./claims/earnings.js";
import { signedPriceDrafts } from "./claims/signed-price.js";
import { worksCount } from "./claims/works-count.js";
import { casualtyDrafts } from "./claims/casualties.js";
import { closesList, listMember, readLists } from "./claims/list-items.js";
import { pairRespectively } from "./claims/respectively.js";
import { eachOwnBuyer } from "./claims/each-buyer.js";
import { receiversThroughGroups } from "./claims/group-receivers.js";
import { aidSumsOfArmsFlows } from "./claims/aid-sums.js";
import { wholeBeforeItsPart } from "./claims/whole-sums.js";
import { promisedWhole } from "./claims/promised-whole.js";
import { bareObjectOf, partOfThem, presentCountOf, secondFigureOf } from "./claims/split-parts.js";
import { orderedWhole, orderedWholeOf } from "./claims/ordered-whole.js";
import { gapMembers, gappedGivers } from "./claims/gapped-givers.js";
import { fromGivers } from "./claims/from-givers.js";
import { outsideSenderLabel } from "./claims/sender-labels.js";
import arrivalData from "./claims/shapes/arrival.json" with { type: "json" };
import { atWar, fillFromPage, manyGive, pageFlows, type PageFlow } from "./claims/page-flows.js";
import { lineMembers, pairedInOneMember } from "./claims/verbless-members.js";
import { broaderThan, countUnitOf, defaultItemOf, defaultUnitOf, isCurrency, isMassNoun, sharedUnit, sharesCount, toQuantity, unitFits, unitFromContext } from "./claims/quantity.js";

const limitBefore = new RegExp(`\\b(?:${transferData.limitWords.join("|")})\\s*$`, "i");
/** "the 500,000 barrels a year that North Korea may legally import": the clause after a figure tells a limit (transfer-cues.json limitAfter). */
const limitAfter = new RegExp(`^[^,;.]{0,60}?\\b(?:${transferData.limitAfter.join("|")})\\b`, "i");
const limitSetAgainst = new RegExp(`\\b(?:${transferData.limitSetAgainst.join("|")})\\b`, "i");
/** "the 500,000-barrel annual cap": the figure names a limit it modifies (transfer-cues.json limitHeads). */
const limitHead = new RegExp(`^(?:-\\p{L}+)?\\s+(?:(?:${transferData.limitHeadModifiers.join("|")})\\s+){0,2}(?:${transferData.limitHeads.join("|")})\\b`, "iu");
/** "in two rounds", "across all 29 packages": how often or in how many lots, not how much (transfer-cues.json lotCount). */
const lotCountBefore = new RegExp(`\\b(?:${transferData.lotCount.before.join("|")})\\s+(?:(?:${transferData.lotCount.fillers.join("|")})\\s+)?$`, "i");
const lotCountNoun = new RegExp(`^(?:(?:separate|successive|further|more)\\s+)?(?:${transferData.lotCount.nouns.join("|")})$`, "i");
// "drone engines used to make drones", "materials for arms production": what the goods serve to make (transfer-cues.json madeWith*).
const madeWithBefore = new RegExp(`\\b(?:${transferData.madeWithBefore.join("|")})\\s+(?:the\\s+|their\\s+|its\\s+)?$`, "i");
/** "worth €300 million to pay for drones", "worth $200 million for air defence missiles": the goods a sum of worth is for (transfer-cues.json worthFor). */
const worthFor = new RegExp(`^\\s+(?:${transferData.worthFor.join("|")})\\s+(?:(?:the|new|more|further|additional|its|their)\\s+)?(?:[\\p{L}-]+\\s+){0,2}$`, "iu");
/** "Slovak firms had sold $12 million worth.": a sum of worth that names no goods after it (transfer-cues.json worthAlone). */
const worthAlone = new RegExp(`^\\s*(?:${transferData.worthAlone.join("|")})(?:\\s*[.,;:!?)]|\\s*$|\\s+(?:to|from|in|since|last|this)\\b)`, "iu");
/** "EUR 500m of Dutch money to buying kit", "300 million euros on the same kind of purchase": a sum spent on buying (transfer-cues.json spentOnBuying). */
// A sum a state commits, spends or puts on the table for another, naming no goods, is arms aid (as such sums are read).
const armsSumVerbs = new RegExp(`^(?:${transferData.armsSumVerbs.join("|")})$`, "iu");
const spentOnBuying = new RegExp(`^\\s+(?:of\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${transferData.spentOnBuying.money.join("|")})\\s+)?(?:${transferData.spentOnBuying.before.join("|")})\\s+(?:(?:the|a|an)\\s+)?(?:[\\p{L}-]+\\s+){0,3}?(?:${transferData.spentOnBuying.buying.join("|")})\\b`, "iu");
/** "worth EUR 60m, which will consist mostly of mortar rounds", "valued at 90 million euros and aimed mostly at drones": what the lot a sum values is made of (transfer-cues.json worthMadeOf). */
const worthMadeOf = new RegExp(`^,?\\s+(?:${transferData.worthMadeOf.join("|")})\\s+(?:(?:the|new|more|further|additional|its|their)\\s+)?(?:[\\p{L}-]+\\s+){0,2}$`, "iu");
const forMaking = /\b(?:for|in)\s+(?:the\s+|their\s+|its\s+)?$/i;
const madeWithAfter = new RegExp(`^\\s+(?:${transferData.madeWithAfter.join("|")})\\b`, "i");
const describedBy = new RegExp(`^(?:${transferData.describedBy.join("|")})\\b`, "i");
const agentNoun = new RegExp(`^(?:${grammar.agentNouns.join("|")})$`, "i");
/** ", too,": an aside between a speaker's pronoun and what it says (speech.json selfPronounAsides). */
const pronounAside = `(?:,\\s*(?:${speechData.selfPronounAsides.join("|")}),)?`;
/** "said it", "on Monday said that it", "said they", "said that it, too,": the pronoun a speaking body or group uses of itself, right after its name and verb (speech.json selfPronouns). */
// (Not the thing a speaker values: "put it at 10,000 containers", speech.json valuedPronounLinks.)
const itAfterSpeaker = new RegExp(`^\\s+(?:[\\w-]+\\s+){1,4}?(?:that\\s+)?(?:${speechData.selfPronouns.join("|")})${pronounAside}\\s(?!(?:${speechData.valuedPronounLinks.join("|")})\\b)`, "i");
/** "said his country", "said that her government": a person who speaks of the state it serves (speech.json selfStates). */
const ownStateAfterSpeaker = new RegExp(`^\\s+(?:[\\w-]+\\s+){1,4}?(?:that\\s+)?(?:${speechData.selfStates.join("|")})\\s`, "i");
/** After an aside right after a speaker (attribution/asides.ts speakerAsideOpens): its close and speech verb. */
const speakerAsideCloses = new RegExp(`^[^,;.:"“”]{0,80},\\s*(?:[\\p{L}-]+\\s+){0,3}?(?:${grammar.speechVerbs.join("|")})\\b`, "iu");
/** "arrived", "landed": a verb of arriving (claims/shapes/arrival.json verbs, by word start). */
const arrivingVerb = new RegExp(`^(?:${Object.keys(arrivalData.verbs).map((v) => v.replace(/e$/, "")).join("|")})`, "i");
const ownGoods = /\b(?:its|their)\s+own\s+(?:[\w-]+\s+){0,3}$/i;
const describesNoun = new RegExp(`^\\s+(?:${transferData.describesNoun.join("|")})\\b`, "i");
/** "a Stockholm research institute", "a Helsinki peace institute": a state before a research body's noun names where it stands (transfer-cues.json institutionNouns). */
const institutionAfter = new RegExp(`^[\\s-]+(?:[\\p{L}-]+\\s+){0,2}?(?:${transferData.institutionNouns.join("|")})\\b`, "iu");
/** "new Canadian sanctions target ...", "Britain's latest penalties hit ...": the state that lays the rule (transfer-cues.json sanctionNouns). */
// (The words between describe the rule, "new", "latest"; a linking word ends the phrase: "North Korea as Western sanctions bite".)
const sanctionAfter = new RegExp(`^(?:['’]s)?[\\s]+(?:(?!(?:${transferData.phraseBreaks.join("|")})\\b)[\\p{L}]+\\s+){0,2}?(?:${transferData.sanctionNouns.join("|")})(?![\\p{L}-])`, "iu");

/**
 * Turns each candidate sentence into claims: transfers (parties ordered by the transfer words, items by
 * the lexicon, one claim per listed thing and per figure), production (factories, capacity) and status
 * (a satellite works or not), each with its amount, period, certainty and source.
 */
export function assembleClaims(): Stage {
  return (doc) => {
    const told = doc.claims.length;
    assembleOnce(doc, undefined);
    // (A clause that left a party open is read again with the flows the page told, claims/page-flows.ts.)
    const open = openClauses.get(doc);
    if (!open) return;
    openClauses.delete(doc);
    const flows = pageFlows(doc);
    if (!flows.length) return;
    // (The second reading repeats the first up to the first open clause the flows fill: each open clause it meets
    // before that one asks with the same parties and goods as in the first reading. Where the flows fill none of the
    // first reading's open clauses, the second would tell the same claims: they stand. The memories the shapes keep
    // per page (package-contents.ts openLists) are written again by the second reading before they are read. Only
    // where no stage drafted claims before this one, whose recipients receiversThroughGroups may since have changed.)
    if (told === 0 && !open.some((c) => fillFromPage(flows, c.supplier, c.recipient, c.items))) return;
    doc.claims.length = told;
    assembleOnce(doc, flows);
  };
}

/** "does not need to ship", "never sent": a clause that says the giving did not happen. */
const negated = /\b(?:not|never|no|none|nor)\b|n['’]t\b/i;

/** Pages whose first reading left a clause of giving with a party open (draftClause), with what each such clause named. */
const openClauses = new WeakMap<ArmsDocument, { supplier: string | null; recipient: string | null; items: Item[] }[]>();

/** One reading of the page's sentences into claims; `flows`, where given, are the flows the page told on a first reading. */
function assembleOnce(doc: ArmsDocument, flows: readonly PageFlow[] | undefined): void {
  const contexts = new Map<number, Context>();
  const bySentence = new Map(doc.attributions.map((a) => [a.sentence, a]));
  doc.sentences.forEach((sentence, index) => {
    if (sentence.candidate === false) return;
    checkBudget(); // (the document's time budget, core/pipeline.ts: a hostile page stops here, named)
    const ctx = contexts.get(sentence.segment) ?? { ...emptyContext(), pageFlows: flows };
    contexts.set(sentence.segment, ctx);
    if (sentence.headline) ctx.headlineReceiver ??= headlineReceiver(doc, sentence);
    // (A receiver the page counts once, where its report leads with it, serves the sentences after the lead only.)
    const embedded = doc.segments[sentence.segment]?.kind === "embedded";
    const lead = inReportLead(doc, sentence);
    ctx.pageReceiver = embedded ? null : pageReceiver(doc, lead);
    ctx.pageDestination = embedded ? null : pageDestination(doc, lead);
    const attribution = bySentence.get(index);
    if (!attribution) return;
    // (The transfer told before this sentence, for a deal priced in it: the sentence's own drafts update the context.)
    const toldBefore = ctx.lastTransfer;
    const segmentFlow = { supplier: ctx.supplier, recipient: ctx.recipient };
    const flowsBefore = ctx.itemFlow && new Map(ctx.itemFlow);
    const bodyFlowsBefore = ctx.bodyItemFlow && new Map(ctx.bodyItemFlow);
    const drafted = draftClaims(doc, index, ctx, attribution);
    // (A model named twice over in the placing sentence, by its name and its kind, is one lot placed, not two.)
    const own = ctx.sentenceOnlyFlow ? drafted.filter((d, i) => d.quantity || !drafted.some((e, j) => j < i && !e.quantity && e.kind === d.kind && e.supplier === d.supplier && e.recipient === d.recipient && e.item === d.item)) : drafted;
    const drafts = signedPriceDrafts(doc, index, earningsDrafts(doc, index, beneficiaryDrafts(doc, index, conversionDrafts(doc, index, recalledBoxDrafts(doc, index, numberPutDrafts(doc, index, dealWorthDrafts(doc, index, appositeDealDrafts(doc, index, followOnDrafts(doc, index, denialDrafts(doc, sentence.span, attribution, withoutNonTransfers(doc, sentence.span, own, (d) => void finish(doc, index, d, attribution, ctx))), ctx)), toldBefore), toldBefore)), toldBefore))), ctx, toldBefore);
    const kept: Draft[] = [];
    for (const draft of drafts) {
      let gave = false;
      for (const claim of otherVoices(doc, index, attribution, draft, inWholesVoice(doc, draft, inOwnVoice(draft, finish(doc, index, draft, attribution, ctx))))) {
        const mapped = throughForces(claim);
        // ("Moscow sent armour to the Africa Corps": a state that gives to its own force moves nothing between states.)
        if (mapped) doc.claims.push(mapped);
        gave = true;
      }
      if (gave) kept.push(draft);
    }
    rememberWhatStays(ctx, { transfer: toldBefore, flows: flowsBefore, bodyFlows: bodyFlowsBefore }, own, kept, sentence);
    if (ctx.sentenceOnlyFlow) {
      ctx.sentenceOnlyFlow = false;
      [ctx.supplier, ctx.recipient, ctx.lastTransfer] = [segmentFlow.supplier, segmentFlow.recipient, toldBefore];
    }
  });
  // ("Tehran sends no arms to Yemen" on a page about the Houthis: the group receives, claims/group-receivers.ts.)
  receiversThroughGroups(doc);
  // ("London promised 2.5 billion pounds" on a page of British arms for Kyiv: the sum is aid, claims/aid-sums.ts.)
  aidSumsOfArmsFlows(doc);
  // ("900 million euros, with 100 million of it for drones": the first sum is the whole, claims/whole-sums.ts.)
  wholeBeforeItsPart(doc);
}

/**
 * The transfer a sentence leaves in memory for the lots, arrivals and prices that go on from it, and the flow it
 * leaves for each of its goods, are those the sentence finally tells: a flow drafted and then thrown out ("Hungary
 * opposes sending tanks to Poland", read as no transfer) would hand the next lot ("a further eight arrived") a wrong
 * or reversed flow in place of the one told before. Where the sentence put over a remembered flow one that none of
 * its kept claims tells, the memory takes its last kept transfer with both parties, or stays what it was. (Where
 * nothing was remembered, the dropped flow stays: "Cuba has lost 300 marines in Syria's war" tells no transfer, yet
 * the medics who "landed in Syria" next still came from Cuba.)
 */
function rememberWhatStays(ctx: Context, before: { transfer: Context["lastTransfer"]; flows: Context["itemFlow"]; bodyFlows: Context["bodyItemFlow"] }, own: readonly Draft[], kept: readonly Draft[], sentence: ArmsDocument["sentences"][number]): void {
  const told = kept.filter((d) => d.kind === "transfer" && d.supplier && d.recipient);
  const same = (a: { supplier: string | null; recipient: string | null; item: Item }, b: { supplier: string | null; recipient: string | null; item: Item }) => a.supplier === b.supplier && a.recipient === b.recipient && a.item === b.item;
  const now = ctx.lastTransfer;
  if (before.transfer && now && now !== before.transfer && !told.some((d) => same(d, now))) {
    const last = told[told.length - 1];
    ctx.lastTransfer = last ? { supplier: last.supplier!, recipient: last.recipient!, item: last.item, span: last.parts.item ?? sentence.span } : before.transfer;
  }
  // (Each of the goods keeps the flow told before where the sentence's flow of them was thrown out, or takes the one it kept.)
  for (const d of own) {
    if (d.kind !== "transfer" || !d.supplier || !d.recipient || told.some((k) => same(k, d))) continue;
    const keptOf = own.filter((k) => k.item === d.item && told.some((t) => same(t, k)));
    for (const [memory, was] of [[ctx.itemFlow, before.flows], [ctx.bodyItemFlow, before.bodyFlows]] as const) {
      const earlier = was?.get(d.item);
      if (!memory || !earlier) continue;
      const last = keptOf[keptOf.length - 1];
      memory.set(d.item, last ? { supplier: last.supplier!, recipient: last.recipient! } : earlier);
    }
  }
}

/** "a news conference with", "talks alongside": the one met where a statement is made (speech.json occasionNouns), titles and names between. */
const metAtOccasion = new RegExp(`\\b(?:(?:${speechData.occasionNouns.join("|")})\\s+(?:with|alongside)|alongside)\\s+(?:[\\p{L}.’'-]+\\s+){0,5}$`, "iu");
/** " in a report to lawmaker ", " a written answer to ": the person a finding is sent to (speech.json addressNouns). */
const addressedBy = new RegExp(`\\b(?:${speechData.addressNouns.join("|")})s?\\s+(?:(?:sent|submitted|made|given)\\s+)?to\\s+(?:the\\s+)?(?:[\\p{Ll}-]+\\s+){0,3}$`, "u");

/** "Russia's Africa Corps has brought tanks into Mali": a force that answers to a state's government gives and receives for that state (groups.json actsFor). */
function throughForces(claim: Claim): Claim | null {
  const supplier = claim.supplier ? (findGroup(claim.supplier)?.actsFor ?? claim.supplier) : null;
  const recipient = claim.recipient ? (findGroup(claim.recipient)?.actsFor ?? claim.recipient) : null;
  if (supplier === claim.supplier && recipient === claim.recipient) return claim;
  if (claim.kind === "transfer" && supplier === recipient) return null;
  return { ...claim, supplier, recipient };
}

/** Whether a span stands inside the words that name who speaks. (At module level: tsx names a closure on each call.) */
const spokenIn = (speakerSpans: readonly Span[], span: Span) => speakerSpans.some((s) => s.start <= span.start && span.end <= s.end);

/** Whether a state named at `span` stands in an aside about a speaker, and what the speaker says names a state of its own. */
function inSpeakerAside(text: string, sentenceSpan: Span, mentions: readonly Mention[], speakerSpans: readonly Span[], span: Span): boolean {
  return speakerSpans.some((s) => {
    if (s.end > span.start || !speakerAsideOpens.test(text.slice(s.end, span.start))) return false;
    const close = speakerAsideCloses.exec(text.slice(span.end, sentenceSpan.end));
    const speaker = mentions.find((x) => x.span.start === s.start);
    const own = speaker ? (speaker.state ?? speaker.entity) : null;
    if (!close) return false;
    // (Or where what it says is a lot that will follow, naming no state: "the envoy, who toured Kyiv, said more jets would follow", claims/shapes/follow.ts.)
    const said = text.slice(span.end + close[0].length, sentenceSpan.end);
    if (saysLotFollows(said) && !mentions.some((x) => x.kind === "state" && x.span.start >= span.end + close[0].length)) return true;
    return mentions.some((x) => x.kind === "state" && x.span.start >= span.end + close[0].length && (x.state ?? x.entity) !== own);
  });
}

/**
 * The states a sentence names as parties, in text order: states named outside the words that name the speaker
 * (not as a person's descriptor, a describing adjective, where a research body stands, who lays a sanction or an
 * aside about the speaker), then leaders and bodies that stand for their states, bodies that are the subject of a
 * transfer verb or announce their own giving, pronoun subjects, "we" and "us", and "its" before the goods.
 * (One array filled by `push`: a chain of `filter`, `map` and `concat` hands on arrays of changing elements kinds,
 * and the optimised code of the caller was thrown away again and again at the look-up of `concat`.)
 */
function statePartiesOf(doc: ArmsDocument, sentenceSpan: Span, attribution: Attribution, mentions: readonly Mention[], persons: readonly Mention[], sentenceTriggers: readonly Trigger[], tagged: boolean, items: readonly ItemMention[]): Party[] {
  const text = doc.text;
  const speakerSpans = attribution?.spans ?? [];
  const parties: Party[] = [];
  for (const m of mentions) {
    if (m.kind !== "state" || spokenIn(speakerSpans, m.span)) continue;
    // "Russian President Vladimir Putin", "Ukrainian Prosecutor General Andriy Kostin": a descriptor of a person.
    if (m.form === "adjective" && persons.some((p) => p.span.start >= m.span.end && p.span.start - m.span.end <= 40 && /^[\s\p{Lu}][\p{L}\s’'-]*$/u.test(text.slice(m.span.end, p.span.start)))) continue;
    // "Russian-flagged vessels", "US reports", "Chinese officials": the state describes something else.
    // (Where the sentence is tagged, the noun the state modifies is read from its phrase instead: parties.ts.)
    if (describedBy.test(text.slice(m.span.end, m.span.end + 12)) || (!tagged && (m.form === "adjective" || m.form === "alias") && describesNoun.test(text.slice(m.span.end, m.span.end + 24)))) continue;
    // ("a Stockholm research institute": the state names where a research body stands, no party to what it counts.)
    if (institutionAfter.test(text.slice(m.span.end, m.span.end + 60))) continue;
    // ("new Canadian sanctions target a channel that paid for fuel": the state lays a rule on the trade, no party to it.)
    if (sanctionAfter.test(text.slice(m.span.end, m.span.end + 50))) continue;
    // ("Norway, which borders Russia, said it would send Ukraine ...": a state in an aside about the speaker is no party to what it
    // says, where what it says names a state of its own.)
    if (inSpeakerAside(text, sentenceSpan, mentions, speakerSpans, m.span)) continue;
    parties.push({ span: m.span, state: m.state ?? m.entity, form: m.form });
  }
  // "Putin thanked Kim for sending troops", "to the Russian army": leaders and bodies that do not speak stand for their states.
  for (const m of mentions) {
    // ("Speaking at a news conference with British Foreign Secretary David Lammy, Blinken said ...": one met at the occasion of speaking is no party.)
    // ("estimated, in a report to lawmaker Kim, that ...": who a finding is sent to is no party to what it counts.)
    if (m.kind === "person" && addressedBy.test(text.slice(Math.max(sentenceSpan.start, m.span.start - 60), m.span.start))) continue;
    if (m.kind === "person" && metAtOccasion.test(text.slice(Math.max(sentenceSpan.start, m.span.start - 80), m.span.start))) continue;
    if ((m.kind === "person" || (m.kind === "body" && /\b(?:to|from|for|into)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, m.span.start - 12), m.span.start)))) && m.state && !spokenIn(speakerSpans, m.span)) parties.push({ span: m.span, state: m.state, form: "name" });
  }
  // "The North Korean government is funneling shells": a body that is the subject of a transfer verb.
  for (const b of bodySubjects(doc, sentenceSpan, sentenceTriggers)) if (!spokenIn(speakerSpans, b.span)) parties.push(b);
  const speakerCountry = attribution.sources.length === 1 ? attribution.sources[0].country : null;
  // "The Pentagon unveiled a package for Kyiv": a body announcing its own giving, though it speaks (claims/carry-flow.ts).
  // "It sent drones to Russia": a pronoun subject stands for the state in focus (claims/party-frames.ts).
  // ("Since May we have sent rockets to Peru", "it brought us shells": "we" and "us" are the state of the one who speaks, claims/first-person.ts.)
  // "Its drones were shipped to Russia": "its" before the goods names their origin, the state in focus (claims/party-frames.ts).
  for (const more of [announcingBodies(doc, sentenceSpan, sentenceTriggers), pronounSubjects(doc, sentenceSpan, sentenceTriggers, speakerCountry), firstPersons(doc, sentenceSpan, sentenceTriggers, speakerCountry), possessiveOrigins(doc, sentenceSpan, items)]) for (const p of more) parties.push(p);
  // ("[09:41] ALERT XX-DEF: Spy agency: 1,500 soldiers moved ...": who sends an entry is no party to it, claims/sender-labels.ts.)
  // (The states named are gathered only where an entry opens with a label: most sentences have none.)
  let stateNamedAt: Set<number> | undefined;
  const bareState = (p: (typeof parties)[number]) => (stateNamedAt ??= new Set(mentions.filter((m) => m.kind === "state").map((m) => m.span.start))).has(p.span.start);
  return outsideSenderLabel(doc, sentenceSpan, parties, bareState).sort((a, b) => a.span.start - b.span.start);
}

function draftClaims(doc: ArmsDocument, index: number, ctx: Context, attribution: Attribution): Draft[] {
  const sentence = doc.sentences[index];
  const { start } = sentence.span;
  const text = doc.text;
  const local = doc.slice(sentence.span);
  const speakerSpans = attribution?.spans ?? [];
  // (The sentence's mentions, transfer words and figures, read once: the filters and rules below each ask for them.)
  const mentions = doc.within(doc.mentions, sentence.span);
  const sentenceTriggers = findTriggers(local, start);
  const sentenceAmounts = doc.within(doc.amounts, sentence.span);
  const persons = mentions.filter((m) => m.kind === "person" || m.kind === "body");
  const tagged = doc.within(doc.tokens, sentence.span).length > 0;
  const stateParties = statePartiesOf(doc, sentence.span, attribution, mentions, persons, sentenceTriggers, tagged, findItems(local, start));
  const speakingStates: Party[] = mentions
    .filter((m) => m.kind === "state" && speakerSpans.some((s) => s.start <= m.span.start && m.span.end <= s.end))
    .map((m) => ({ span: m.span, state: m.state ?? m.entity, form: m.form }));
  // The phrase structure drops targets, aggressors, reporters and purposes (claims/parties.ts).
  // (With the words of a side taken in a fight: "helped to retake Kursk" opens no purpose, claims/shapes/presence.ts.)
  // ("Chadian soldiers had fought in Libya": the soldiers who fought are what moved, claims/shapes/personnel.ts.)
  const syntax = sentenceSyntax(doc, sentence.span, [...sentenceTriggers, ...sideTaken({ doc, sentence: sentence.span }), ...onGround({ doc, sentence: sentence.span }), ...personnel({ doc, index, sentence: sentence.span, ctx })]);
  const allParties = partiesBySyntax(stateParties, syntax);
  // ("Poland promised Kyiv 20 tanks, Sweden 12": a further giver of a gapped list is no party of the first flow, claims/gapped-givers.ts.)
  const gapped0 = gapMembers(text, sentence.span, allParties, sentenceAmounts, doc.within(doc.times, sentence.span));
  const parties = gapped0.size ? allParties.filter((p) => !gapped0.has(p)) : allParties;
  // States the phrase structure says stand by (a venue, one that lets others give, a target): never the giver by default.
  const standingBy = new Set(stateParties.filter((p) => !allParties.includes(p)).map((p) => p.state));
  const named = goodsOf(referredItems(withPageFamily(readLists(local, start, findItems(local, start)), () => missileFamilyOf(doc, sentence.headline)), doc), syntax, [...sentenceTriggers, ...attack({ doc, index, sentence: sentence.span, ctx })]).filter((i) => !mentions.some((m) => m.kind !== "state" && m.span.start <= i.span.start && i.span.end <= m.span.end))
    // "Military experts in Seoul say ...", "drone experts said": a thing word in (or just before) the words that name
    // who speaks names the speaker, no goods.
    .filter((i) => !speakerSpans.some((s) => s.start < i.span.end && i.span.start < s.end || (i.span.end <= s.start && /^[ \t]+$/.test(text.slice(i.span.end, s.start)))));
  // ("50 CV90 vehicles, which carry a 40mm cannon": a figure in an aside that describes a thing counts its make-up, claims/item-asides.ts.)
  const weapons = weaponsNamed(named, sentenceAmounts);
  // ("7.5 billion kroner (about $740 million)": one sum in two currencies is kept in dollars, SCHEMA.md.)
  const inDollars = dollarRestatements(text, sentenceAmounts);
  const amounts = sentenceAmounts.filter((a) => !inDollars.restated.has(a) && (inDollars.dollars.has(a) || !isParenthetical(text, a.span)) && !inDescribingAside(text, a.span, sentence.span, weapons));
  const drafts: Draft[] = objectList();

  // Production: "factories ... at full capacity", "used to produce missiles", "its ballistic missile production".
  const clauses = splitClauses(local, start);
  const served: ItemMention[] = [];
  const production = productionDrafts(doc, clauses, parties, named, amounts, ctx, served);
  // A "Read also" box links to another report for what moves; a works or a satellite it names is no claim of this page.
  const inBox = doc.segments[sentence.segment]?.kind === "embedded";
  if (!inBox) drafts.push(...production);
  // What a factory makes is not also what moves ("imports ... used to produce missiles").
  // (Only what follows "produce"/"making": "munitions factories ... supplying Russia" still supply.)
  // (The only thing a sentence names may be both: "munitions factories ... supplying Russia".)
  // ("sent metals and parts for making drones": what the goods serve is neither made nor moved.)
  const product = (i: ItemMention) => production.some((p) => p.parts.item && p.parts.item.start === i.span.start) || served.includes(i);
  const made = named.some((i) => !product(i)) ? named.filter((i) => !product(i)) : named.filter((i) => !(product(i) && /\b(?:produc|manufactur|mak|assembl)\w*\s+(?:[\w,-]+\s+){0,5}$/i.test(text.slice(Math.max(0, i.span.start - 60), i.span.start))));
  // "the microchips it needs to keep its arms factories busy": a thing word naming what works make only qualifies them,
  // beside goods the sentence names (alone it may still be the goods: "munitions factories ... supplying Russia").
  const working = made.some((i) => !namesWorks(text, i)) ? made.filter((i) => !namesWorks(text, i)) : made;
  // "nitrocellulose, a key ingredient in the propellant for shells": what an aside says a thing is for or made of is no goods (claims/item-asides.ts).
  // ("shipments had been held back" after "weapons shipments": the goods told with the noun before, claims/conveyances.ts.)
  // ("a Russian Il-76 delivered a radar": a transport aircraft that carried the other goods is no goods, claims/conveying-aircraft.ts.)
  // ("photographs sent in by railway workers": people named after "by" do the act and do not move, claims/people-doers.ts.)
  const items = recallConveyed(text, withoutConveyingAircraft(text, working.filter((i) => !inDescribingAside(text, i.span, sentence.span, weapons) && !doneByPeople(text, sentence.span, i))), ctx);
  // Status: "launched a spy satellite into orbit", "the satellite shows no activity".
  if (!inBox) drafts.push(...statusDrafts(doc, sentence.span, parties, items, ctx));
  // ("around 2,000 Chadian soldiers have been killed": troops lost, with no verb of sending, claims/casualties.ts;
  // where a verb of the sentence reads the figure as troops sent, claims/false-readings.ts turns that draft into the same status.
  // A box's headline counts for transfers only, as for the status above.)
  const losses = inBox ? [] : casualtyDrafts(text, clauses, mentions, amounts);
  drafts.push(...losses);

  // Shapes without a transfer verb ("the package includes") give transfer words of their own.
  const triggers = tellingTriggers(doc, sentence.span, [...sentenceTriggers, ...shapeTriggers({ doc, index, sentence: sentence.span, ctx })]).sort((a, b) => a.start - b.start);
  const hasTrigger = triggers.length > 0;
  // Without a transfer word, only a figure of the trade carried on from what came before makes a claim ("that's more than 400,000 rounds").
  // Without one, a figure makes a claim only where it points back ("that's more than 400,000 rounds", "these containers").
  const fromTo = parties.length >= 2 && /\bfrom\b[^.;]*\b(?:to|into)\b/i.test(local);
  // ("Tehran denied that any had been delivered": a denial naming no goods points back to the transfers told before.)
  // (Only the sentence's own denial: one elsewhere on the page does not turn a transfer told with no goods into a denial.)
  if (hasTrigger && !items.length && !amounts.length && deniesAnyMoved(local)) return [...drafts, ...denialOfTold(doc, sentence.span, attribution, ctx)];
  if (!hasTrigger && !fromTo && !(amounts.some((a) => (a.unit && a.unit !== "percent") || partitivePersonnel(text, a.span, items)) && hits(transfer.anaphora, local))) return [...drafts, ...denialOfTold(doc, sentence.span, attribution, ctx), ...joinersOfFlow(doc, sentence.span, ctx)];

  const reading: SentenceReading = { doc, index, ctx, attribution, clauses, items, amounts, triggers, lexicalTriggers: sentenceTriggers, hasTrigger, fromTo, parties, stateParties, speakingStates, standingBy, syntax, drafts, recounted: new Set<number>(), carried: { supplier: null, recipient: null } };
  const drafted = drafts.length;
  for (const clause of clauses) draftClause(reading, clause);
  // ("Sweden put 40 million euros into the joint purchases": the buying named there reads as a trade with no
  // parties of its own; where the clauses draft nothing, the sum joins the flow told before.)
  // ("Norway told reporters it would add 20 million to the pot": nor where they draft only a giver the sentence does not name.)
  if (poolsIntoFlow(doc, sentence.span) && drafts.slice(drafted).every((d) => !d.supplier || !stateParties.some((p) => p.state === d.supplier))) {
    const joined = joinersOfFlow(doc, sentence.span, ctx);
    if (joined.length) drafts.splice(drafted, drafts.length - drafted, ...joined);
  }
  // "The Kazan plant turns out dozens of tanks a month, a Russian-built copy of Iran's design": a figure a works puts
  // out is its output, not also goods moved; a transfer of that same figure and thing is the production misread.
  const output = new Set(drafts.filter((d) => d.kind === "production" && d.parts.amount).map((d) => `${d.item}|${d.parts.amount!.start}`));
  if (output.size) drafts.splice(0, drafts.length, ...drafts.filter((d) => d.kind !== "transfer" || !d.parts.amount || !output.has(`${d.item}|${d.parts.amount.start}`)));
  // "Poland and Norway sent 20 and 12 tanks, respectively": givers (or receivers) and figures pair in order (claims/respectively.ts).
  const pairedDrafts = pairRespectively(text, sentence.span, parties, amounts, drafts);
  if (pairedDrafts !== drafts) drafts.splice(0, drafts.length, ...pairedDrafts);
  // "Denmark pledged 19 jets to Ukraine, the Netherlands 24 and Norway six": each further giver with its own bare figure (claims/gapped-givers.ts).
  const gapped = gappedGivers(text, sentence.span, allParties, drafts, doc.within(doc.times, sentence.span));
  if (gapped !== drafts) drafts.splice(0, drafts.length, ...gapped);
  // "bought ten frigates from Italy and another six from Spain": each giver after "from" with its own figure (claims/from-givers.ts).
  const fromList = fromGivers(text, sentence.span, allParties, amounts, drafts);
  if (fromList !== drafts) drafts.splice(0, drafts.length, ...fromList);
  // "approved 30 tanks for Bucharest and 12 launchers for Riga": the goods of a second sale go to the buyer named right after them (claims/each-buyer.ts).
  const ownBuyers = eachOwnBuyer(text, sentence.span, allParties, drafts);
  if (ownBuyers !== drafts) drafts.splice(0, drafts.length, ...ownBuyers);
  if (items.length) {
    // The way each item moved here ("paid in food" runs back): a later bare figure takes only items of its own way (claims/cargo.ts).
    const flows = new Map<ItemMention, string>();
    for (const d of drafts) for (const i of items) if (d.kind === "transfer" && d.parts.item && d.parts.item.start === i.span.start && d.supplier && d.recipient) flows.set(i, `${d.supplier}>${d.recipient}`);
    ctx.itemFlows = flows;
  }
  // (A heading that names no state, a masthead's "a newsletter about ammunition", tells no cargo for the figures below it.)
  const aside = sentence.headline && !stateParties.length && !drafts.length;
  ctx.items = items.length && !aside ? items : ctx.items;
  const told = drafts.filter((d) => d.kind === "transfer");
  const lastTold = told[told.length - 1];
  rememberItemFlows(ctx, told, !!sentence.headline);
  if (lastTold?.supplier && lastTold.recipient) ctx.lastTransfer = { supplier: lastTold.supplier, recipient: lastTold.recipient, item: lastTold.item, span: lastTold.parts.item ?? sentence.span };
  // "enough ammunition to supply millions of rounds": a bare broader word restates the counted thing;
  // so does a mass noun of the same item ("turned into 152mm ammunition, that is two million rounds").
  const measuring = (d: Draft) => d.kind === "transfer" && !d.quantity && d.parts.item !== undefined && reading.recounted.has(d.parts.item.start) ? drafts.find((o) => o !== d && o.quantity && o.kind === "transfer" && o.supplier === d.supplier && o.recipient === d.recipient && o.item === d.item) : undefined;
  // (The one claim is dated by both clauses, as the flow's own was: "began sending them in May; hundreds have gone since".)
  // (Read once per draft, and only where a later count measured an earlier clause's goods: most sentences have none.)
  const measured = new Set<Draft>();
  const dated = new Map<Draft, Draft>();
  if (reading.recounted.size) {
    for (const d of drafts) {
      const o = measuring(d);
      if (!o) continue;
      measured.add(d);
      if (!o.timeClause) dated.set(o, { ...o, timeClause: { start: Math.min(d.clause.start, o.clause.start), end: Math.max(d.clause.end, o.clause.end) } });
    }
  }
  const kept = measured.size ? drafts.filter((d) => !measured.has(d)).map((d) => dated.get(d) ?? d) : drafts;
  return kept.filter((d) => !losses.includes(d) || !drafts.some((o) => o.kind === "transfer" && o.item === "troops" && o.parts.amount?.start === d.parts.amount?.start)).filter((d) => d.quantity || d.kind !== "transfer" || !drafts.some((o) => o.quantity && o.kind === "transfer" && o.supplier === d.supplier && o.recipient === d.recipient && (broaderThan(d.item, o.item) || (d.item === o.item && isMassNoun(d.thing ?? ""))) && !listedWith(text, o, d)));
}

/**
 * What each clause of a sentence is read against: the sentence's parties, things, figures and transfer words, the
 * drafts so far, and the flow the clause before carried (`carried`, which each clause that finds a flow sets).
 */
interface SentenceReading {
  readonly doc: ArmsDocument;
  readonly index: number;
  readonly ctx: Context;
  readonly attribution: Attribution;
  readonly clauses: readonly Span[];
  readonly items: readonly ItemMention[];
  readonly amounts: readonly Amount[];
  readonly triggers: readonly Trigger[];
  /** The sentence's words of the transfer lexicon, before the shapes add theirs and the filters drop any. */
  readonly lexicalTriggers: readonly Trigger[];
  readonly hasTrigger: boolean;
  readonly fromTo: boolean;
  readonly parties: readonly Party[];
  readonly stateParties: readonly Party[];
  readonly speakingStates: readonly Party[];
  readonly standingBy: ReadonlySet<string>;
  readonly syntax: SentenceSyntax;
  readonly drafts: Draft[];
  /** Where the goods stand that a bare count of a later clause measured (claims/split-parts.ts presentCountOf). */
  readonly recounted: Set<number>;
  carried: { supplier: string | null; recipient: string | null };
}


// A head of state or government and the office that speaks for them ("the White House", bodies.json generic
// "presidency"), like a government, speak of their state's own deeds: "Biden said he had held back bombs for Israel".
const headOffices = new Set(BODIES.filter((b) => b.generic === "presidency").map((b) => b.name));
// (Only where "he" or "she" tells a deed of their own, not a saying: "he said it was sending" speaks of another's.)
const ownDeed = new RegExp(`\\b(?:he|she)\\s+(?:(?:had|has|would|will|was|is|did)\\s+)?(?:not\\s+|never\\s+)?(?!(?:${speechData.sayingAfterPronoun.join("|")})\\b)\\p{Ll}+`, "iu");

/**
 * The claims of one clause of a sentence: its way (who gives, who gets), then one draft per figure and per thing.
 * (A function of its own, as draftFigure: V8 compiles the sentence's assembly and each clause's apart, and a function
 * as long as the two together took seconds of the optimising compiler's time, paid again at each deoptimisation.)
 */
function draftClause(r: SentenceReading, clause: Span): void {
  const { doc, index, ctx, attribution, clauses, items, amounts, triggers, hasTrigger, fromTo, parties, stateParties, speakingStates, standingBy, syntax, drafts } = r;
  const text = doc.text;
  const sentence = doc.sentences[index];
  let clauseItems = items.filter((i) => i.span.start >= clause.start && i.span.end <= clause.end);
  const clauseAmounts = amounts.filter((a) => a.span.start >= clause.start && a.span.end <= clause.end);
  const clauseTriggers = triggers.filter((t) => t.start >= clause.start && t.end <= clause.end);
  // ("Its target is 300 drones a month, but the works lags": a sentence let in by its figure alone makes no claim in a
  // clause with no figure, transfer word or party of its own.)
  if (!hasTrigger && !fromTo && !clauseAmounts.length && !parties.some((p) => p.span.start >= clause.start && p.span.end <= clause.end)) return;
  const reverseFrom = reverseScope(text, clause) ?? barterScope(text, clause, clauseTriggers, clauseItems);
  // (A ministry or an army that speaks of a package or a drawdown speaks of its own: claims/carry-flow.ts.)
  // (And a state's body that announces a package: "the Pentagon on Thursday unveiled a $2.5 billion tranche for Ukraine".)
  const announced = attribution?.sources.length === 1 && attribution.span && attribution.span.start >= clause.start && attribution.span.end <= clause.end ? announcesOwnPackage(text, attribution.span) : null;
  const announcer = announced !== null ? attribution!.sources[0].country : null;
  // ("Taiwan's military said it expects delivery of launchers": a state's body that speaks of "it" speaks of its state.)
  // ("The Dutch prime minister said his country would send": one who speaks of the state it serves.)
  const after = attribution?.span ? text.slice(attribution.span.end, attribution.span.end + 40) : "";
  const bodyState = attribution?.sources.length === 1 && attribution.sources[0].country && ((!attribution.sources[0].speaker && attribution.sources[0].org && itAfterSpeaker.test(after)) || ownStateAfterSpeaker.test(after)) ? attribution.sources[0].country : null;
  // ("The Belarusian defence ministry denied sending ammunition to Russia": a body that denies doing so speaks of its state, claims/denials.ts.)
  const speakerState = attribution?.sources.length === 1 && (/government$/.test(attribution.sources[0].org ?? "") || (headOffices.has(attribution.sources[0].org ?? "") && ownDeed.test(text.slice(clause.start, clause.end)))) ? attribution.sources[0].country : ownPackageSpeaker(doc, attribution, clauseTriggers) ?? announcer ?? bodyState ?? deniedDoing(doc, attribution, clauseTriggers[0] ?? null);
  let dir = resolveDirection(text, clause, parties, clauseItems, reverseFrom, speakerState, clauseTriggers, syntax, stateParties);
  // "Kenya bought three Bayraktar drones": with no supplier named, the maker of what a state buys or fields supplies it.
  // (Not by a word of buying in an aside about the giver: "Spain and Italy, which bought the guns together, delivered 30".)
  dir = makerSupplied(text, clause, clauseItems, parties, clauseTriggers.filter((t) => !syntax.inRelativeAside(t) || (dir.trigger && t.start === dir.trigger.start)), dir, (item, recipient, maker) => ctx.itemFlow?.get(item as Item)?.recipient === recipient || [...(ctx.itemFlow?.values() ?? [])].some((f) => f.recipient === recipient && f.supplier !== maker));
  // "North Korea supplied shells for Russia's war": the owner of the war the goods serve receives them.
  dir = warOwnerReceives(text, clause, stateParties, parties, syntax, dir);
  // "India and France signed a deal for jets for the Indian Navy": the side the goods are for buys them.
  dir = jointSigners(text, clause, parties, dir);
  // "X formed an alliance with Y and sent troops to it": a clause opened by "and" and its verb shares the subject before.
  // (A state that speaks may be that subject: "India rejected the offer, choosing instead to buy jets from France".)
  const shared = (dir.role === "give" && !dir.supplier) || (dir.role === "get" && !dir.recipient) ? sharedSubject(text, clause, clauses[clauses.indexOf(clause) - 1] ?? null, [...parties, ...speakingStates].sort((a, b) => a.span.start - b.span.start), clauseTriggers) : null;
  if (shared && shared !== (dir.role === "give" ? dir.recipient : dir.supplier)) dir = dir.role === "give" ? { ...dir, supplier: shared } : { ...dir, recipient: shared };
  // "payment for the shells that Pyongyang has supplied to Moscow": a verb of a relative clause moves the things it is said of, no others named before them.
  const antecedent = dir.trigger && (dir.role === "give" || dir.role === "get") ? syntax.objectAntecedent(dir.trigger) : null;
  if (antecedent && clauseItems.some((i) => i.span.start >= antecedent.start && i.span.end <= antecedent.end)) clauseItems = clauseItems.filter((i) => i.span.start >= antecedent.start);
  const clauseDrafts = drafts.length;
  // "..., with Chile being the top supplier": a giver's noun that names no goods gives those named before it.
  // (A ranking is an aside: the flow the report follows stays that of the clause before.)
  const ranking = !clauseItems.length && !!dir.trigger && agentNoun.test(text.slice(dir.trigger.start, dir.trigger.end));
  if (ranking) clauseItems = items.filter((i) => i.span.end <= clause.start);
  // "Russia was expected to use the missiles", "crews trained in Iran on how to use the systems": using
  // tells a transfer only where the clause names where the thing came from, not by the parties before.
  if (dir.role === "use" && !dir.supplier) return;
  // A clause that names no party leans on the one before it, then on the sentence before.
  // ("others urged the administration to resume shipments", "a debate on how long the budget can carry aid": a noun of
  // transfer that another verb governs names a kind of trade, none told here; in a sentence with no party, and a clause
  // with no figure or denial of its own, it takes no flow from before.)
  // (A word of the transfer lexicon only: the shapes' own words, "the footage shows parts", tell what they were built for.)
  const lexical = !!dir.trigger && r.lexicalTriggers.some((t) => t.start === dir.trigger!.start);
  const governed = !parties.length && lexical && !clauseAmounts.length && !!syntax.governingVerb(dir.trigger!) && !doc.within(doc.cues, sentence.span).some((c) => c.certainty === "denied" || c.certainty === "doubted");
  const clauseParties = parties.filter((p) => p.span.start >= clause.start && p.span.end <= clause.end);
  const carried = governed ? { supplier: null, recipient: null } : r.carried;
  let supplier = dir.supplier ?? (clauseParties.length && dir.recipient === null ? null : carried.supplier !== dir.recipient ? carried.supplier : null);
  let recipient = dir.recipient ?? (clauseParties.length && supplier === null ? null : carried.recipient !== supplier ? carried.recipient : null);
  // ("The firm later said the ban would cost it millions": a business's own affairs carry no flow from before, claims/carry-flow.ts.)
  // (A clause after the first shares its subject: "A maker of trucks posted record profits, helped by export orders".)
  let payerGives = false;
  const official = officialsState(attribution);
  // (The state whose government speaks of giving to the receiver, read where the clause names no giver: see below.)
  const ownGiverOf = (state: string | null, to: string) => state && state !== to && !standingBy.has(state) && dir.role === "give" && !dir.giverNamed && !movesByItself(dir.trigger && text.slice(dir.trigger.start, dir.trigger.end)) && clauseParties.every((p) => p.state === to) && !atWar(state, to) && (state === speakerState || manyGive(ctx.pageFlows ?? pageFlows(doc), to, state)) ? state : null;
  let ownGiver: string | null = null;
  const commerce = (!supplier || !recipient) && (tellsOfCommerce(text, clause, parties) || (!clauseParties.length && tellsOfCommerce(text, clauses[0], parties)));
  // ("The Chilean defence ministry said jets had arrived from Brazil": goods that arrive from the one state the clause
  // names, in the word of another state's government, come to that state, not to the receiver of the flow before.)
  const hearer = speakerState ?? official;
  if (supplier && !recipient && !dir.recipient && hearer && hearer !== supplier && !standingBy.has(hearer) && dir.trigger && arrivingVerb.test(text.slice(dir.trigger.start, dir.trigger.end)) && clauseParties.every((p) => p.state === supplier) && !atWar(hearer, supplier)) recipient = hearer;
  if ((!supplier || !recipient) && ctx.supplier && ctx.recipient && !commerce) {
    if (!supplier && !recipient && !parties.length && !governed) {
      [supplier, recipient] = payerFromContext(dir.role, ctx) ?? (dir.role !== "pay" ? flowOfItems(text, ctx, clauseItems, doc.within(doc.cues, sentence.span).some((c) => c.certainty === "denied")) : null) ?? (staleFlow(doc, index, ctx, clauseItems) ? [null, null] : [ctx.supplier, ctx.recipient]);
      // ("Poland sent jets to Kyiv. Oslo says 20 more howitzers will follow": a state whose own government tells a further
      // lot that names no giver, after another state's transfer, gives it itself, where the page tells that state or
      // several states giving to the same receiver; one that only reports the other's giving stays a source.)
      const teller = recipient && tellsLaterLot(text.slice(clause.start, clause.end)) && ownGiverOf(speakerState ?? official, recipient) ? tellingGiver(doc, index, supplier, recipient, ctx, speakerState ?? official) : null;
      if (teller) supplier = teller;
    }
    // ("The Hague has paid for shells for them": a payer that names no payee and gives in the flow the report follows,
    // or joins it paying for its goods, buys for that flow's receiver; the goods go from it to the receiver, claims/payment.ts.)
    else if (!supplier && recipient && payerBuysForFlow(dir, recipient, text, clause, ctx, clauseItems.map((i) => i.item), clauseAmounts.some((a) => a.unit !== "percent" && !(a.unit && isCurrency(a.unit))))) [supplier, recipient, payerGives] = [recipient, ctx.recipient, true];
    // ("The US national security adviser confirmed the missiles had been shipped to Ukraine": goods given to the receiver
    // of the flow before, with no giver named, come from the state whose own government speaks of its own giving, not
    // from that flow's giver. A government that speaks of "its" giving counts always; any other word of a state's
    // government only on a page where several states give to that receiver: where one gives, a third state's word is an
    // onlooker's, claims/page-flows.ts.)
    else if (!supplier && recipient && recipient === ctx.recipient && (ownGiver = ownGiverOf(speakerState ?? official, recipient)) !== null) supplier = ownGiver;
    // ("Germany says it has set aside 11 billion euros for aid to Ukraine": a state that speaks of itself as "it" gives, whatever flow came before.)
    else if (!supplier && recipient && [ctx.supplier, ctx.recipient].includes(recipient) && !(speakerState && speakerState !== recipient && itAfterSpeaker.test(after))) supplier = recipient === ctx.supplier ? ctx.recipient : ctx.supplier;
    else if (!recipient && supplier && [ctx.supplier, ctx.recipient].includes(supplier)) recipient = supplier === ctx.supplier ? ctx.recipient : ctx.supplier;
  }
  // "North Korea has deepened its ties with Moscow. 10,000 soldiers have been sent to Russia": a passive that
  // names only its receiver, with no flow before, takes the subject of the sentence before (claims/party-frames.ts).
  if (!supplier && recipient && !ctx.supplier && dir.role === "give" && dir.trigger && !dir.giverNamed && clauseParties.every((p) => p.state === recipient)) supplier = giverOfSentenceBefore(doc, index, dir.trigger, recipient, ctx.producer);
  // ("When Stockholm announced a package worth $2 billion": one that announces its own package, naming no receiver, gives it
  // where the receiver in focus is found.)
  const giver = supplier ?? (!recipient && announcer && clauseParties.every((p) => p.state === announcer || p.span.start > announced!) ? announcer : null);
  // (A count after the verb of giving is what it gives: "would hand over 19 jets", not "the figure of three units the agency had given".)
  const countsGift = !!dir.trigger && clauseAmounts.some((a) => a.unit !== "percent" && !(a.unit && isCurrency(a.unit)) && a.span.start >= dir.trigger!.end);
  if (!commerce) recipient = receiverInFocus(dir, giver, recipient, clauseParties, ctx, clauseAmounts.some((a) => a.unit !== "percent" && !(a.unit && isCurrency(a.unit))), !!dir.trigger && namesLot(text.slice(dir.trigger.start, dir.trigger.end)) && clauseAmounts.some((a) => !!a.unit && isCurrency(a.unit)), countsGift, !sentence.headline && !!giver && (speakerState ?? official) === giver && clauseItems.some((i) => i.item === "aircraft"));
  if (recipient && !supplier && giver !== recipient) supplier = giver;
  // ("Warsaw will pass on its own tanks as soon as Berlin signs": the run's giver named on the side is no receiver, claims/receiver-in-focus.ts.)
  if (!commerce) recipient = runGiverOnSide(text, dir, supplier, recipient, clauseParties, ctx);
  // "The United States announced a package for Ukraine": a government announcing its own giving.
  // ("The Pentagon on Thursday unveiled a tranche for Ukraine, as defence chiefs met in Germany": the body that announces
  // a package gives it, whatever state another part of the sentence names.)
  if (announcer && recipient && announcer !== recipient && clauseParties.every((p) => p.state === recipient || p.span.start > announced!)) supplier = announcer;
  // ("Washington said 900 containers crossed into Russia": goods that move by themselves are not the speaker's to give.)
  if (!supplier && recipient && speakerState && !standingBy.has(speakerState) && speakerState !== recipient && dir.role !== "get" && dir.role !== null && !dir.giverNamed && !movesByItself(dir.trigger && text.slice(dir.trigger.start, dir.trigger.end)) && clauseParties.every((p) => p.state === recipient)) supplier = speakerState;
  // ("a deal with France for Rafale jets, with deliveries due": the maker of every model named gives, claims/item-origin.ts.)
  if (supplier && recipient && makerReceives(clauseItems, supplier, recipient)) [supplier, recipient] = [recipient, supplier];
  // ("A Russian firm is building the drone in China": the state where goods are made gives them, claims/made-in-place.ts.)
  [supplier, recipient] = madeInPlace(text, clause, parties, supplier, recipient);
  // "A, B and C said they would finance American missiles for D": each speaker pays and gives, in the claim of its
  // own source (finish); the maker and any other giver read so far give nothing (claims/speaker-givers.ts).
  // "A, B and C announced a package for D": each state that announces a package jointly gives it, in the claim of its own source.
  const speakersGive = speakersWhoGive(text, attribution, dir, syntax, parties, clause) ?? announcersWhoGive(text, attribution, dir, parties, clause, announcesOwnPackage, recipient);
  if (speakersGive) [supplier, recipient, dir] = [speakersGive.payers[0], speakersGive.recipient, { ...dir, coSuppliers: [], coRecipients: [] }];
  // "China sold the air force six jets", "At least two more were delivered in December": a clause of giving that
  // leaves a party open, where nothing before fills it, takes it from the flows the page tells (claims/page-flows.ts).
  // (Not a headline, nor a denial or a doubt, whose parties are the ones it answers; a noun of giving, "the drawdown of
  // arms", only where the clause counts what moves; money, which runs back, not at all.)
  const counted = clauseAmounts.some((a) => a.unit !== "percent");
  let fromPage = false;
  const openGiving = !!dir.trigger && (dir.role === "give" || dir.role === "get" || ((dir.role === "giveNoun" || dir.role === "getNoun") && counted));
  const goodsMove = clauseItems.some((i) => i.item !== "money" && i.item !== "goods-unspecified") || clauseAmounts.some((a) => !!a.unit && a.unit !== "percent" && !isCurrency(a.unit));
  const onlyNamed = (p: Party) => p.state === supplier || p.state === recipient;
  // (A clause that names neither party: only a lot it counts. Either way, a giving told as done or to come, not "does not need to ship".)
  // (Every state the sentence names is a named party: "Denmark's minister presented a package for Ukrainian-made arms" may be Denmark's.)
  // (The sentence's states and cues are read only where the tests before them leave the question open.)
  const namedStates = () => doc.within(doc.mentions, sentence.span).filter((m) => m.kind === "state").map((m) => m.state ?? m.entity);
  const lotOfNone = () => (!!supplier || !!recipient ? clauseParties.every(onlyNamed) && namedStates().every((s) => s === supplier || s === recipient) : !clauseParties.length && counted) && !negated.test(text.slice(clause.start, dir.trigger?.start ?? clause.start));
  const denied = () => doc.within(doc.cues, sentence.span).some((c) => c.certainty === "denied" || c.certainty === "doubted");
  if ((!supplier || !recipient) && openGiving && goodsMove && lotOfNone() && !commerce && !governed && !speakersGive && !sentence.headline && !denied() && !clauseItems.some((i) => i.item === "money") && speakingStates.every(onlyNamed) && doc.segments[sentence.segment]?.kind !== "embedded") {
    if (ctx.pageFlows === undefined) {
      const open = openClauses.get(doc) ?? [];
      open.push({ supplier, recipient, items: clauseItems.map((i) => i.item) });
      openClauses.set(doc, open);
    } else {
      const filled = fillFromPage(ctx.pageFlows, supplier, recipient, clauseItems.map((i) => i.item));
      if (filled) [supplier, recipient, fromPage] = [...filled, true];
    }
  }
  // ("Live: Danish package, German tanks": a line with no verb names two stories in two members, no flow from one to
  // the other; it drafts nothing and leaves no flow for the lines after it, claims/verbless-members.ts.)
  if (supplier && recipient && !pairedInOneMember(lineMembers(doc, sentence.span), stateParties, supplier, recipient)) {
    r.carried = { supplier: null, recipient: null };
    return;
  }
  r.carried = { supplier, recipient };
  dir = { ...dir, supplier, recipient };
  if (!supplier || !recipient || supplier === recipient) return;

  // "A paid B in oil for soldiers": the means (and money) go from A to B, what is paid for from B to A.
  const paying = dir.role === "pay" && dir.trigger && !payerGives && !speakersGive ? dir.trigger : null;
  const payFor = paying ? payForAt(text, paying.end, clause.end) : -1;
  // ("thanked North Korean soldiers for helping": whom one thanks gave, the thanks are no means of paying.)
  const thanking = paying !== null && /^thank/i.test(text.slice(paying.start, paying.end));
  const means = (span: Span) => paying !== null && !thanking && span.start >= paying.end && (payFor < 0 || span.start < paying.end + payFor || paidWith(text, paying.end + payFor, span));
  // "..., which has sent artillery to Moscow": goods after a second flow's own verb move its way (claims/party-frames.ts).
  const second = secondFlow(text, clause, clauseTriggers, parties, syntax, dir);
  // "Chile signed for 12 jets, paying $900 million to Spain": a sum a participle of paying pays, after the clause's own
  // verb of getting, is paid by that verb's subject, the receiver of the goods: the money runs back (claims/paid-sum.ts).
  const paidBack = !paying && dir.role === "get" && !speakersGive ? clauseTriggers.find((t) => t.role === "pay" && t.start > (dir.trigger?.end ?? clause.end) && participleOfPaying(t.text)) : undefined;
  const paidBackSum = paidBack ? paidSum(text, paidBack, clause.end) : null;
  const direct = (span: Span, item?: Item) =>
    paidBackSum && item === "money" && span.start < paidBackSum.end && paidBackSum.start < span.end ? { supplier: recipient!, recipient: supplier! } : speakersGive ? { supplier: supplier!, recipient: recipient! } : second && span.start >= second.from ? second : paying && (item === "money" || means(span)) ? { supplier: recipient!, recipient: supplier! } : (reverseFrom && span.start >= reverseFrom.start && span.end <= reverseFrom.end ? { supplier: recipient!, recipient: supplier! } : (dir.handedOn ? null : (pledgeOwner(text, span, clause, parties, supplier!, recipient!) ?? itemDestination(text, span, clause, parties, dir) ?? itemSource(text, span, clause, parties, dir))) ?? { supplier: supplier!, recipient: recipient! });
  const used = new Set<ItemMention>();
  const lastPartBase = dir.trigger?.end ?? clause.start;

  const figures: ClauseFigures = { doc, index, ctx, clause, clauseItems, items, clauseTriggers, dir, reverseFrom, direct, used, drafts, lastPartBase, recounted: r.recounted };
  for (const amount of clauseAmounts) draftFigure(figures, amount);
  const specific = clauseItems.some((i) => !i.generic);
  const payAt = dir.trigger && /^pa(?:y|id)/i.test(text.slice(dir.trigger.start, dir.trigger.end)) ? dir.trigger.start : -1;
  for (const item of clauseItems) {
    if (used.has(item)) continue;
    if (item.item === "goods-unspecified" && (specific || clauseItems.some((i) => i.item !== "goods-unspecified")) && !listMember(text, item, clauseItems)) continue;
    // "with that grain, Tehran settled its bill for drones": the means of payment is not the goods paid for.
    if (item.span.end <= payAt) continue;
    if (!supplier || !recipient) continue;
    if (hits(productionCause, text.slice(Math.max(clause.start, item.span.start - 30), item.span.start))) continue;
    // ("sent raw materials used in weapons manufacturing": the weapons are what the materials serve to make.)
    if (clauseItems.some((o) => o.span.end <= item.span.start) && madeFrom(text, item.span)) continue;
    // "the war gives Pyongyang combat data on its own weapons": a state's own goods stay with it; they move only
    // from a giver the sentence names ("Poland will send 14 of its own tanks"), not from one carried from before.
    const giver = direct(item.span, item.item).supplier;
    if (ownGoods.test(text.slice(Math.max(clause.start, item.span.start - 40), item.span.start)) && ![...parties, ...speakingStates].some((p) => p.state === giver)) continue;
    drafts.push(draft("transfer", direct(item.span, item.item), item, null, null, Math.max(lastPartBase, item.span.end), clause));
  }
  // "Moscow pays the North $2,000 a month for each of them": a sum priced for each one is no amount, but money moves (claims/paid-sum.ts).
  const sum = paying && !isCurrencyAmount(clauseAmounts) && !drafts.slice(clauseDrafts).some((d) => d.item === "money") ? paidSum(text, paying, clause.end) : null;
  if (sum) drafts.push(draft("transfer", direct(sum, "money"), { span: sum, item: "money", generic: false, text: text.slice(sum.start, sum.end) }, null, null, Math.max(lastPartBase, sum.end), clause));
  // "Chile never delivered rifles worth $50 million that Peru had paid for": the receiver that paid for the goods
  // paid their worth to the giver, a transfer of money of its own (claims/paid-sum.ts).
  const payer = dir.role === "give" && !drafts.slice(clauseDrafts).some((d) => d.item === "money") ? clauseTriggers.find((t) => t.role === "pay" && t.start > (dir.trigger?.end ?? clause.end) && /^pa(?:y|id)/i.test(t.text)) : undefined;
  const worth = payer ? worthPaidFor(text, clause, payer) : null;
  const worthAmount = worth ? clauseAmounts.find((a) => a.span.start < worth.end && a.span.end > worth.start && !!a.unit && isCurrency(a.unit)) : undefined;
  const worthUnit = worthAmount?.unit;
  if (worth && payer && worthAmount && worthUnit && parties.some((p) => p.state === recipient && p.span.start >= worth.end && p.span.end <= payer.start)) drafts.push(draft("transfer", { supplier: recipient, recipient: supplier }, { span: worth, item: "money", generic: false, text: text.slice(worth.start, worth.end) }, toQuantity(worthAmount, worthUnit), worthAmount, Math.max(lastPartBase, payer.end), clause));
  // "In 2023, India rejected the offer, choosing instead to buy jets from France": the clause before dates the shared subject's act.
  const previous = clauses[clauses.indexOf(clause) - 1];
  // (Only a participle's clause: "signed a pact in the spring, and sent troops in the autumn" dates each act apart.)
  if (shared && previous && /^\s*\p{Ll}+ing\b/u.test(text.slice(clause.start, clause.end))) for (const d of drafts.slice(clauseDrafts)) d.timeClause = { start: previous.start, end: clause.end };
  // ("bought radars from Israel and handed them to Ukraine": the buyer gives the goods it hands on, whatever their origin;
  // so too "bought American rockets for Ukraine": goods bought for another come from the buyer, not from their maker.)
  if (dir.handedOn) for (const d of drafts.slice(clauseDrafts)) if (d.kind === "transfer") d.boughtForAnother = true;
  // "bought French jets instead of Russian ones": in a clause of getting, each thing comes from its own origin.
  drafts.splice(clauseDrafts, drafts.length - clauseDrafts, ...byOwnOrigin(text, drafts.slice(clauseDrafts), parties, dir.role));
  // "Spain and Portugal will send 40 tanks": one claim per giver, each with the whole count.
  // (and "Together with Denmark, Germany delivered ...": a partner named by such a phrase gives too.)
  // ("bought shells from North Korea and drones from Iran": a source that is one thing's own gives only that thing.)
  const ownSources = new Set<string>();
  for (const i of clauseItems) {
    const own = itemSource(text, i.span, clause, parties, dir)?.supplier;
    if (own && own !== supplier) ownSources.add(own);
  }
  // (Speakers who pay each give in the claim of their own source instead, marked here for finish.)
  if (speakersGive) for (const d of drafts.slice(clauseDrafts)) if (d.kind === "transfer") Object.assign(d, { paidBySpeakers: true, boughtForAnother: !("announced" in speakersGive), agreedBySpeakers: speakersGive.agreed });
  // ("A, B and C jointly announced a contribution of 500 million dollars": a bare sum states announce together is aid told
  // by its value: weapons-unspecified.)
  if (speakersGive && "announced" in speakersGive) for (const d of drafts.slice(clauseDrafts)) if (d.kind === "transfer" && d.item === "money" && d.quantity && isCurrency(d.quantity.unit)) d.item = "weapons-unspecified";
  for (const co of new Set([...(dir.coSuppliers ?? []), ...(speakersGive ? [] : partnersOf(text, clause, parties, supplier, recipient))])) for (const d of drafts.slice(clauseDrafts)) if (!ownSources.has(co) && co !== recipient && d.kind === "transfer" && d.supplier === supplier && d.recipient === recipient) drafts.push({ ...d, supplier: co });
  // "Turkey sold drones to Ethiopia, Niger and Chad": one claim per receiver, each with the whole count.
  const givers = [supplier, ...drafts.slice(clauseDrafts).filter((d) => d.recipient === recipient && d.supplier !== supplier).map((d) => d.supplier)];
  for (const co of dir.coRecipients ?? []) for (const d of drafts.slice(clauseDrafts)) if (co !== supplier && d.kind === "transfer" && givers.includes(d.supplier) && d.recipient === recipient) drafts.push({ ...d, recipient: co });
  // (A giver read from the government that speaks is its own word on the side: the flow the report follows stays.)
  if (ranking || fromPage || ownGiver) return;
  ctx.supplier = supplier;
  ctx.recipient = recipient;
}

/** What the figures of one clause are read against: the clause, its things and transfer words, the way it moves, and the drafts so far. */
interface ClauseFigures {
  readonly doc: ArmsDocument;
  readonly index: number;
  readonly ctx: Context;
  readonly clause: Span;
  readonly clauseItems: readonly ItemMention[];
  readonly items: readonly ItemMention[];
  readonly clauseTriggers: readonly Trigger[];
  readonly dir: Direction;
  readonly reverseFrom: Span | null;
  readonly direct: (span: Span, item?: Item) => { supplier: string | null; recipient: string | null };
  readonly used: Set<ItemMention>;
  readonly recounted: Set<number>;
  readonly drafts: Draft[];
  readonly lastPartBase: number;
}

/**
 * The claims one figure of a clause makes (none where it is a limit, a count of carriers, works or rounds, or
 * counts nothing the clause names). (A function of its own: V8 compiles and, where it must, recompiles it apart
 * from the rest of the sentence's assembly.)
 */
function draftFigure(f: ClauseFigures, amount: Amount): void {
  const { doc, index, ctx, clause, clauseItems, items, clauseTriggers, dir, reverseFrom, direct, used, drafts, lastPartBase, recounted } = f;
  const text = doc.text;
  // "the UN cap of 500,000 barrels": a rule or an aim, not what moved.
  if (limitBefore.test(text.slice(Math.max(clause.start, amount.span.start - 20), amount.span.start))) return;
  // (Not where the figure itself is set against the limit: "900,000 barrels, more than it is allowed", "beyond what it may legally".)
  const afterAmount = limitAfter.exec(text.slice(amount.span.end, Math.min(clause.end, amount.span.end + 90)));
  if (afterAmount && !limitSetAgainst.test(afterAmount[0])) return;
  if (limitHead.test(text.slice(amount.span.end, Math.min(clause.end, amount.span.end + 40)))) return;
  // "arrived on 678 transport planes": the vehicles that carried the goods (claims/cargo.ts).
  if (carrierCount(text, amount)) return;
  // "two munitions plants": a count of works, not of goods (claims/works-count.ts).
  if (worksCount(text, amount)) return;
  // "in two rounds", "in three separate rounds", "across all 29 packages": how often or in how many lots, not how much.
  if (lotCountBefore.test(text.slice(Math.max(clause.start, amount.span.start - 16), amount.span.start)) && lotCountNoun.test(amount.noun ?? "")) return;
  // "bringing the total to some 2,000": a bare total counts the thing the clause names.
  const totalOf = !amount.unit && /\btotal\s+(?:to|of|at)\s+(?:\S+\s+){0,2}$/i.test(text.slice(Math.max(clause.start, amount.span.start - 30), amount.span.start)) ? clauseItems.find((i) => defaultUnitOf(i.item)) : undefined;
  // "59 Bradley", "800,000 artillery ammunition": a named thing with no unit word counts in its item's unit.
  // ("..., and the remaining two will follow": a remainder counts the noun of an earlier clause, whose item it keeps.)
  const nounItems = amount.nounSpan && amount.nounSpan.end <= clause.start ? items : clauseItems;
  const named = amount.nounSpan ? nounItems.find((i) => i.span.start < amount.nounSpan!.end && amount.nounSpan!.start < i.span.end) : undefined;
  // ("About 700 of them, medics, have arrived": a bare figure of a lot before counts the personnel named right after, claims/shapes/personnel.ts.)
  // ("Troops: about 1,200 sent": a bare figure after personnel named as a line's label counts them.)
  const counted = !amount.unit && !named ? partitivePersonnel(text, amount.span, clauseItems) ?? labelledPersonnel(text, amount.span, items) : undefined;
  // ("now fields around 40 of them": a part of "them" counts the thing named last, claims/split-parts.ts.)
  // ("Spain sent howitzers to Ukraine. Italy will send 15.": a bare figure a verb of giving moves counts the thing named last, claims/split-parts.ts.)
  // ("sent 40,000 shells so far and means to send about 100,000 by summer": a second bare figure counts what the first did, claims/split-parts.ts.)
  // ("sent troops to Russia. More than 10,000 are now there": a bare count that is somewhere counts the people sent, claims/split-parts.ts.)
  // ("Nine launchers, the first of 20 on order, arrived": the bare count of the ordered whole counts the part's goods, claims/ordered-whole.ts.)
  const ofThem = counted ? undefined : orderedWholeOf(text, amount, clause, items, ctx, drafts) ?? partOfThem(text, amount, items, ctx) ?? bareObjectOf(text, amount, clause, clauseTriggers, clauseItems, ctx, items.filter((i) => i.span.end <= clause.start)) ?? secondFigureOf(text, amount, doc.within(doc.amounts, doc.sentences[index].span), items) ?? presentCountOf(text, amount, clauseTriggers, clauseItems, ctx, items) ?? undefined;
  const unit = amount.unit ?? unitFromContext(text.slice(clause.start, amount.span.end)) ?? (totalOf ? defaultUnitOf(totalOf.item) : null) ?? (named ? countUnitOf(named.item) : null) ?? (counted ? countUnitOf(counted.item) : null) ?? ofThem?.unit ?? null;
  // ("Russia's share of India's oil imports rose to 40 percent": the goods named before, after a noun of share.)
  const shareOf = unit === "percent" ? sharedGoods(text, clause, amount, clauseItems) : undefined;
  if (!unit || unit === "percent" && !shareOf && !/\b(?:of|from)\b/.test(text.slice(amount.span.end, clause.end))) return;
  if (unit === "percent") {
    // "the top oil seller, with over a fifth of all purchases", "..., the vast majority from France": with nothing named after the share, the thing before it.
    const target = shareOf ?? clauseItems.find((i) => i.span.start > amount.span.end) ?? (/^\s*(?:of|from)\b/i.test(text.slice(amount.span.end, amount.span.end + 6)) ? clauseItems.filter((i) => i.span.end <= amount.span.start && i.item !== "goods-unspecified").pop() : undefined);
    if (!target) return;
    used.add(target);
    drafts.push(draft("transfer", direct(target.span), target, toQuantity(amount, unit), amount, Math.max(lastPartBase, target.span.end), clause));
    return;
  }
  if (unit === "containers") {
    // "sent 7,000 containers to Russia, which paid in food": what moves back is no cargo of them.
    const backward = (x: Span) => !!reverseFrom && x.start >= reverseFrom.start && x.end <= reverseFrom.end;
    const sameSide = clauseItems.filter((i) => backward(i.span) === backward(amount.span));
    for (const cargo of cargoOf(doc, index, clause, amount, sameSide, ctx, direct(amount.span))) {
      if (clauseItems.includes(cargo)) used.add(cargo);
      // "containers of shells and rockets": the cargo's other words of the same item are that one claim.
      for (const i of clauseItems) if (i.item === cargo.item && i.span.start >= amount.span.end) used.add(i);
      drafts.push(draft("transfer", direct(amount.span), cargo, toQuantity(amount, unit), amount, Math.max(lastPartBase, amount.span.end), clause));
    }
    return;
  }
  // ("Serbia agreed to buy 12 jets from France, a deal worth €2.7 billion", "bought jets from France in a €4 billion deal": the
  // price of a deal by which the buyer gets the goods named before it is money the buyer pays the seller, SCHEMA.md money;
  // the goods stay unmeasured. "signed a deal worth $2 billion for 40 jets" prices the goods named after the deal.)
  const dealAt = isCurrency(unit) && (dir.role === "get" || dir.role === "getNoun") ? dealNamedAt(text, clause, amount) : null;
  const bought = dealAt !== null ? clauseItems.find((i) => i.span.end <= dealAt && !["money", "goods-unspecified", "troops", "workers"].includes(i.item)) : undefined;
  const sellerBuyer = bought ? direct(bought.span, bought.item) : null;
  if (sellerBuyer?.supplier && sellerBuyer.recipient) {
    drafts.push(draft("transfer", { supplier: sellerBuyer.recipient, recipient: sellerBuyer.supplier }, { span: amount.span, item: "money", generic: false, text: text.slice(amount.span.start, amount.span.end) }, toQuantity(amount, unit!), amount, Math.max(lastPartBase, amount.span.end), clause));
    return;
  }
  // "arms sales worth $5.5 billion": a value measures the goods, it is not money paid.
  const worthBefore = /\b(?:worth|valued at|value of|worth as much as|worth up to|worth some)\s*(?:\S+\s*){0,2}$/i.test(text.slice(Math.max(clause.start, amount.span.start - 30), amount.span.start));
  const worthOf = /^\s*worth\s+(?:of|in)\b/i.test(text.slice(amount.span.end, amount.span.end + 12));
  // ("is paying five billion euros for missiles built inside Ukraine": the sum a payer spends on goods for their maker's state measures them.)
  const paidForReceiver = !!dir.paidForReceiver && !!dir.trigger && amount.span.start >= dir.trigger.end;
  if (isCurrency(unit) && (worthBefore || worthOf || paidForReceiver)) {
    // ("Alongside the jets, it announced a package worth €300 million to pay for drones": the goods the sum is for, named right after it.)
    const paidFor = clauseItems.find((i) => i.span.start >= amount.span.end && i.item !== "money" && (worthFor.test(text.slice(amount.span.end, i.span.start)) || worthMadeOf.test(text.slice(amount.nounSpan && isCurrency(amount.unit) ? Math.max(amount.span.end, amount.nounSpan.end) : amount.span.end, i.span.start))));
    const goods = paidFor ?? (worthOf ? clauseItems.find((i) => i.span.start >= amount.span.end && i.item !== "money") : null) ?? clauseItems.find((i) => i.item !== "money" && i.item !== "goods-unspecified") ?? clauseItems.find((i) => i.item !== "money");
    if (goods) {
      used.add(goods);
      // ("The deal, which also covers spare parts and training, is valued at $3.5 billion": the price is of the goods the deal moves, told before.)
      const dealt = alsoCovered(text, clause, goods) && ctx.lastTransfer ? { ...goods, item: ctx.lastTransfer.item, generic: false } : goods;
      drafts.push(draft("transfer", direct(dealt.span, dealt.item), dealt, toQuantity(amount, unit), amount, Math.max(lastPartBase, amount.span.end), clause));
      return;
    }
  }
  const own = conveyedBy(text, amount, unit, clauseItems, sameWay(ctx, direct(amount.span)), clause) ?? nounItems.find((i) => amount.nounSpan && i.span.start < amount.nounSpan.end && amount.nounSpan.start < i.span.end) ?? ofThem?.mention ?? (counted && counted.span.end <= amount.span.start ? counted : undefined) ?? (isCurrency(unit) ? pricedGoods(text, clause, amount, clauseItems) : clauseItems.find((i) => i.span.start >= amount.span.end && unitFits(unit, i.item) && i.span.start - amount.span.end < 60))
    // ("..., officials said, putting the total at 130,000 tonnes": a count put on the goods the clause moves, claims/shapes/estimate.ts.)
    ?? countPutOn(text, amount.span.start, clause.start, clauseItems);
  // ("committed EUR 500m of Dutch money to buying kit for Kyiv": a sum spent on buying for another, no goods named, measures weapons.)
  // (The name of the money may follow the figure: "300 million euros on the purchase".)
  const spentAt = [amount.span.end, amount.nounSpan?.end ?? amount.span.end].map((from) => ({ from, m: spentOnBuying.exec(text.slice(from, clause.end)) })).find((x) => x.m);
  const spent = !own && isCurrency(unit) && (spentAt || (dir.trigger && armsSumVerbs.test(text.slice(dir.trigger.start, dir.trigger.end)))) ? "weapons-unspecified" : null;
  // ("Slovak firms had sold $12 million worth": a value with no goods after it is of the goods told before, else of weapons.)
  const worthOfToldGoods = !own && isCurrency(unit) && [amount.span.end, amount.nounSpan?.end ?? amount.span.end].some((from) => worthAlone.test(text.slice(from, Math.min(clause.end, from + 40))));
  const told = ctx.lastTransfer && !["money", "troops", "workers"].includes(ctx.lastTransfer.item) ? ctx.lastTransfer.item : "weapons-unspecified";
  const item = own?.item ?? launchedOf(doc, amount, unit) ?? (isCurrency(unit) ? sumGoodsBefore(text, amount, drafts) ?? spent ?? (worthOfToldGoods ? told : null) : null) ?? defaultItemOf(unit);
  const others: ItemMention[] = [];
  if (!item || (own && !unitFits(unit, own.item) && unit !== "items")) return;
  // ("of Dutch money to buying": the money the sum is told as is that sum, no claim of its own.)
  if (spentAt && item !== "money") for (const i of clauseItems) if (i.item === "money" && i.span.start >= spentAt.from && i.span.end <= spentAt.from + spentAt.m![0].length) used.add(i);
  // ("about $300 million of the money goes on drones": the money a sum is a part of is the whole told before, no claim of its own.)
  if (isCurrency(unit)) {
    const from = Math.max(amount.span.end, amount.nounSpan?.end ?? amount.span.end);
    const whole = partOfMoney.exec(text.slice(from, Math.min(clause.end, from + 40)));
    if (whole) for (const i of clauseItems) if (i.item === "money" && i.span.start >= from && i.span.end <= from + whole[0].length) used.add(i);
  }
  // ("The scheme to buy rounds abroad delivered 1.5 million of them": a part of "them" moves by the verb nearest before it;
  // where the clause took its way from a verb of the other way before that, it is not read.)
  if (own && own === ofThem?.mention && clauseTriggers.some((t) => (t.role === "give" || t.role === "get") && t.role !== dir.role && t.start >= (dir.trigger?.end ?? Infinity) && t.end <= amount.span.start)) return;
  if (own) {
    used.add(own);
    // ("fields around 40 of them": the thing "them" stands for is counted too.)
    if (own === ofThem?.mention && ofThem.referent) used.add(ofThem.referent);
    // ("Britain began sending missiles in May; hundreds have been sent since": the count of an earlier clause's goods
    // measures the flow that clause told, one claim, not a second beside it.)
    if (own === ofThem?.mention && "sameSentence" in ofThem && ofThem.sameSentence) recounted.add(ofThem.referent.span.start);
    // "400 Shahed drones", "50 KN-23 ballistic missiles": every item word of the counted noun is counted.
    for (const i of clauseItems) if (amount.nounSpan && i.span.start < amount.nounSpan.end && amount.nounSpan.start < i.span.end && unitFits(unit, i.item)) used.add(i);
    // "millions of artillery shells and rockets": one count covers the things listed with its noun.
    let tail = own;
    for (const next of clauseItems.filter((i) => i.span.start > own.span.end)) {
      if (!/^\s*(?:,|and|or|,\s*and)\s*$/.test(text.slice(tail.span.end, next.span.start))) break;
      // "about 1,000 ballistic missiles and drones", "750 tonnes of missiles and weaponry": one count over things of several items is one claim per item.
      // ("about 40 CV90 combat vehicles and NLAW launchers": a count of one named model does not run on over another named model.)
      if (next.item !== own.item && unit !== "items" && namesModel(own.text) && namesModel(next.text)) break;
      if (next.item !== own.item && (!sharesCount(own.item, next.item) || (sharedUnit(unit) !== unit && (next.generic || isMassNoun(next.text) || (countUnitOf(next.item) ?? "items") === "items")))) break;
      if (next.item !== own.item) others.push(next);
      used.add(next);
      tail = next;
    }
  }
  // "120 pieces of each of these systems": the count goes to each thing the sentence lists before it.
  const each = amount.noun && /\beach of (?:these|those|the|them)\b/i.test(amount.noun) ? items.filter((i) => i.span.end <= amount.span.start && !i.generic && unitFits(unit, i.item)) : [];
  const target = own ?? { span: amount.nounSpan ?? amount.span, item, generic: false, text: amount.noun ?? "" };
  const shared = others.length ? sharedUnit(unit) : unit;
  // ("EUR 200m of Belgian money to buying American kit for Ukraine": goods a sum is spent on buying for another are the payer's
  // gift; the state that made them, named before them, sold them to the payer and gives nothing, claims/item-origin.ts.)
  const boughtAt = spentAt ? spentAt.from + spentAt.m![0].length : Infinity;
  for (const t of each.length > 1 ? each : [target, ...others]) drafts.push({ ...draft("transfer", direct(t.span, t.item), t, toQuantity(amount, shared), amount, Math.max(lastPartBase, amount.span.end), clause), ...(own && t.span.start >= boughtAt ? { boughtForAnother: true } : {}) });
  // "sent only 40 of the 100 howitzers it promised": the promised whole is a claim of its own, weighed by its promise (claims/promised-whole.ts).
  const promised = each.length > 1 || others.length ? null : promisedWhole(text, amount, clause);
  if (promised) drafts.push(draft("transfer", direct(target.span, target.item), target, toQuantity(promised.whole, unit), promised.whole, Math.max(lastPartBase, promised.promiseEnd), clause));
}

const partOfMoney = new RegExp(`^\\s+of\\s+(?:${(transferData.partOfMoney as string[]).join("|")})\\b`, "iu");

const worksHead = new RegExp(`^[ \\t]+(?:${itemData.worksHeads.join("|")})\\b`, "i");

/** Whether a thing word qualifies the works that make it: "arms factories", "the drone plant" (items.json worksHeads). */
function namesWorks(text: string, item: ItemMention): boolean {
  return worksHead.test(text.slice(item.span.end, item.span.end + 30));
}

/** Whether an item's words begin with a name of its own ("CV90", "Leopard"), not a common word. */
function namesModel(text: string): boolean {
  return /^\p{Lu}/u.test(text.trim());
}

/** "108 tanks and related equipment", "one Pantsir along with jamming devices": a broader thing listed after the counted one is another thing (claims/cargo.ts). */
function listedWith(text: string, counted: Draft, other: Draft): boolean {
  return !!counted.parts.item && !!other.parts.item && (listedAfter(text, counted.parts.item, other.parts.item) || closesList(text, counted.parts.item, other.parts.item));
}

function draft(kind: ClaimKind, dir: { supplier: string | null; recipient: string | null }, item: ItemMention, quantity: Quantity | null, amount: Amount | null, lastPart: number, clause: Span): Draft {
  return {
    clause,
    kind,
    supplier: dir.supplier,
    recipient: dir.recipient,
    item: item.item,
    quantity,
    calibre: amount?.calibre ?? null,
    parts: { item: item.span, ...(amount ? { amount: amount.span } : {}) },
    lastPart,
    thing: item.text.toLowerCase().replace(/s$/, ""),
  };
}

/** Whether a figure of the clause is itself a sum of money (it makes its own claim). */
function isCurrencyAmount(amounts: readonly Amount[]): boolean {
  return amounts.some((a) => !!a.unit && isCurrency(a.unit));
}

/** "(56,000 tonnes)" after another figure restates it; "(5,000 containers)" recalls one. */
// The missile family of each page, read once (a bare "missiles" on a page about ballistic missiles is one of them).
// (A headline's, read loosely: the one family its page names at all.)
const missileFamilies = new WeakMap<ArmsDocument, Item | null>();
const headlineFamilies = new WeakMap<ArmsDocument, Item | null>();
function missileFamilyOf(doc: ArmsDocument, headline = false): Item | null {
  const memo = headline ? headlineFamilies : missileFamilies;
  if (!memo.has(doc)) memo.set(doc, pageMissileFamily(doc.text, headline));
  return memo.get(doc) ?? null;
}

/**
 * "£7.8 billion in military support so far, and £3 billion every year", "$406 million of its arms from Russia, and
 * $267 million from China": a sum whose clause names no goods, joined after a sum of goods in the sentence, is a sum
 * of the same goods (not money paid).
 */
function sumGoodsBefore(text: string, amount: Amount, drafts: readonly Draft[]): Item | null {
  const before = drafts.filter((d) => d.kind === "transfer" && d.item !== "money" && d.quantity && isCurrency(d.quantity.unit) && d.parts.amount && d.parts.amount.end <= amount.span.start && amount.span.start - d.parts.amount.end < 160).pop();
  if (!before) return null;
  const gap = text.slice(before.parts.amount!.end, amount.span.start);
  return /(?:,|;)\s+(?:and|while|with)\s/i.test(gap) && !paidGap.test(gap) ? before.item : null;
}
const paidGap = /\b(?:pa(?:y|id|ys|ying)|cost|price|loans?|cash|financ\w*|fund(?:s|ing)?|revenue|earn\w*)\b/i;

/**
 * Whether goods are only what a deal or package "also covers" or "includes" beside the goods it moves ("The deal,
 * which also covers spare parts and training, is valued at ...", "The package, including spare parts, is worth ...").
 */
function alsoCovered(text: string, clause: Span, goods: ItemMention): boolean {
  if (goods.item !== "raw-materials") return false;
  return coveredAlso.test(text.slice(Math.max(clause.start, goods.span.start - 80), goods.span.start));
}
const coveredAlso = /\b(?:deal|package|sale|contract|agreement|order)\s{0,3},?\s{1,3}(?:which\s{1,3}|that\s{1,3})?(?:also\s{1,3})?(?:covers|includes|including|comprises)\s+$/i;

// Whether a page names guns or rocket launchers anywhere (read once): there, a bare "launchers" may be theirs.
const artilleryPages = new WeakMap<ArmsDocument, boolean>();
/**
 * "up to ten launchers could be deployed" on a page about Oreshnik or Iskander missiles and no guns or rocket
 * launchers: a bare count of launchers counts the ballistic missiles the page is about, not artillery systems.
 */
function launchedOf(doc: ArmsDocument, amount: Amount, unit: Unit): Item | null {
  if (unit !== "systems" || !/^(?:(?:more|further|additional|new|mobile)\s+)?launchers?$/i.test(amount.noun ?? "")) return null;
  if (missileFamilyOf(doc) !== "ballistic-missiles") return null;
  if (!artilleryPages.has(doc)) artilleryPages.set(doc, findItems(doc.text).some((i) => i.item === "artillery-systems"));
  return artilleryPages.get(doc) ? null : "ballistic-missiles";
}

/**
 * "7.5 billion kroner (about $740 million)", "2 billion crowns, or roughly $290 million": a sum in another
 * currency restated in dollars right after it. The dollar figure is the one kept (SCHEMA.md, Units); the
 * other is `restated`.
 */
function dollarRestatements<T extends { readonly span: Span; readonly unit: Unit | null }>(text: string, amounts: readonly T[]): { restated: Set<T>; dollars: Set<T> } {
  const restated = new Set<T>();
  const dollars = new Set<T>();
  for (let k = 1; k < amounts.length; k++) {
    const [sum, usd] = [amounts[k - 1], amounts[k]];
    if (usd.unit !== "usd" || !sum.unit || sum.unit === "usd" || !isCurrency(sum.unit)) continue;
    if (usd.span.start < sum.span.end || usd.span.start - sum.span.end > 40 || !restatedAs.test(text.slice(sum.span.end, usd.span.start))) continue;
    restated.add(sum);
    dollars.add(usd);
  }
  return { restated, dollars };
}
// (The currency's own words may stand between: "kroner (", "Danish crowns, or".)
const restatedAs = new RegExp(`^(?:\\s*[\\p{L}.]+){0,2}\\s*(?:\\(|,?\\s*or)\\s*(?:(?:${(units.restatementQualifiers as string[]).join("|")})\\s+)?$`, "iu");

function isParenthetical(text: string, s: Span): boolean {
  return /\(\s*(?:about|some|around|or|approximately)?\s*$/.test(text.slice(Math.max(0, s.start - 16), s.start));
}

/** After a bare "in return"/"in exchange" (no "for"), a verb of giving or getting follows in the clause. */
function bareReturn(text: string, from: number, end: number): boolean {
  if (/^\s*for\b/i.test(text.slice(from, from + 6))) return false;
  return findTriggers(text.slice(from, end), from).some((t) => t.role === "give" || t.role === "get");
}

/** Where the first verb of giving or getting after `from` in the clause starts (the clause's end where there is none). */
function firstTrigger(text: string, from: number, end: number): number {
  return findTriggers(text.slice(from, end), from).find((t) => t.role === "give" || t.role === "get")?.start ?? end;
}

/** The part of a clause whose items move the other way: "in exchange for X", "in return for X". */
function reverseScope(text: string, clause: Span): Span | null {
  const local = text.slice(clause.start, clause.end);
  const m = firstMatch(transfer.reverse, local, clause.start);
  if (!m) return null;
  const leading = /(?:^|[:“"‘(])\s*(?:and|but|also)?[\s,]*$/i.test(text.slice(clause.start, m.start));
  // "In return, Pyongyang received cash": a bare "in return" that opens the clause tells the way back with its own verb.
  if (leading && !/\bfor\s*$/i.test(m.text) && bareReturn(text, m.end, clause.end)) return null;
  // "Moscow in return is sharing know-how with Tehran": a bare one between the subject and its verb says the same.
  if (!leading && !/\bfor\s*$/i.test(m.text) && /^[\s,]*(?:(?:is|are|was|were|has|have|had|will|would|also|now|been)\s+){0,3}$/i.test(text.slice(m.end, firstTrigger(text, m.end, clause.end)))) return null;
  if (leading) {
    const comma = text.indexOf(",", m.end);
    return { start: m.end, end: comma > 0 && comma < clause.end ? comma : clause.end };
  }
  // "Russia shares the know-how Iran wants in return, including on ...": a bare "in return" closing a phrase says
  // why the giving happens; the goods after it go the same way.
  if (/^in (?:return|exchange)$/i.test(m.text) && /^\s*[,;]/.test(text.slice(m.end, m.end + 3))) return null;
  return { start: m.end, end: clause.end };
}

/**
 * "Lima will buy 12 jets from Madrid. The deal is worth $900 million.": a sentence that only prices a transfer told
 * before tells no deed of its own, so the sum is as certain as that transfer (a pledge priced is still a pledge),
 * where the telling weighs more than the pricing sentence's own words (SCHEMA.md: the strongest cue wins).
 */
function pricedAsTold(doc: ArmsDocument, d: Draft, own: Certainty): Certainty {
  const t = d.pricesTold;
  if (!t) return own;
  const told = doc.claims.filter((c) => c.evidence.start === t.sentence.start && c.kind === "transfer" && c.supplier === t.supplier && c.recipient === t.recipient && c.item === t.item);
  return told.length ? strongestCertainty([own, ...told.map((c) => c.certainty)]) : own;
}

/** Whether a claim's figure counts the ordered whole a lot told before it was the first part of (claims/ordered-whole.ts). */
function wholeOrdered(doc: ArmsDocument, d: Draft): boolean {
  const at = d.parts.amount;
  const amount = at ? doc.amounts.find((a) => a.span.start === at.start && a.span.end === at.end) : undefined;
  return !!amount && orderedWhole(doc.text, amount, d.clause);
}

function finish(doc: ArmsDocument, index: number, d: Draft, whole: Attribution, ctx: Context): Claim[] {
  // ("Oslo pledged 12 guns, and Stockholm has said it will send 8": goods of a first clause whose subject commits itself are its own pledge.)
  const at = d.parts.item ?? d.parts.amount;
  const attribution: Attribution = whole.firstClause && at && at.end <= whole.firstClause.end ? { ...whole, sources: whole.firstClause.sources, span: null, spans: [], relays: [], voice: "named" } : whole;
  const sentence = doc.sentences[index];
  const segment = doc.segments[sentence.segment];
  const published = segment?.published ?? null;
  // The day the text tells; a box of its own date ("read also") tells it too; the report's own day is only a guess (link/occasion.ts).
  // (A chronology's row tells the day of its entry, the day the saying it retells was made: "2024-04-26 | X says ...";
  // so does a row the page tells in its own words, "29 Aug 2024 | Lisbon buys six jets".)
  const stated = attribution.stated ?? (published !== doc.meta.published ? published : null) ?? rowDate(doc, sentence.span);
  const weighed = pricedAsTold(doc, d, claimCertainty(doc, sentence.span, d, attribution));
  // ("A and B said on 5 May they had agreed to send tanks to C": an agreement already made asserts the giving, from that day.)
  const agreedOn = d.agreedBySpeakers && weighed === "possible" ? attribution.stated : null;
  let certainty: Certainty = agreedOn ? "asserted" : weighed;
  // ("Nine launchers, the first of 20 on order, arrived": the ordered whole a lot was the first of is still to come, claims/ordered-whole.ts.)
  if (certainty === "asserted" && wholeOrdered(doc, d)) certainty = "possible";
  const told = claimPeriod(doc, sentence.span, d, attribution, ctx, published);
  const { cumulative, timeSpan } = told;
  // ("Moscow has denied receiving any munitions": a denial that dates nothing itself borrows no date from the claims told before it.)
  // ("On 5 May A and B jointly announced a contribution": the day the states announce their own giving dates it, from then on.)
  const announcedOn = d.paidBySpeakers && !d.boughtForAnother && !d.agreedBySpeakers ? attribution.stated : null;
  const period = certainty === "denied" && !timeSpan ? null : (told.period ?? (agreedOn ?? announcedOn ? { start: (agreedOn ?? announcedOn)!, end: null } : null));
  // ("has earmarked 2 billion euros for aid in 2026", told in 2026: money set aside for spending still ahead.)
  if (certainty === "asserted" && allottedAhead(doc, d, period?.start, published ?? doc.meta.published)) certainty = "possible";

  return attribution.sources.map((source, n) => {
    // ("A and B said they would pay for shells for C": each speaker's state gives in its own claim, claims/speaker-givers.ts.)
    const supplier = d.paidBySpeakers && source.country && source.country !== d.recipient ? source.country : d.supplier;
    const core = [doc.meta.id, index, d.kind, supplier, d.recipient, d.item, d.thing, JSON.stringify(d.quantity), n].join("|");
    return {
      id: `${doc.meta.id}:${hash("sha1", core, "hex").slice(0, 10)}`,
      doc: doc.meta.id,
      kind: d.kind,
      supplier,
      recipient: d.recipient,
      item: d.item,
      quantity: d.quantity,
      calibre: d.calibre,
      period,
      cumulative,
      certainty,
      source: withFirmState(source),
      relays: [...attribution.relays, ...(doc.meta.outlet && source.org !== doc.meta.outlet ? [doc.meta.outlet] : [])],
      stated,
      evidence: { start: sentence.span.start, end: sentence.span.end, text: doc.slice(sentence.span) },
      parts: { ...d.parts, ...(timeSpan ? { time: timeSpan } : {}), ...(attribution.span ? { source: attribution.span } : {}) },
      segment: sentence.segment,
      thing: d.thing,
    } as Claim;
  });
}

const firms = Object.entries(makerData.firms).map(([state, names]) => ({ state, re: new RegExp(`^(?:the\\s+)?(?:${names.join("|")})$`, "u") }));

/**
 * "Saab said it handed over ...", "..., the maker, Hanwha, says": an arms maker whose works stand
 * in one state (model-makers.json firms) speaks from that state, as a ministry does from its own; the reader weighs
 * a maker's word by the state whose exports it tells.
 */
function withFirmState(source: Source): Source {
  // ("Hyundai Rotem said ...": a maker's name read in a person's shape is the maker, a body.)
  const maker = source.speaker !== null && !source.org ? firms.find((f) => f.re.test(source.speaker!)) : undefined;
  if (maker) return { speaker: null, org: source.speaker, country: source.country ?? maker.state };
  if (source.country !== null || !source.org) return source;
  const state = firms.find((f) => f.re.test(source.org!))?.state;
  return state ? { ...source, country: state } : source;
}

// "Russia's share of India's crude imports rose to 40 percent": a share of goods named before its figure.
const shareBefore = new RegExp(`\\b(?:${grammar.shareNouns.join("|")})\\s+of\\s+(?:[\\p{L}’'-]+\\s+){0,4}$`, "iu");
const shareLink = new RegExp(grammar.shareLink, "iu");

/** The goods whose share the percent figure gives, named after a noun of share before it ("share of India's oil imports ... 40 percent"). */
function sharedGoods(text: string, clause: Span, amount: Amount, items: readonly ItemMention[]): ItemMention | undefined {
  return items.find((i) => i.span.end <= amount.span.start && i.span.start >= clause.start && shareBefore.test(text.slice(Math.max(clause.start, i.span.start - 60), i.span.start)) && shareLink.test(text.slice(i.span.end, amount.span.start)));
}

/** Whether a thing is what goods named before it serve to make: "tools used to make drones", "parts for missile production". */
function madeFrom(text: string, span: Span): boolean {
  const before = text.slice(Math.max(0, span.start - 40), span.start);
  return madeWithBefore.test(before) || (forMaking.test(before) && madeWithAfter.test(text.slice(span.end, span.end + 20)));
}

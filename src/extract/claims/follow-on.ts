import { compiledNow } from "../../core/compiled-regex.js";
import type { Amount, ArmsDocument } from "../../core/document.js";
import type { Span } from "../../core/span.js";
import type { Claim } from "../../core/claim.js";
import type { Context, Draft } from "./draft.js";
import { findTriggers } from "./direction.js";
import { findItems } from "./find-items.js";
import { countUnitOf, defaultUnitOf, isCurrency, toQuantity, unitFits } from "./quantity.js";
import data from "./follow-on.json" with { type: "json" };
import { allMatches } from "../../core/all-matches.js";
import { officialsState } from "./speaker-givers.js";
import { atWar, manyGive, pageFlows } from "./page-flows.js";

const joiner = new RegExp(data.joiners.join("|"), "gi");
const marker = new RegExp(`\\b(?:${data.markers.join("|")})`, "i");
const stop = new RegExp(data.stops.join("|"), "i");
const arrival = new RegExp(`\\b(?:${data.arrivals.join("|")})\\b`, "i");
// "Roughly 3,000 more were sent", "Another 12 howitzers followed", "none had been sent": a sentence whose subject is a further lot.
// (A lot may take a few words after its figure before the verb that moves it: "The remaining ten under that contract will be delivered".)
const openingLot = compiledNow(new RegExp(`${data.opening}(?:${data.markers.join("|")}|(?:${data.counts})\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:${data.modals}\\s+)?(?=(?:${data.arrivals.join("|")})\\b)|(?:${data.counts})(?:\\s+[\\p{L}-]+){0,4}?(?=\\s+${data.lotMoved})|(?:${data.lotPronouns})(?=\\s+${data.lotMoved}))`, "iu"));
// "He expects roughly 60 more by June", "It hopes for a total of 1.5m to 1.8m by December": an expected lot as the object.
const expectedLot = new RegExp(`${data.expectedOpening}(?:${data.expectedCount})`, "iu");
const lotPronoun = new RegExp(`^\\s*(?:${data.lotPronouns})$`, "i");
// "She said", "He added that": a pronoun and a verb of saying that open a sentence.
// ("insisted on Friday that": a short time phrase may stand between the verb and what is said.)
const afterSpeaker = new RegExp(`^\\s*(?:(?:${data.sayingVerbs})\\s+(?:${data.sayingWhen}\\s+)?)?(?:that\\s+)?`, "iu");
const saidByPronoun = new RegExp(`^\\s*(?:he|she|they)\\s+(?:${data.sayingVerbs})\\s+(?:${data.sayingWhen}\\s+)?(?:that\\s+)?`, "iu");
/** "According to the minister, ": words that cite one who speaks, then the comma that opens what is said. */
const citedLead = new RegExp(`^\\s*(?:${data.citedLead})`, "iu");
/** "The ministry says ", "Minsk said on Friday that ": one who speaks and a verb of saying that open a sentence. */
const saidLead = new RegExp(`^\\s*(?:${data.saidLead})(?:${data.sayingVerbs})\\s+(?:${data.sayingWhen}\\s+)?(?:that\\s+)?`, "iu");
/** "because of", "owing to": words that open the cause of a lot's timing (follow-on.json `causeLinks`). */
const causeLink = new RegExp(`\\b(?:${data.causeLinks})\\b`, "iu");
/** Nothing but an article before the one who speaks ("The ministry said"). */
const opensSentence = /^\s*(?:the\s+)?$/i;
// "Of the five squadrons India ordered from Russia, three have been delivered": the whole order, then the lot.
const wholeOrder = new RegExp(`^\\s*${data.wholeOrder}`, "iu");
// "He expects about 150 more this year", "Moscow expected to receive some 30 more": one who expects a further lot.
const expectLead = new RegExp(data.expectLead, "iu");
const passiveExpect = new RegExp(data.passiveExpect, "iu");
const gappedTail = new RegExp(data.gappedTail, "su");
/** Nothing but a qualifier of the figure before a lot ("roughly", "some"). */
const lotLead = /^\s*(?:[\p{L}]+\s+)?$/u;

// "Of that total, 400 are tanks and 200 are trucks": a whole told before, split into parts.
const partitionLead = new RegExp(data.partition.lead, "iu");
// (The figure's noun may stand outside its span: "£200 million" read, "pounds" left before the verb.)
const partVerb = new RegExp(`^\\s+(?:[\\p{L}]+\\s+)?(?:${data.partition.verbs})\\s`, "iu");
/** A qualifier at most between the lead and the first part's figure ("Of that sum, some £200 million"). */
const afterLead = /^\s*(?:[\p{L}]+\s+){0,2}$/u;

/** The drafts of parts of a whole (partitionDrafts): who told the whole told its parts. */
const splitParts = new WeakSet<Draft>();

/**
 * "The minister spoke of 900 trucks for Chad. Of that total, 300 are fuel tankers, her office said.": a part that the page
 * gives no named speaker of its own is told by the one who told the whole, the last claim between the same parties
 * in the segment with a named speaker.
 */
export function inWholesVoice(doc: ArmsDocument, draft: Draft, claims: Claim[]): Claim[] {
  if (furtherLots.has(draft)) return claims.map((c) => inFlowsVoice(doc, c));
  if (!splitParts.has(draft)) return claims;
  return claims.map((c) => {
    if (c.source.speaker) return c;
    const whole = doc.claims.findLast((w) => w.segment === c.segment && w.supplier === c.supplier && w.recipient === c.recipient && w.evidence.end <= c.evidence.start);
    return whole?.source.speaker ? { ...c, source: whole.source } : c;
  });
}

/** The drafts of further lots that open a sentence (openingLotDrafts): they go on with the voice of the flow before. */
const furtherLots = new WeakSet<Draft>();

/**
 * "Ana Ruiz said Chile will give Peru 12 boats. Of the twelve, four are to sail in May, the minister added. Five more
 * follow in June.": a further lot with no named speaker of its own, told by no one (the page itself) or by one of the
 * same state as who told the flow, keeps the voice of the last claim of that flow in the segment with a named speaker.
 */
function inFlowsVoice(doc: ArmsDocument, c: Claim): Claim {
  if (c.source.speaker) return c;
  const flow = doc.claims.findLast((w) => w.segment === c.segment && w.supplier === c.supplier && w.recipient === c.recipient && w.evidence.end <= c.evidence.start && !!w.source.speaker);
  if (!flow || (c.source.country && c.source.country !== flow.source.country)) return c;
  return { ...c, source: flow.source };
}

const laterLot = new RegExp(`\\b(?:${data.laterLot.join("|")})\\b`, "iu");

/** "20 more howitzers will follow", "the rest are to come": whether a clause tells a lot still to move after one told before (assemble-claims.ts). */
export function tellsLaterLot(text: string): boolean {
  return laterLot.test(text) || marker.test(text);
}

/** Whether a sentence opens by splitting a whole told before into parts ("Of that total, ..."): lot-memory.ts keeps the whole's certainty. */
export function opensPartition(text: string): boolean {
  return partitionLead.test(text);
}

/** "The remaining two are due in 2026", "Roughly 3,000 more were sent in May", "He expects 60 more by June": a sentence that opens with a further lot (worth reading, find-candidates.ts). */
export function opensLot(text: string): boolean {
  const lead = expectLead.exec(text);
  const cited = citedLead.exec(text) ?? saidLead.exec(text);
  return opensPartition(text) || openingLot.test(text) || wholeOrder.test(text) || expectedLot.test(text) || (!!lead && openingLot.test(text.slice(lead[0].length))) || (!!cited && openingLot.test(text.slice(cited[0].length)));
}

/**
 * A further transfer told after a done one, naming its goods only as more of them: "Poland sent 40 tanks to
 * Ukraine, and 20 more will follow next year", "Iran has sent drones to Russia and is planning new deliveries",
 * "workers were sent last year, and several thousand more are due this year". The later part (follow-on.json:
 * opened by a joiner, ended by a stop) names a further lot (`markers`) and a word of plan or future (a
 * `possible` cue of weigh-certainty.ts); it gets a draft of its own with the parties and goods of each transfer
 * told before it, and its own figure ("20 more" counts in the unit of those goods). Its certainty is weighed in
 * its own part, so the done transfer and the planned one stay two claims (plan-and-deed.ts).
 */
export function followOnDrafts(doc: ArmsDocument, index: number, drafts: Draft[], ctx: Context): Draft[] {
  const sentence = doc.sentences[index].span;
  const parts = partitionDrafts(doc, index, drafts, ctx);
  if (parts.length) return [...drafts.filter((d) => d.kind !== "transfer"), ...parts];
  const told = drafts.filter((d) => d.kind === "transfer" && d.supplier && d.recipient && d.parts.item);
  if (!told.length) return [...drafts, ...openingLotDrafts(doc, index, drafts, ctx)];
  const out = [...drafts];
  for (const j of allMatches(joiner, doc.slice(sentence))) {
    const start = sentence.start + j.index + j[0].length;
    const rest = doc.text.slice(start, sentence.end);
    const s = stop.exec(rest);
    const part = { start, end: s ? start + s.index : sentence.end };
    const m = marker.exec(doc.text.slice(part.start, part.end));
    if (!m) continue;
    const lot = { start: part.start + m.index, end: part.start + m.index + m[0].length };
    // The part names goods of its own ("and 20 more tanks will follow" is told by the assembler), other than the lot itself.
    const inPart = (d: Draft) => !!d.parts.item && d.parts.item.start >= part.start && d.parts.item.start < part.end;
    const ownLot = (d: Draft) => inPart(d) && d.item === "goods-unspecified" && d.parts.item!.start >= lot.start && d.parts.item!.end <= lot.end;
    if (out.some((d) => inPart(d) && !ownLot(d))) continue;
    if (!plannedOrDone(doc, part) && !gappedLot(doc, part, lot)) continue;
    // ("..., and new deliveries from Belarus are expected": a party of its own makes another flow, not more of this one.)
    const states = doc.within(doc.mentions, part).filter((x) => x.kind === "state").map((x) => x.state ?? x.entity);
    const before = told.filter((d) => states.every((st) => st === d.supplier || st === d.recipient)).filter((d) => d.lastPart <= part.start && (d.parts.amount?.start ?? d.parts.item!.start) < j.index + sentence.start);
    if (!before.length) continue;
    // ("roughly 60 more": the figure with its qualifier may start before the lot; "a further shipment" counts no goods.)
    const amount = !/\bmore\b/i.test(m[0]) ? undefined : doc.within(doc.amounts, part).find((a) => a.span.start < lot.end && lot.start < a.span.end && (a.quantity.value !== null || a.quantity.min !== null || a.quantity.max !== null));
    const seen = new Set<string>();
    const made: Draft[] = [];
    for (const d of before) {
      const key = `${d.supplier}|${d.recipient}|${d.item}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const unit = d.quantity?.unit ?? countUnitOf(d.item) ?? defaultUnitOf(d.item);
      made.push({
        clause: part,
        kind: "transfer",
        supplier: d.supplier,
        recipient: d.recipient,
        item: d.item,
        // ("and could ship roughly as many again": the lot before, as large, told as about that many.)
        quantity: amount && unit ? toQuantity(amount, unit) : /\bagain\b/i.test(m[0]) && d.quantity ? { ...d.quantity, approx: d.quantity.approx || /\b(?:about|roughly|around|nearly|almost|some)\b/i.test(m[0]) } : null,
        calibre: null,
        parts: { item: lot, ...(amount && unit ? { amount: amount.span } : {}) },
        // (Every word of the part weighs the further lot: "20 more will be sent", "more are planned".)
        lastPart: part.end,
        thing: d.thing,
      });
    }
    out.splice(0, out.length, ...out.filter((d) => !ownLot(d)), ...made);
  }
  return [...out, ...openingLotDrafts(doc, index, out, ctx)];
}

/**
 * "Chile will send 900 trucks to Peru. Of that total, 600 are fuel tankers and 300 are troop
 * carriers.", "Britain pledged £2.5 billion. Of that sum, some £200 million goes on drones.": a sentence that splits the
 * whole told within `reach` sentences before it into parts, with no party of its own, tells each part as a lot of
 * that transfer: its parties, the goods the part names (else the whole's), the part's own figure.
 */
function partitionDrafts(doc: ArmsDocument, index: number, drafts: readonly Draft[], ctx: Context): Draft[] {
  const last = ctx.lastTransfer;
  if (!last) return [];
  const sentence = doc.sentences[index].span;
  // ("About 200 of them are trucks" with no lead is left alone: a part so told may as well be a count of what arrived.)
  const lead = partitionLead.exec(doc.slice(sentence));
  if (!lead) return [];
  const from = sentence.start + lead[0].length;
  // (A part that names a party of its own tells another flow: "Of that sum, $400 million went to sellers in Russia".)
  if (doc.within(doc.mentions, sentence).some((x) => x.kind === "state" && ![last.supplier, last.recipient].includes(x.state ?? x.entity))) return [];
  const { segment } = doc.sentences[index];
  let near = false;
  for (let i = index - 1; i >= 0 && i >= index - data.reach && doc.sentences[i].segment === segment; i--) {
    const s = doc.sentences[i].span;
    if (s.start <= last.span.start && last.span.end <= s.end) near = true;
  }
  if (!near) return [];
  const counted = (a: Amount) => a.quantity.value !== null || a.quantity.min !== null || a.quantity.max !== null;
  const figures = doc.within(doc.amounts, { start: from, end: sentence.end }).filter(counted);
  const first = figures[0];
  if (!first) return [];
  // (The first part opens the sentence, right after the whole it splits; its figure is what the verb is about.)
  if (!afterLead.test(doc.text.slice(from, first.span.start))) return [];
  const parts = figures.filter((a) => partVerb.test(doc.text.slice(a.span.end, sentence.end)));
  if (parts[0] !== first) return [];
  const made: Draft[] = [];
  parts.forEach((a, k) => {
    const verb = partVerb.exec(doc.text.slice(a.span.end, sentence.end))!;
    const said = { start: a.span.end + verb[0].length, end: parts[k + 1]?.span.start ?? sentence.end };
    const own = findItems(doc.text.slice(said.start, said.end), said.start)[0];
    const item = own?.item ?? last.item;
    const unit = a.unit ?? countUnitOf(item) ?? defaultUnitOf(item);
    if (!unit) return;
    made.push({
      clause: { start: sentence.start, end: said.end },
      kind: "transfer",
      supplier: last.supplier,
      recipient: last.recipient,
      item,
      quantity: toQuantity(a, unit),
      calibre: a.calibre ?? null,
      parts: { item: own?.span ?? a.span, amount: a.span },
      lastPart: own?.span.end ?? a.span.end,
      thing: own ? own.text.toLowerCase().replace(/s$/, "") : "",
    });
    splitParts.add(made[made.length - 1]);
  });
  return made;
}

/** Each sentence's attribution span, by sentence index (one pass per document: a long page has thousands). */
const spansByDoc = new WeakMap<ArmsDocument, { count: number; spans: Map<number, Span | null> }>();
function attributionSpans(doc: ArmsDocument): Map<number, Span | null> {
  let kept = spansByDoc.get(doc);
  if (!kept || kept.count !== doc.attributions.length) {
    // (The first attribution of a sentence, as a search from the start finds it.)
    const spans = new Map<number, Span | null>();
    for (const a of doc.attributions) if (!spans.has(a.sentence)) spans.set(a.sentence, a.span);
    kept = { count: doc.attributions.length, spans };
    spansByDoc.set(doc, kept);
  }
  return kept.spans;
}

/**
 * "sent 11,000 troops in 2024 and roughly 3,000 more early this year": a part that is only a further lot and the
 * time it moved in leaves out its verb, which the clause before gives it.
 */
function gappedLot(doc: ArmsDocument, part: Span, lot: Span): boolean {
  if (!lotLead.test(doc.text.slice(part.start, lot.start)) || !gappedTail.test(doc.text.slice(lot.end, part.end))) return false;
  return doc.within(doc.times, { start: lot.end, end: part.end }).some((t) => !t.speech);
}

/** Whether a part tells its lot as planned (a `possible` cue) or as done (a transfer verb, "followed", "arrived"). */
function plannedOrDone(doc: ArmsDocument, part: Span): boolean {
  if (doc.within(doc.cues, part).some((c) => c.certainty === "possible")) return true;
  const text = doc.text.slice(part.start, part.end);
  return arrival.test(text) || findTriggers(text, part.start).some((t) => t.role === "give" || t.role === "get");
}

/**
 * "About 9,000 soldiers were sent to Libya in 2023. Roughly 2,000 more were sent in May.", "... Another 12 howitzers
 * followed in April.": a sentence whose subject is a further lot, with no party of its own, goes on with the transfer
 * told within `reach` sentences before it in the segment. The lot's goods are its own where it names them, else
 * those of that transfer; its figure counts in their unit.
 */
function openingLotDrafts(doc: ArmsDocument, index: number, drafts: readonly Draft[], ctx: Context): Draft[] {
  const last = ctx.lastTransfer;
  const sentence = doc.sentences[index].span;
  // ("She said six of the jets would arrive by June": the lot opens the clause said, after a saying that opens the sentence.)
  if (!last) return [];
  const said = attributionSpans(doc).get(index);
  // (A pronoun that speaks may have no span of its own: "She said" where the page never names her.)
  const saying = said && opensSentence.test(doc.text.slice(sentence.start, said.start)) ? afterSpeaker.exec(doc.text.slice(said.end, sentence.end)) : null;
  // ("According to the minister, the first four should arrive in May": the lot opens the clause after the one cited.)
  // ("The ministry says four more are due next year": one who speaks with no span of a speaker still opens the sentence.)
  const pronoun = saying ? null : (saidByPronoun.exec(doc.slice(sentence)) ?? citedLead.exec(doc.slice(sentence)) ?? saidLead.exec(doc.slice(sentence)));
  const opens = saying ? said!.end + saying[0].length : sentence.start + (pronoun?.[0].length ?? 0);
  const lead = pronoun ? null : expectLead.exec(doc.text.slice(opens, sentence.end));
  // ("Six more are expected in May": a passive tells the lot as the subject, not one who expects it.)
  const expecting = lead && !passiveExpect.test(lead[0]) ? lead : null;
  const led = opens + (expecting?.[0].length ?? 0);
  // (One who expects the lot is a party of the transfer before, or none: "Kyiv expects ..." is no receiver of it.)
  // (A state that speaks as the one who expects counts too: "Turkey expects 100 more"; one that only describes the speaker does not.)
  if (expecting && doc.within(doc.mentions, { start: sentence.start, end: led }).some((x) => x.kind === "state" && ![last.supplier, last.recipient].includes(x.state ?? x.entity) && (x.span.start >= opens || (said?.start === x.span.start && said.end === x.span.end)))) return [];
  const order = wholeOrder.exec(doc.text.slice(led, sentence.end));
  const from = led + (order?.[0].length ?? 0);
  // (Goods the sentence tells are its own claims, but for the whole order named before the lot.)
  // (A lot one expects to receive may leave a draft with one party only: "Moscow expects to receive 30 more of the tanks".)
  if (!last || drafts.some((d) => d.kind === "transfer" && !(d.parts.item && d.parts.item.end <= from) && (!expecting || (d.supplier && d.recipient)))) return [];
  const opening = openingLot.exec(doc.text.slice(from, sentence.end));
  // (An expected lot tells its plan by its verb: "expects", "hopes for"; read from the opening of the sentence where
  // the words of expecting were taken but no lot follows them in the opening's form: "expects a total of 1.5m".)
  const base = !opening && expecting && !order ? opens : from;
  const expected = opening ? null : expectedLot.exec(doc.text.slice(base, sentence.end));
  const m = opening ?? expected;
  if (!m) return [];
  const { segment } = doc.sentences[index];
  let near = !!order && sentence.start <= last.span.start && last.span.end <= from;
  // (Before a lot one expects, lines that tell nothing, a post's counts or byline, are not counted: "2/ ... 148 sent. [♥ 402] 3/ He expects 150 more".)
  for (let i = index - 1, counted = 0; i >= 0 && counted < data.reach && doc.sentences[i].segment === segment; i--) {
    const s = doc.sentences[i].span;
    if (s.start <= last.span.start && last.span.end <= s.end) near = true;
    if (!expecting || doc.sentences[i].candidate !== false) counted++;
  }
  if (!near) return [];
  const s = stop.exec(doc.text.slice(from, sentence.end));
  const part = { start: from, end: s ? from + s.index : sentence.end };
  // ("The remaining two are due in 2026, later than planned, because of the war in Ukraine": a state named in the cause
  // of a delay is no party of the lot.)
  const cause = causeLink.exec(doc.text.slice(part.start, part.end));
  const causeAt = cause ? part.start + cause.index : part.end;
  if (doc.within(doc.mentions, part).some((x) => x.kind === "state" && x.span.start < causeAt && ![last.supplier, last.recipient].includes(x.state ?? x.entity))) return [];
  if (!expected && !expecting && !plannedOrDone(doc, part) && !/\bdue\b/i.test(doc.text.slice(part.start, part.end))) return [];
  const lot = { start: base + m.index, end: base + m.index + m[0].length };
  const amount = doc.within(doc.amounts, lot).find((a) => a.quantity.value !== null || a.quantity.min !== null || a.quantity.max !== null);
  const own = findItems(doc.text.slice(lot.start, lot.end), lot.start).find((i) => !amount?.unit || unitFits(amount.unit, i.item));
  // ("Peru is paying $90 million. The remaining two radars arrive in May": a lot that counts goods is no more of the
  // payment before it, but of the goods paid for, which went the other way.)
  const countsGoods = own ? own.item !== "money" : !!amount?.unit && !isCurrency(amount.unit);
  const paidFor = last.item === "money" && countsGoods ? [...(ctx.itemFlow ?? [])].reverse().find(([i, f]) => i !== "money" && f.supplier === last.recipient && f.recipient === last.supplier) : undefined;
  const told = paidFor ? { supplier: paidFor[1].supplier, recipient: paidFor[1].recipient } : last;
  // ("Poland sent four jets to Kyiv. Oslo's government says 20 howitzers are to follow": a lot that the government of
  // another state tells is that state's own to give, as assemble-claims.ts reads such a clause.)
  const teller = expecting ? null : tellingGiver(doc, index, told.supplier, told.recipient, ctx);
  const flow = teller ? { supplier: teller, recipient: told.recipient } : told;
  const item = own?.item ?? paidFor?.[0] ?? last.item;
  const unit = amount?.unit ?? countUnitOf(item) ?? defaultUnitOf(item);
  // ("He denied that any had been sent": a lot named only by a pronoun is weighed with the words that say it.)
  // (So is a lot one expects: "He expects 150 more" is a plan.)
  const clause = lotPronoun.test(m[0]) || expecting ? { start: sentence.start, end: part.end } : part;
  const first: Draft = {
    clause,
    kind: "transfer",
    supplier: flow.supplier,
    recipient: flow.recipient,
    item,
    quantity: amount && unit ? toQuantity(amount, unit) : null,
    calibre: amount?.calibre ?? null,
    parts: { item: own?.span ?? lot, ...(amount && unit ? { amount: amount.span } : {}) },
    lastPart: part.end,
    thing: own ? own.text.toLowerCase().replace(/s$/, "") : "",
  };
  // "Six of the jets will arrive this year, eight more in 2025 and the remaining four in 2026": the further lots of a
  // list after the first count the same goods (the amounts layer gives their bare figures its unit), each a claim.
  const counted = (a: Amount) => a.quantity.value !== null || a.quantity.min !== null || a.quantity.max !== null;
  const partAmounts = doc.within(doc.amounts, part);
  const further = !amount?.unit ? [] : partAmounts.filter((a) => a.span.start >= lot.end && a.unit === amount.unit && counted(a) && a.nounSpan?.start === amount.nounSpan?.start && a.nounSpan?.end === amount.nounSpan?.end);
  // "Five more are to follow in 2025 and the last three in 2026": where the first lot names no goods, the bare figures
  // after it that a list word marks as lots of the same whole ("the last three", "another four", "two more") count
  // the goods of the transfer told before too; a bare figure with no such word ("in 2026", "by 30") is none.
  const bare = amount && !amount.unit && unit ? partAmounts.filter((a) => a.span.start >= lot.end && !a.unit && counted(a) && listedLot(doc, part, a)) : [];
  const lotUnit = amount?.unit ?? unit;
  // ("The first four arrive in May. The Spanish crew called them a help. Five more follow in June.": a lot told as
  // more of the flow is that flow's latest telling, so the lots after it count their reach from it, not from the
  // first telling. Only the place moves: the parties and goods stay those of the transfer remembered.)
  if (item === last.item) ctx.lastTransfer = { ...last, span: first.parts.item ?? lot };
  const lots = [first, ...[...further, ...bare].map((a) => ({ ...first, quantity: toQuantity(a, lotUnit!), calibre: a.calibre ?? null, parts: { item: first.parts.item, amount: a.span } }))];
  for (const d of lots) furtherLots.add(d);
  return lots;
}

/**
 * The state whose own government alone tells a sentence of a further lot, where it is neither party of the flow told
 * before nor at war with its receiver, and the page tells it, or several states, giving to that receiver; else null.
 * One that gives nothing on a page where one state gives only reports that state's lot.
 */
export function tellingGiver(doc: ArmsDocument, index: number, supplier: string | null, recipient: string | null, ctx: Context, teller?: string | null): string | null {
  if (!supplier || !recipient) return null;
  const said = doc.attributions.filter((a) => a.sentence === index);
  const source = said.length === 1 && said[0].sources.length === 1 ? said[0].sources[0] : null;
  const state = teller !== undefined ? teller : source && (officialsState(said[0]) ?? (/government$/.test(source.org ?? "") ? source.country : null));
  if (!state || state === supplier || state === recipient || atWar(state, recipient)) return null;
  const flows = ctx.pageFlows ?? pageFlows(doc);
  return flows.some((f) => f.supplier === state && f.recipient === recipient) || manyGive(flows, recipient, state) ? state : null;
}

const listedBefore = new RegExp(`(?:^|[\\s,])(?:${data.listedLots.before})\\s+$`, "iu");
const listedAfter = new RegExp(`^\\s+(?:${data.listedLots.after})\\b`, "iu");
// ("another two": the word of the list may be read as part of the figure.)
const listedOwn = new RegExp(`^(?:${data.listedLots.before})\\s`, "iu");

/** Whether a bare figure in a list of lots is marked as one of them ("the last three", "two more"). */
function listedLot(doc: ArmsDocument, part: Span, a: Amount): boolean {
  if (a.noun && !/^more$/i.test(a.noun)) return false;
  const before = doc.text.slice(Math.max(part.start, a.span.start - 30), a.span.start);
  const after = doc.text.slice(a.span.end, Math.min(part.end, a.span.end + 12));
  return listedBefore.test(before) || listedAfter.test(after) || listedOwn.test(doc.text.slice(a.span.start, a.span.end));
}

import { createHash } from "node:crypto";
import { dayOrPublished, type Claim } from "../core/claim.js";
import type { DocumentMeta } from "../core/document.js";
import { figureCloseness, isSameFigure, sameFigureRounded } from "./figures.js";
import { windowOf } from "./document-retelling.js";
import { claimKey, linkDocumentNow, MemoryPort } from "./linker.js";
import { knowledge, sameScope } from "./knowledge.js";
import { dayRange, daysApart, occasion, rangesApart } from "./occasion.js";
import { evidenceSimilarity } from "./similarity.js";
import { sameUnlistedBody, speaksAs, stateOfKey } from "./canonical-source.js";
import { relayOneNamedBody } from "./common-relay.js";
import { isGovernment, oneRetoldOrigin } from "./retold-origin.js";
import { outletTellsPartyAct } from "./party-retold.js";
import { sentenceNamesOrigin } from "./named-in-sentence.js";
import { preciseFigure, pressRetellsFigure } from "./press-retold.js";
import { figureToldBare } from "./figure-told-bare.js";
import { pressOneAct } from "./press-one-act.js";
import { partyBodyOfUnplacedSpeaker } from "./unplaced-speaker.js";
import { oneBodySaysAgain } from "./body-saying-retold.js";
import { standingDenial } from "./standing-denial.js";
import { findPerson, type Person } from "../knowledge/gazetteer.js";
import { holderNamedByTitle } from "../knowledge/offices.js";
import { isGenericSource, isMediaSource, isOwnVoice, nameTokens, normalizeOrg, sameSpeaker, sourceKey } from "./sources.js";

/** What linking needs to know of a claim's document. */
export interface LinkDoc {
  readonly id: string;
  readonly outlet: string | null;
  readonly published: string | null;
  /** Near-duplicate group (near-duplicates.ts), if any. */
  readonly group: string | null;
  /** Name words of the people and bodies the document names as sources (for claims in its own voice). */
  readonly named: ReadonlySet<string>;
}

/** A claim with its document, as linking sees it. */
export interface LinkedClaim {
  readonly claim: Claim;
  readonly doc: LinkDoc;
}

/** A statement as linking sees it: its id and the claims that carry it so far. */
export interface CandidateStatement {
  readonly id: string;
  readonly members: readonly LinkedClaim[];
  /** The day the statement was first made (its earliest claim's day): retellings must stay near it, never chain on. */
  readonly day?: string | null;
  /** The documents already carrying it, where the caller keeps them (else read from the members). */
  readonly docs?: ReadonlySet<string>;
}

const W = knowledge.weights;
const MEMBERS_COMPARED = 24;
const negative = (c: Claim) => c.certainty === "denied" || c.certainty === "doubted";

/** The day a claim was stated, best known: its own `stated` (a day, month or year; not a span of days), else its document's publication day. */
export function claimDay(lc: LinkedClaim): string | null {
  return dayOrPublished(lc.claim.stated, lc.doc.published);
}

/** The days a claim's report tells it was made on, or its publication day, a guess (occasion.ts, occasion); null where undated. */
export function claimOccasion(lc: LinkedClaim): { range: [number, number]; told: boolean } | null {
  return occasion(lc.claim.stated, lc.doc.published);
}

/**
 * Days between the occasions of two claims of other reports, null where one is undated. The days their reports tell
 * are compared as ranges ("said last week" meets the briefing of that Tuesday, a day outside it does not). A claim
 * dated only by its report's day was made on that day or before it: up to knowledge.guessedDayReach days before
 * where the two give the very same figure (a brief retelling a report twelve days old), else on that day (two
 * reports a fortnight apart, telling no day and no figure, are two occasions).
 */
export function occasionGap(a: LinkedClaim, b: LinkedClaim): number | null {
  const oa = claimOccasion(a), ob = claimOccasion(b);
  if (!oa || !ob) return null;
  // Two reports telling in their own voice one act they date to its day: the act's day is the occasion (press-one-act.ts).
  if (!oa.told && !ob.told && pressOneAct(a, b)) return 0;
  const qa = a.claim.quantity, qb = b.claim.quantity;
  const same = (!oa.told || !ob.told) && qa !== null && qb !== null && isSameFigure(qa, qb);
  // The very figure of one named origin over one window may be retold months later (knowledge.retoldFigureReach), one
  // person's a year or two later (knowledge.retoldPersonFigureReach), and so may such a precise figure the press retells
  // over the window both name (press-retold.ts). One person's saying without a figure, neither
  // report telling its day, may be a week old when retold (an interview quoted again): the guessed day's reach; a
  // denial of theirs, weeks, months or a year (knowledge.retoldDenialReach).
  // (The person may be named by title in one report: "America's top diplomat" and the secretary of state by name.)
  const unfigured = !oa.told && !ob.told && qa === null && qb === null && onePersonOf(a, b);
  // One origin's saying with no figure over a window it names ("by the end of the year", "between June and July"),
  // quoted again some weeks later without its day, is that saying (oneOriginOneWindow).
  const windowed = (!oa.told || !ob.told) && qa === null && qb === null && oneOriginOneWindow(a, b);
  // One named body's or paper's finding with no figure, neither report telling its day, quoted again some weeks on
  // (body-saying-retold.ts); asked only where nothing before has set the reach.
  const bodyAgain = () => !oa.told && !ob.told && qa === null && qb === null && oneBodySaysAgain(a, b);
  // A state's standing denial with no figure, in its government's voice and in its ministry's, neither report telling
  // its day: the one passed on as the other some months on (standing-denial.ts).
  const standing = () => !oa.told && !ob.told && standingDenial(a, b);
  // One person's figure retold months on in a sentence that tells it though the claim reads none (figure-told-bare.ts).
  const bare = (!oa.told || !ob.told) && figureToldBare(a, b);
  const reach = same ? (retoldByOrigin(a, b) || namedOriginRetold(a, b) ? retoldReach(a.claim, b.claim) : outletRetellsPersonAct(a, b) ? knowledge.retoldPersonFigureReach : onePressReportRetold(a, b) || pressRetellsFigure(a, b) ? knowledge.retoldFigureReach : oneOriginSmallFigure(a, b) ? knowledge.retoldSayingReach : knowledge.guessedDayReach) : bare ? knowledge.retoldFigureReach : unfigured ? (negative(a.claim) && negative(b.claim) ? knowledge.retoldDenialReach : knowledge.guessedDayReach) : windowed || bodyAgain() ? knowledge.retoldSayingReach : standing() ? knowledge.retoldFigureReach : 0;
  const widen = (o: { range: [number, number]; told: boolean }): [number, number] => (o.told ? o.range : [o.range[0] - reach, o.range[1]]);
  const apart = rangesApart(widen(oa), widen(ob));
  // A report that tells no day of the saying may give it as the transfer's time ("in May the president accused ..."),
  // where the other report tells the day of that saying, or, giving the very figure, tells no day either and was out
  // by then: an act dated to its very day ("25 Oct 2024 - the State Department approves three launchers" against the
  // report of that Friday; a month is too wide for a small count not to recur by chance).
  const neither = !oa.told && !ob.told && qa !== null && qb !== null && isSameFigure(qa, qb);
  const oneDay = (w: [number, number] | null) => (w && w[0] === w[1] ? w : null);
  // (Or a month holding the very day the other's window names: "24 jets signed for in April last year" retells the
  // act of "signed on Tuesday for 24 jets", or of another retelling dating it to "10 February": actMonth.)
  const wa = !oa.told ? (ob.told ? windowAsOccasion(a) : neither ? oneDay(windowAsOccasion(a)) ?? actMonth(a, b) : null) : null;
  const wb = !ob.told ? (oa.told ? windowAsOccasion(b) : neither ? oneDay(windowAsOccasion(b)) ?? actMonth(b, a) : null) : null;
  if (!(wa || wb) || !(qa && qb ? isSameFigure(qa, qb) : !qa && !qb)) return apart;
  return Math.min(apart, rangesApart(wa ?? (oa.told ? oa.range : widen(oa)), wb ?? (ob.told ? ob.range : widen(ob))));
}

/**
 * The days of a claim's window where it may be the day of the saying its report retells without telling that day
 * ("Remember that in May the president accused Minsk of ...", "the minister unveiled a package of six launchers in
 * February"): a window of a day or a month (knowledge.windowOccasionDays), not a running total, ended before the days
 * a report tells no day of the saying may reach back to (knowledge.guessedDayReach); else null. The caller asks it
 * only of a claim whose report tells no day of the saying, against one whose report tells it (both giving the very
 * figure or neither giving one), or, where its window is one day, against one telling no day either, both giving the
 * very figure.
 *
 *     windowAsOccasion(claim with period {start: "2025-05", end: "2025-05"}, published "2025-09-20") → the days of May 2025
 */
export function windowAsOccasion(lc: LinkedClaim): [number, number] | null {
  const c = lc.claim;
  if (c.cumulative || !c.period?.start) return null;
  const s = dayRange(c.period.start), e = dayRange(c.period.end ?? c.period.start), p = dayRange(lc.doc.published);
  // (A window that reaches the report's own days, "received last week", is the transfer's time told fresh, not a saying retold.)
  if (!s || !e || e[1] - s[0] + 1 > knowledge.windowOccasionDays || (p !== null && e[1] >= p[0] - knowledge.guessedDayReach)) return null;
  return [s[0], e[1]];
}


/**
 * The days of a claim's window where it is a month or so (windowAsOccasion) holding the one day the other claim's window
 * names: one act dated twice, to its day by one report ("signed on Tuesday for 24 jets", "on 10 February") and to its
 * month by another ("in April last year"), neither telling the day of a saying. The caller asks it only where both give
 * the very figure; else null.
 *
 *     actMonth(claim with period {start: "2024-04"} published "2025-05-20", claim with period {start: "2024-04-16"}) → the days of April 2024
 */
export function actMonth(lc: LinkedClaim, other: LinkedClaim): [number, number] | null {
  const w = windowAsOccasion(lc), p = other.claim.period;
  if (!w || !p?.start || other.claim.cumulative || (p.end !== null && p.end !== p.start)) return null;
  const d = dayRange(p.start);
  return d && d[0] === d[1] && d[0] >= w[0] && d[1] <= w[1] ? w : null;
}

/**
 * Whether one claim credits no person while its very sentence names the origin the other credits (named-in-sentence.ts),
 * over a window the two tell alike or one leaves out: "last month the prime minister put the count at ..." in a paper's
 * own voice retells his saying, however long after, as the origin's own figure retold would (retoldByOrigin).
 */
function namedOriginRetold(a: LinkedClaim, b: LinkedClaim): boolean {
  if (!sentenceNamesOrigin(a, b)) return false;
  if (a.claim.period && b.claim.period && !nestedWindow(a.claim, b.claim)) return false;
  const q = a.claim.quantity;
  return q !== null && Math.max(Math.abs(q.value ?? 0), Math.abs(q.min ?? 0), Math.abs(q.max ?? 0)) >= knowledge.retoldFigureMin;
}

/**
 * Whether one claim tells in its outlet's own voice a party's act that the other credits to a named person of that
 * party (party-retold.ts), over a window the two tell alike or the person named none: "the 32 jets Ruritania promised last
 * summer" retells its prime minister's pledge of 32 jets on a day a report tells, however long after, as her own
 * figure retold would (retoldByOrigin), where the figure is precise enough not to recur by chance (press-retold.ts,
 * preciseFigure). The caller holds them to the very figure.
 */
function outletRetellsPersonAct(a: LinkedClaim, b: LinkedClaim): boolean {
  const [person, own] = a.claim.source.speaker ? [a, b] : [b, a];
  if (!person.claim.source.speaker || own.claim.source.speaker || !outletTellsPartyAct(a, b)) return false;
  // (A saying dated only by its report is one occasion among many; a round figure, "40 vehicles", recurs by chance.)
  const q = own.claim.quantity;
  if (claimOccasion(person)?.told !== true || q?.value == null || !preciseFigure(q.value)) return false;
  // (A retelling that leaves out the window the person named may tell another flow.)
  return !person.claim.period || (own.claim.period !== null && nestedWindow(person.claim, own.claim));
}

/**
 * Whether two claims give a figure of one named origin over one window, the kind a later report retells without its
 * day: one origin (retold-origin.ts: one person or body, an official and their body, a state's government and its
 * body; not the press, an outlet's own voice or a placeholder), the same window (a running
 * total or the same period, or none named by one of them), and a figure large enough not to recur by chance
 * (knowledge.retoldFigureMin).
 */
function retoldByOrigin(a: LinkedClaim, b: LinkedClaim): boolean {
  const sa = a.claim.source, sb = b.claim.source;
  if (!oneRetoldOrigin(sa, sb) || sourceKey(sa).startsWith("outlet:") || sourceKey(sb).startsWith("outlet:")) return false;
  const media = new Set([normalizeOrg(a.doc.outlet), normalizeOrg(b.doc.outlet)].filter((x): x is string => x !== null));
  // (A body's own release, the report's outlet the body itself with its state named, is that body speaking, not the press.)
  const press = (lc: LinkedClaim) => !lc.claim.source.country && (isOwnVoice(lc.claim, lc.doc.outlet) || isMediaSource(lc.claim.source, media));
  for (const lc of [a, b]) if (press(lc) || isGenericSource(lc.claim.source)) return false;
  // (A retelling that names no window may leave out the one the first telling gave, or name it coarser: nestedWindow.
  // One person's very figure may come back months on with its window placed a little otherwise, "the three months
  // before January" retold as "three months at the start of the year": overlappingWindow. A window that may be the
  // day of the saying itself names no window of the transfer: sayingDayAsWindow.)
  if (a.claim.period && b.claim.period && !nestedWindow(a.claim, b.claim) && !(onePersonSays(sa, sb) && overlappingWindow(a.claim, b.claim)) && !sayingDayAsWindow(a) && !sayingDayAsWindow(b)) return false;
  const q = a.claim.quantity;
  return q !== null && Math.max(Math.abs(q.value ?? 0), Math.abs(q.min ?? 0), Math.abs(q.max ?? 0)) >= knowledge.retoldFigureMin;
}

/**
 * Whether a claim's window may be the day of the saying its report retells rather than the transfer's time: its report
 * tells no day of the saying, and the window is one day, not a running total, well before the report's own days
 * (windowAsOccasion). "On 3 May last year the envoy had said that 9,400 tonnes went in March", or "a year ago the
 * minister told reporters that 9,400 tonnes went", may come out with that day as the window; against the same origin's
 * very figure it names no window of its own (retoldByOrigin).
 */
function sayingDayAsWindow(lc: LinkedClaim): boolean {
  if (claimOccasion(lc)?.told !== false) return false;
  const w = windowAsOccasion(lc);
  return w !== null && w[0] === w[1];
}

/**
 * Whether two reports each pass on one press report of another outlet, the very figure over one window it names: "the
 * Daily Courier reported that 40 launchers went to X between May and July" told again weeks later by another report,
 * crediting the Courier with those 40 launchers of May to July. The press relays rather than originates, so its
 * figure is not retold as an origin's (retoldByOrigin); but an outlet's own finding, credited by name with the same
 * figure over the same named window, is that one report. A running total, or no window named, is not enough: an
 * outlet may give the same count again in a new report.
 */
function onePressReportRetold(a: LinkedClaim, b: LinkedClaim): boolean {
  const sa = a.claim.source, sb = b.claim.source;
  if (sa.speaker || sb.speaker || sourceKey(sa) !== sourceKey(sb)) return false;
  for (const lc of [a, b]) if (isOwnVoice(lc.claim, lc.doc.outlet) || isGenericSource(lc.claim.source) || !isPressName(lc.claim.source)) return false;
  if (!a.claim.period || !b.claim.period || windowOf(a.claim) === "total" || windowOf(b.claim) === "total") return false;
  return nestedWindow(a.claim, b.claim);
}

/**
 * Whether two claims give one origin's very figure, too small to be retold months later as that origin's
 * (knowledge.retoldFigureMin: "two launchers", "six jets"): one person's over one window or with none named by one of
 * them, or one body's (by its key; not the press, a report's own voice or a placeholder) over one window both name,
 * not a running total ("four jets in August, its defence ministry said"). The same origin giving the same small count
 * for the same flow within some weeks (knowledge.retoldSayingReach) is one saying quoted again.
 */
function oneOriginSmallFigure(a: LinkedClaim, b: LinkedClaim): boolean {
  const sa = a.claim.source, sb = b.claim.source;
  if (onePersonSays(sa, sb)) return !a.claim.period || !b.claim.period || nestedWindow(a.claim, b.claim);
  if (sa.speaker || sb.speaker || sourceKey(sa) !== sourceKey(sb) || isPressName(sa)) return false;
  for (const lc of [a, b]) if (isOwnVoice(lc.claim, lc.doc.outlet) || isGenericSource(lc.claim.source)) return false;
  if (!a.claim.period || !b.claim.period || windowOf(a.claim) === "total" || windowOf(b.claim) === "total") return false;
  return nestedWindow(a.claim, b.claim);
}

/**
 * Whether two claims without a figure are one origin's saying over one window both name: one person, or one body by
 * its key (not a placeholder, not a report's own voice), and the same period, not a running total ("Minsk will have
 * the launchers by the end of the year, Lukas Brandl said", quoted again weeks on).
 */
function oneOriginOneWindow(a: LinkedClaim, b: LinkedClaim): boolean {
  const sa = a.claim.source, sb = b.claim.source;
  if (!a.claim.period || !b.claim.period || windowOf(a.claim) === "total" || windowOf(b.claim) === "total" || !nestedWindow(a.claim, b.claim)) return false;
  if (sa.speaker || sb.speaker) return onePersonSays(sa, sb);
  for (const lc of [a, b]) if (isOwnVoice(lc.claim, lc.doc.outlet) || isGenericSource(lc.claim.source)) return false;
  return sourceKey(sa) === sourceKey(sb);
}

/** Whether a speakerless source is an outlet: one the gazetteer knows, or a name with a word of the press ("Post", "Times"). */
const isPressName = (s: Claim["source"]) => sourceKey(s).startsWith("outlet:") || isMediaSource({ ...s, country: null }, new Set());

/**
 * Whether two claims credit one person: named alike (onePersonSays), or one of them by title on its day ("America's top
 * diplomat", knowledge/offices.json) and the other by that holder's name or the same title.
 */
function onePersonOf(a: LinkedClaim, b: LinkedClaim): boolean {
  if (onePersonSays(a.claim.source, b.claim.source)) return true;
  const ha = holderNamedByTitle(a.claim, claimDay(a)), hb = holderNamedByTitle(b.claim, claimDay(b));
  if (ha && hb) return ha.id === hb.id;
  const [h, other] = ha ? [ha, b.claim.source] : hb ? [hb, a.claim.source] : [null, null];
  return h !== null && !!other?.speaker && isHolder(h, other.speaker, sourceKey(other));
}

/** Whether two sources name one person as the speaker ("Oleh Petrenko", "Petrenko"). */
function onePersonSays(a: Claim["source"], b: Claim["source"]): boolean {
  return !!a.speaker && !!b.speaker && sameSpeaker(a.speaker, b.speaker);
}

/**
 * Whether two claims are one named person's saying on one occasion that a report tells ("said on Monday", "last
 * week"), with one certainty: the caller has held them to that occasion (occasionGap), so the one that leaves out the
 * figure the other gives ("the minister confirmed that the last of the jets had arrived" against "all 24 jets")
 * retells that saying. Two reports that tell no day, a body's or the press's word, or a pledge against a count ("will
 * send" and "has sent 24") still need the figure in both.
 */
function onePersonOneDay(a: LinkedClaim, b: LinkedClaim): boolean {
  if (a.claim.certainty !== b.claim.certainty || !onePersonSays(a.claim.source, b.claim.source)) return false;
  return claimOccasion(a)?.told === true || claimOccasion(b)?.told === true;
}

/**
 * How far back a retelling of one named origin's very figure reaches: a person's (two named speakers, one person) further
 * than a body's; and so does a person's figure precise enough not to recur by chance retold as their state's in general
 * ("Kyiv says Moscow ordered 2,400 drones" after the president's 2,400).
 */
function retoldReach(a: Claim, b: Claim): number {
  const sa = a.source, sb = b.source;
  if (sa.speaker && sb.speaker) return knowledge.retoldPersonFigureReach;
  const v = a.quantity?.value;
  if (Boolean(sa.speaker) !== Boolean(sb.speaker) && isGovernment(sourceKey(sa.speaker ? sb : sa)) && v != null && preciseFigure(v)) return knowledge.retoldPersonFigureReach;
  return knowledge.retoldFigureReach;
}

/**
 * Whether two claims count over one window, a later telling perhaps naming it coarser: each end of one period is the
 * other's, or the same at the coarser precision ("in January" against "on 9 January", "2025-01" and "2025-01-09").
 * A running total and a window are other windows.
 *
 *     nestedWindow({period: {start: "2025-01-09", end: null}}, {period: {start: "2025-01", end: null}}) → true
 */
export function nestedWindow(a: Claim, b: Claim): boolean {
  const wa = windowOf(a), wb = windowOf(b);
  if (wa === wb) return true;
  if (wa === "total" || wb === "total" || !a.period || !b.period) return false;
  const fits = (x: string | null, y: string | null) => x === y || (x !== null && y !== null && (x.startsWith(`${y}-`) || y.startsWith(`${x}-`)));
  return fits(a.period.start, b.period.start) && fits(a.period.end, b.period.end);
}

/**
 * Whether two claims count over windows that share some days, neither a running total and each with both ends told
 * ("October to January" and "January to March" share January; "October to December" and "January to March" do not).
 *
 *     overlappingWindow({period: {start: "2024-10", end: "2025-01"}}, {period: {start: "2025-01", end: "2025-03"}}) → true
 */
export function overlappingWindow(a: Claim, b: Claim): boolean {
  if (windowOf(a) === "total" || windowOf(b) === "total" || !a.period || !b.period) return false;
  const ends = (p: NonNullable<Claim["period"]>): [number, number] | null => {
    const s = dayRange(p.start), e = dayRange(p.end);
    return s && e ? [s[0], e[1]] : null;
  };
  const ra = ends(a.period), rb = ends(b.period);
  return ra !== null && rb !== null && rangesApart(ra, rb) === 0;
}

/** The words a document offers as its named sources: every speaker's name words and every body. */
export function namedSources(claims: readonly Claim[]): Set<string> {
  const out = new Set<string>();
  for (const c of claims) {
    for (const t of nameTokens(c.source.speaker)) out.add(t);
    const org = normalizeOrg(c.source.org);
    if (org) out.add(org);
  }
  return out;
}

/** Makes the LinkDoc of a document from its meta and its claims. */
export function linkDoc(meta: Pick<DocumentMeta, "id" | "outlet" | "published">, claims: readonly Claim[], group: string | null = null): LinkDoc {
  return { id: meta.id, outlet: meta.outlet, published: meta.published, group, named: namedSources(claims) };
}

/** Whether the own-voice claim `o` relays a source its document names, the one `s` has. */
function voiceOf(o: LinkedClaim, s: LinkedClaim): boolean {
  if (!isOwnVoice(o.claim, o.doc.outlet)) return false;
  const src = s.claim.source;
  if (src.speaker) return [...nameTokens(src.speaker)].some((t) => o.doc.named.has(t));
  const org = normalizeOrg(src.org);
  return org !== null && o.doc.named.has(org) && !isOwnVoice(s.claim, s.doc.outlet);
}

/** Whether a source names only a body's members ("the monitors"; knowledge.memberWords), with no speaker and no state. */
function membersOnly(s: Claim["source"]): boolean {
  const words = normalizeOrg(s.org)?.split(" ") ?? [];
  return !s.speaker && !s.country && words.some((w) => w !== "the") && words.every((w) => knowledge.memberWords.has(w));
}

/**
 * Whether claim `o` credits only a placeholder ("the report", "the study") or the body's members ("the monitors",
 * knowledge.memberWords) while its document names, as a source elsewhere, the body `s` credits.
 */
function placeholderOf(o: LinkedClaim, s: LinkedClaim): boolean {
  const src = s.claim.source;
  if (!(isGenericSource(o.claim.source) || membersOnly(o.claim.source)) || isGenericSource(src) || src.speaker) return false;
  const org = normalizeOrg(src.org);
  return org !== null && org.includes(" ") && o.doc.named.has(org) && !isOwnVoice(s.claim, s.doc.outlet);
}

/**
 * Whether claim `p` credits only an outlet or body that the other claim names as passing its source on (its
 * relays): "..., according to Yonhap" against "..., Yonhap reported, citing the National Intelligence Service".
 */
function relayedBy(p: LinkedClaim, s: LinkedClaim): boolean {
  const src = p.claim.source;
  if (src.speaker || isOwnVoice(p.claim, p.doc.outlet)) return false;
  const org = normalizeOrg(src.org);
  if (!org || !s.claim.relays.length || normalizeOrg(s.claim.source.org) === org) return false;
  return s.claim.relays.some((r) => normalizeOrg(r) === org);
}

/** Whether a speakerless source names one person of its body by office ("Iran's foreign ministry spokesman"; knowledge.personTitles). */
function byTitle(s: Claim["source"]): boolean {
  if (s.speaker || !s.org) return false;
  return s.org.toLowerCase().split(/[^\p{L}]+/u).some((w) => knowledge.personTitles.has(w));
}

/** Whether every word of an office ("Norwegian defence minister"), its title aside, begins a word of the body's name. */
function officeOf(office: string, body: string): boolean {
  const words = (x: string) => x.toLowerCase().split(/[^\p{L}]+/u).filter((w) => w.length >= 2 && !knowledge.stopwords.has(w));
  const rest = words(office).filter((w) => !knowledge.personTitles.has(w)), of = words(body);
  return rest.length > 0 && rest.every((w) => of.some((o) => o.startsWith(w.slice(0, 5))));
}

/** Whether a named speaker (its source key `key`) is the office-holder `p`: the gazetteer's person, every word of the full name, or the surname alone. */
function isHolder(p: Person, speaker: string, key: string): boolean {
  if (key === `person:${p.id}`) return true;
  const said = nameTokens(speaker), full = nameTokens(p.name);
  if ([...full].every((t) => said.has(t))) return true;
  return p.surname !== null && said.size === 1 && said.has(p.surname.toLowerCase());
}

/** The gazetteer's person a named speaker is, however spelt ("Shin", "Minister Shin", "Shin Won-sik"), else undefined. */
function knownPerson(s: Claim["source"]): Person | undefined {
  const key = sourceKey(s);
  return key.startsWith("person:") ? findPerson(key.slice(7)) : undefined;
}

/**
 * Whether two claims of one state's sources, neither with a figure, are its government's saying and the voice it spoke
 * through: one of them credits the state's government in general ("Tehran rejected the claim", "the US said"), the
 * other an official or body of that state (its foreign ministry's spokesman, the secretary of state), with one
 * certainty, and one of the reports tells the day of the saying ("last September", "on Monday"). The caller has held
 * them to one state; the occasion holds them to that day. Two officials, or two bodies neither of which is the
 * government, still need a figure to be one origin; and so do two reports that only echo a standing denial ("Moscow
 * has repeatedly denied it") on their own days.
 */
function governmentSaying(a: LinkedClaim, b: LinkedClaim): boolean {
  const ca = a.claim, cb = b.claim;
  if (ca.quantity || cb.quantity || ca.certainty !== cb.certainty) return false;
  if (!claimOccasion(a)?.told && !claimOccasion(b)?.told) return false;
  return isGovernment(sourceKey(ca.source)) !== isGovernment(sourceKey(cb.source));
}

/** How two sources are one origin: its weight, and whether that holds only where both give a figure (or the very same figure). */
type Relation = { weight: number; needsFigure: boolean; exactFigure?: boolean };

/** How two claims' sources relate, as one origin: null where they are different origins. */
function relation(a: LinkedClaim, b: LinkedClaim): Relation | null {
  const sa = a.claim.source, sb = b.claim.source;
  const ka = sourceKey(sa), kb = sourceKey(sb);
  // A person named by title ("the US Secretary of State", knowledge/offices.json) is the one in office that day: one
  // origin with that person however named, another origin than anyone else named or titled.
  const ha = holderNamedByTitle(a.claim, claimDay(a)), hb = holderNamedByTitle(b.claim, claimDay(b));
  if (ha && hb) return ha.id === hb.id ? { weight: W.sameSource, needsFigure: false } : null;
  if (ha && sb.speaker) return isHolder(ha, sb.speaker, kb) ? { weight: W.sameSource, needsFigure: false } : null;
  if (hb && sa.speaker) return isHolder(hb, sa.speaker, ka) ? { weight: W.sameSource, needsFigure: false } : null;
  if (sa.speaker && sb.speaker) return sameSpeaker(sa.speaker, sb.speaker) || ka === kb ? { weight: W.sameSource, needsFigure: false } : null;
  if (a.doc.group !== null && a.doc.group === b.doc.group && ka === kb) return { weight: W.sameGroup, needsFigure: false };
  if (voiceOf(a, b) || voiceOf(b, a)) return { weight: W.ownVoice, needsFigure: true };
  if (a.doc.group !== null && a.doc.group === b.doc.group && isOwnVoice(a.claim, a.doc.outlet) && isOwnVoice(b.claim, b.doc.outlet)) {
    return { weight: W.sameGroup, needsFigure: false };
  }
  if (relayOneNamedBody(a, b)) return { weight: W.ownVoice, needsFigure: true, exactFigure: true };
  // "..., according to Yonhap" and "..., Yonhap reported, citing the spy agency": the first relays the relay.
  if (relayedBy(a, b) || relayedBy(b, a)) return { weight: W.ownVoice, needsFigure: true, exactFigure: true };
  // "Lisbon's new $420m tranche" in an outlet's voice and Portugal's minister credited with it: the party's act retold.
  if (outletTellsPartyAct(a, b)) return { weight: W.ownVoice, needsFigure: true, exactFigure: true };
  // "..., the report says" in a document that names the body whose report it is: that body's figure, told again.
  if (placeholderOf(a, b) || placeholderOf(b, a)) return { weight: W.ownVoice, needsFigure: true, exactFigure: true };
  // "The scheme says it sent 1.2m rounds (coordinator Ana Prus)" and Ana Prus credited: her figure, told again (or a
  // body's, "by the NATR's count").
  if (sentenceNamesOrigin(a, b)) return { weight: W.ownVoice, needsFigure: true, exactFigure: true };
  // "The 78 howitzers France plans to send this year" in an outlet's voice and its minister credited with them: his
  // precise figure over the window both name, retold (press-retold.ts).
  if (pressRetellsFigure(a, b)) return { weight: W.ownVoice, needsFigure: true, exactFigure: true };
  // "The first launchers reached the port on 3 June" in one report's voice, retold in another's weeks on: one act the press told.
  if (pressOneAct(a, b)) return { weight: W.ownVoice, needsFigure: false };
  // "Media", "a report", "officials" name no origin: two reports crediting them are not one origin by that word.
  if (isGenericSource(sa) || isGenericSource(sb)) return null;
  const media = new Set([normalizeOrg(a.doc.outlet), normalizeOrg(b.doc.outlet)].filter((x): x is string => x !== null));
  // (A body's own release, the report's outlet the body itself with its state named, is that body, not the press.)
  const press = [sa, sb].some((x) => !x.country && isMediaSource(x, media));
  if (!sa.speaker && !sb.speaker) {
    if (ka === kb || sameUnlistedBody(sa, sb)) return { weight: W.sameSource, needsFigure: false };
    // A body and the one it is part of ("the National Security Council", "the White House"): one voice, as its speaker's.
    if (speaksAs(ka, kb) || speaksAs(kb, ka)) return { weight: W.orgOfSpeaker, needsFigure: Boolean(a.claim.quantity || b.claim.quantity) };
    if (sa.country && sa.country === sb.country && !press) return { weight: W.sameCountry, needsFigure: !governmentSaying(a, b) && !standingDenial(a, b) };
    return null;
  }
  // One names a speaker, the other only a body: the same origin if it is the speaker's body.
  const speaker = sa.speaker ? sa : sb, body = sa.speaker ? sb : sa;
  // A report may name a known person bare ("Shin said"): the gazetteer knows the body and state they speak for.
  const person = knownPerson(speaker);
  const bodyKey = sourceKey(body);
  // (A body's officer named by title, "the foreign ministry spokesman", is one person with its speaker named: no figure
  // needed. Nor where neither gives one: "the Pentagon says the package includes interceptors" the day its spokesman
  // says so is the briefing retold, and a figure one of them gives is still needed of the other.)
  const titled = byTitle(body), noFigures = !a.claim.quantity && !b.claim.quantity;
  // (Or the body theirs is part of: a council's spokesman speaks for the president's office it sits in, speaksAs.)
  if (speaker.org && speaksAs(sourceKey({ speaker: null, org: speaker.org, country: speaker.country }), bodyKey)) return { weight: W.orgOfSpeaker, needsFigure: !titled && !noFigures };
  if (person && speaksAs(`body:${person.org}`, bodyKey)) return { weight: W.orgOfSpeaker, needsFigure: !titled && !noFigures };
  // (A body the gazetteer does not know: the office's words are the speaker's body's, "Norwegian defence minister" and "Norwegian Ministry of Defence".)
  if (titled && speaker.org && speaker.country === body.country && officeOf(body.org!, speaker.org)) return { weight: W.orgOfSpeaker, needsFigure: false };
  // "Defence Minister Shin" and "South Korea's military", one figure: an official and a body of one state.
  const state = speaker.country ?? person?.state ?? null;
  if (state && state === (body.country ?? stateOfKey(bodyKey)) && !press) return { weight: W.sameCountry, needsFigure: !governmentSaying(a, b) };
  // "..., says Marlow" with no body or state, and a party's body credited with the very figure: that party's saying
  // (unplaced-speaker.ts).
  if (!state && !person && !press && partyBodyOfUnplacedSpeaker(a, b)) return { weight: W.sameCountry, needsFigure: true, exactFigure: true };
  return null;
}

/**
 * The words a claim names its thing with, as its evidence gives them ("Koksan self-propelled guns"), else "". Two
 * claims of one sentence with one figure ("120 howitzers and 120 rocket launchers") differ only here.
 */
function itemWords(c: Claim): string {
  const span = c.parts.item;
  if (!span || span.start < c.evidence.start || span.end > c.evidence.end) return "";
  return c.evidence.text.slice(span.start - c.evidence.start, span.end - c.evidence.start);
}

/**
 * How well claim `a` retells claim `b` (another document's) as one statement: a score, or null where
 * they cannot be one act of claiming (other core, polarity, origin, occasion or figure).
 */
export function matchScore(a: LinkedClaim, b: LinkedClaim): number | null {
  const ca = a.claim, cb = b.claim;
  if (a.doc.id === b.doc.id) return null;
  if (ca.kind !== cb.kind || ca.supplier !== cb.supplier || ca.recipient !== cb.recipient || !sameScope(ca.item, cb.item)) return null;
  // "Shells" and "munitions" for one figure: one statement only where both give the figure.
  const otherItem = ca.item !== cb.item;
  if (otherItem && !(ca.quantity && cb.quantity)) return null;
  if (negative(ca) !== negative(cb)) return null;
  const gap = occasionGap(a, b);
  if (gap !== null && gap > knowledge.occasionDays) return null;
  const rel = relation(a, b);
  if (!rel) return null;
  let figure = 0;
  if (ca.quantity && cb.quantity) {
    const c = figureCloseness(ca.quantity, cb.quantity);
    if (c === null) return null;
    figure = c >= 0.999 || sameFigureRounded(ca.quantity, cb.quantity) ? W.exactFigure : c * W.closeFigure;
    if (rel.exactFigure && figure < W.exactFigure) return null;
  } else if (rel.needsFigure) return null;
  // The person's very figure, told in the other's sentence though not read as its own: as good as given.
  else if (figureToldBare(a, b)) figure = W.exactFigure;
  // "North Korea supplies Russia munitions" and "over 6,000 containers of ammunition" say different things; but one
  // person's saying on a day a report tells may be retold without its figure ("confirmed last month that the last of
  // the jets had arrived"): onePersonOneDay.
  else if (ca.kind === "transfer" && Boolean(ca.quantity) !== Boolean(cb.quantity) && !onePersonOneDay(a, b)) return null;
  // An unknown day is allowed only where the rest agrees strongly.
  if (gap === null && figure < W.exactFigure && rel.weight < W.sameSource) return null;
  if (otherItem && figure < W.exactFigure) return null;
  return rel.weight + figure + W.evidence * evidenceSimilarity(ca.evidence.text, cb.evidence.text) + W.itemWords * evidenceSimilarity(itemWords(ca), itemWords(cb)) - W.dayPenalty * (gap === null ? knowledge.occasionDays : daysApart(claimDay(a), claimDay(b)) ?? gap) - (otherItem ? W.otherItem : 0);
}

/**
 * Links the claims of one document to statements already known, or to new ones. Each statement takes at
 * most one claim of the document (two claims of one document are two statements), each claim the best
 * statement left for it. Returns claim id → statement id; claims absent from the map start new statements.
 */
export function assignDocument(claims: readonly LinkedClaim[], candidates: readonly CandidateStatement[]): Map<string, string> {
  const pairs: { claim: string; statement: string; score: number }[] = [];
  for (const lc of claims) {
    for (const st of candidates) {
      if (st.docs ? st.docs.has(lc.doc.id) : st.members.some((m) => m.doc.id === lc.doc.id)) continue;
      const fromFirst = daysApart(claimDay(lc), st.day ?? null);
      if (fromFirst !== null && fromFirst > knowledge.occasionDays) continue;
      let best: number | null = null;
      // The first retellings stand for the statement: a statement of thousands is not compared whole.
      for (const m of st.members.length > MEMBERS_COMPARED ? st.members.slice(0, MEMBERS_COMPARED) : st.members) {
        const s = matchScore(lc, m);
        if (s !== null && (best === null || s > best)) best = s;
      }
      if (best !== null) pairs.push({ claim: lc.claim.id, statement: st.id, score: best });
    }
  }
  pairs.sort((x, y) => y.score - x.score || cmp(x.claim, y.claim) || cmp(x.statement, y.statement));
  const out = new Map<string, string>();
  const taken = new Set<string>();
  for (const p of pairs) {
    if (out.has(p.claim) || taken.has(p.statement)) continue;
    out.set(p.claim, p.statement);
    taken.add(p.statement);
  }
  return out;
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * A statement's id, readable and deterministic: source, day, item, figure, and a short hash of the claim
 * that founded it. `statementId(c)` → "shin-2024-02-26-artillery-ammunition-6700-containers-3f9a1c"
 */
export function statementId(founder: LinkedClaim): string {
  const c = founder.claim;
  const who = (c.source.speaker ? [...nameTokens(c.source.speaker)][0] : normalizeOrg(c.source.org) ?? c.source.country ?? "unknown") ?? "unknown";
  const q = c.quantity;
  const figure = q ? `${q.value ?? q.min ?? q.max ?? ""}-${q.unit}` : "";
  const slug = [who, claimDay(founder) ?? "undated", c.item, figure]
    .filter(Boolean)
    .join("-")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 80);
  const hash = createHash("sha1").update(`${c.doc}\u0000${c.id}\u0000${c.kind}|${c.supplier}|${c.recipient}|${c.item}\u0000${sourceKey(c.source)}`).digest("hex").slice(0, 6);
  return `${slug}-${hash}`;
}

/**
 * Links claims from many documents into statements with the one linker (linker.ts, linkDocument), one
 * document at a time in publication order over the in-memory port: the same statements in any order.
 * `docs` maps a document id to its meta (and near-duplicate group). Returns claim id → statement id for every claim.
 */
export function linkClaims(claims: readonly Claim[], docs: ReadonlyMap<string, DocumentMeta & { group?: string | null }>): Map<string, string> {
  const byDoc = new Map<string, Claim[]>();
  for (const c of claims) {
    const list = byDoc.get(c.doc);
    if (list) list.push(c);
    else byDoc.set(c.doc, [c]);
  }
  const order = [...byDoc.keys()].sort((a, b) => cmp(docs.get(a)?.published ?? "9999", docs.get(b)?.published ?? "9999") || cmp(a, b));
  const port = new MemoryPort();
  for (const id of order) {
    const docClaims = byDoc.get(id)!;
    const meta = docs.get(id) ?? { id, outlet: null, published: null, group: null };
    const doc = linkDoc({ id, outlet: meta.outlet, published: meta.published }, docClaims, meta.group ?? null);
    const linked = docClaims.map((claim) => ({ claim, doc }));
    port.apply(linked, linkDocumentNow(linked, port));
  }
  const byKey = port.statements();
  return new Map(claims.map((c) => [c.id, byKey.get(claimKey({ claim: c, doc: { id: c.doc } as LinkDoc }))!]));
}

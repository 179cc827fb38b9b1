/**
 * One figure told twice in one document by one origin: a headline in the outlet's voice and the body's
 * credited sentence ("…5,000 containers, says Seoul" over "…, Defence Minister Shin said"), or one
 * sentence credited to a state and to its agency at once. Such claims are one statement, whatever cargo
 * each names within one family (linker.ts, siblings), so a statement never splits along a document's
 * own retelling of it.
 *
 * Claims of one report (a page's segment) are one telling where they give the same figure in the same unit
 * over one window, both as a deed or both as a plan, and their sources are one origin as the document tells it:
 * - one source, in two sentences (a headline and the body; one sentence giving one count of two things
 *   tells two things, linker.ts);
 * - one of them speaks in the document's own voice (its outlet, as a headline does);
 * - two speakers who are one person;
 * - a speaker and a body, or two bodies, of one state (a minister and "Seoul", an agency and its government).
 * A figure small enough to recur by chance for different things ("two systems") is never taken as retold.
 */
import type { Claim } from "../core/claim.js";
import { stateOfKey } from "./canonical-source.js";
import { measureOf } from "./figure-measure.js";
import { sameFigure, sameFigureRounded } from "./figures.js";
import { knowledge } from "./knowledge.js";
import type { LinkedClaim } from "./link-claims.js";
import { daysApart } from "./occasion.js";
import { isGenericSource, isMediaSource, isOwnVoice, normalizeOrg, sameSpeaker, sourceKey } from "./sources.js";

/** The state a source speaks for, where it is one: its own country, else the state of its body (`body:kor-nis` → KOR). */
const stateOf = (s: Claim["source"]): string | null => s.country ?? stateOfKey(sourceKey(s));

/** Whether two sources of one document are one origin as that document tells it (see above). */
export function oneOriginInDocument(a: LinkedClaim, b: LinkedClaim): boolean {
  if (sourceKey(a.claim.source) === sourceKey(b.claim.source)) return true;
  const ownA = isOwnVoice(a.claim, a.doc.outlet), ownB = isOwnVoice(b.claim, b.doc.outlet);
  // A placeholder ("a report") or other press ("US media") relays someone the document does not name: another telling.
  const press = new Set([normalizeOrg(a.doc.outlet)].filter((x): x is string => x !== null));
  const relayed = (s: Claim["source"]) => isGenericSource(s) || isMediaSource(s, press);
  if ((!ownA && relayed(a.claim.source)) || (!ownB && relayed(b.claim.source))) return false;
  if (ownA || ownB) return true;
  const sa = a.claim.source, sb = b.claim.source;
  if (sa.speaker && sb.speaker) return sameSpeaker(sa.speaker, sb.speaker);
  const state = stateOf(sa);
  return state !== null && state === stateOf(sb);
}

/** The largest of a figure's numbers: `{min: 13000}` → 13000. */
const size = (q: NonNullable<Claim["quantity"]>) => Math.max(Math.abs(q.value ?? 0), Math.abs(q.min ?? 0), Math.abs(q.max ?? 0));

/** The window a figure counts: "total" for a running total (or none named), else the window it names. */
export const windowOf = (c: Claim): string => (c.cumulative || !c.period ? "total" : `${c.period.start ?? ""}/${c.period.end ?? ""}`);

/**
 * Whether two tellings count over one window: the same window, or both a running total or both a plan (a
 * headline names no window where the body says "since September"); increments of other windows are other figures.
 */
function oneWindow(a: LinkedClaim, b: LinkedClaim): boolean {
  if (windowOf(a.claim) === windowOf(b.claim)) return true;
  const m = measureOf(a.claim, a.doc.published);
  return m !== "increment" && m === measureOf(b.claim, b.doc.published);
}

/** Whether a claim's figure is a plan, target or ceiling rather than something done (figure-measure.ts). */
const planned = (lc: LinkedClaim) => measureOf(lc.claim, lc.doc.published) === "plan";

/**
 * Whether two claims of one report retell one figure (the caller has checked kind, parties, polarity and
 * family): the same figure up to rounding ("200" and "over 200"; a headline's "nearly $2bn" and the body's "$1.98bn",
 * figures.ts sameFigureRounded), large enough not to recur by chance, both done or both planned, over one window, on
 * one occasion, by one origin.
 */
export function retoldInDocument(a: LinkedClaim, b: LinkedClaim): boolean {
  const qa = a.claim.quantity, qb = b.claim.quantity;
  if (a.doc.id !== b.doc.id || a.claim.segment !== b.claim.segment || !qa || !qb || !(sameFigure(qa, qb) || sameFigureRounded(qa, qb))) return false;
  if (planned(a) !== planned(b) || !oneWindow(a, b)) return false;
  if (Math.min(size(qa), size(qb)) < knowledge.retoldFigureMin) return false;
  const gap = daysApart(a.claim.stated ?? a.doc.published, b.claim.stated ?? b.doc.published);
  if (gap !== null && gap > knowledge.occasionDays) return false;
  return oneOriginInDocument(a, b);
}

/**
 * Whether two claims of one report tell one figureless saying twice ("Iran has delivered missiles, Blinken said"
 * in the lead, "Blinken said Russia had received the missiles" further down): one source, one thing, one certainty,
 * no figure in either, no windows or days that part them. A report that retells a saying names it twice; other
 * reports retelling it are then one statement with both, whichever sentence they echo.
 */
export function toldAgainWithoutFigure(a: LinkedClaim, b: LinkedClaim): boolean {
  const ca = a.claim, cb = b.claim;
  if (a.doc.id !== b.doc.id || ca.id === cb.id || ca.segment !== cb.segment || ca.quantity || cb.quantity) return false;
  if (ca.kind !== cb.kind || ca.supplier !== cb.supplier || ca.recipient !== cb.recipient || ca.item !== cb.item || ca.certainty !== cb.certainty) return false;
  // One sentence naming one thing twice is the extraction's to merge; two sentences are two tellings.
  if (ca.evidence.start === cb.evidence.start && ca.evidence.end === cb.evidence.end) return false;
  const sa = ca.source, sb = cb.source;
  const sameSource = sa.speaker && sb.speaker ? sameSpeaker(sa.speaker, sb.speaker) : sourceKey(sa) === sourceKey(sb);
  // A placeholder ("officials", "a report") names no one: two of its sentences may relay two different people.
  if (!sameSource || isGenericSource(sa) || isGenericSource(sb)) return false;
  if (ca.period && cb.period && windowOf(ca) !== windowOf(cb)) return false;
  const gap = daysApart(ca.stated ?? a.doc.published, cb.stated ?? b.doc.published);
  return gap === null || gap <= knowledge.occasionDays;
}

/** A source that names no one: a placeholder ("officials", "a report") or a bare title ("spokesman"), with no state. */
function namesNoOne(s: Claim["source"]): boolean {
  if (s.speaker || s.country) return false;
  const org = normalizeOrg(s.org);
  return org === null || isGenericSource(s) || org.split(" ").every((w) => knowledge.titles.has(w) || knowledge.genericSourceWords.has(w));
}

/**
 * Whether two figureless claims of one sentence are that sentence read twice: one thing, one certainty, and one
 * source read once by name and once as no one ("the ministry's spokesman, Nasser Kanaani, said" read as Kanaani and
 * as "spokesman"). One sentence crediting two origins tells two statements, and so does a list ("howitzers and
 * launchers") credited alike: neither is taken here.
 */
export function oneSentenceReadTwice(a: LinkedClaim, b: LinkedClaim): boolean {
  const ca = a.claim, cb = b.claim;
  if (a.doc.id !== b.doc.id || ca.id === cb.id || ca.quantity || cb.quantity) return false;
  if (ca.evidence.start !== cb.evidence.start || ca.evidence.end !== cb.evidence.end) return false;
  if (ca.kind !== cb.kind || ca.supplier !== cb.supplier || ca.recipient !== cb.recipient || ca.item !== cb.item || ca.certainty !== cb.certainty) return false;
  return namesNoOne(ca.source) !== namesNoOne(cb.source);
}

/**
 * A report may give in its own voice, or credit only to the press or a placeholder ("reports say", "media"), a figure
 * that another report credits to a named origin (a person, a body, a state): "the 78 howitzers France plans to send
 * this year" weeks after its minister announced them, "$406 million of arms since the coup" months after a
 * rapporteur's tally. Where the figure is the very same, precise enough not to recur by chance, over the very window
 * both name, for the same parties and thing, it is that origin's figure retold: one statement even months on
 * (link-claims.ts, relation and occasionGap). A round figure ("10,000 containers", "$500 million") or one without a
 * window told by both is left to the other rules.
 */
import type { Claim } from "../core/claim.js";
import type { LinkedClaim } from "./link-claims.js";
import { knowledge } from "./knowledge.js";
import { isGenericSource, isMediaSource, isOwnVoice, normalizeOrg } from "./sources.js";

/**
 * Whether a number is precise enough to be told apart from chance: at least knowledge.retoldFigureMin, with at least
 * knowledge.pressRetoldDigits significant digits, the last not a 5.
 *
 *     preciseFigure(78) → true; preciseFigure(406_000_000) → true; preciseFigure(4_800_000) → true
 *     preciseFigure(40) → false; preciseFigure(1_500_000) → false; preciseFigure(10_000) → false
 */
export function preciseFigure(n: number): boolean {
  if (!Number.isFinite(n) || Math.abs(n) < knowledge.retoldFigureMin) return false;
  const digits = Math.abs(n).toPrecision(12).replace(/e.*$/, "").replace(".", "").replace(/^0+/, "").replace(/0+$/, "");
  return digits.length >= knowledge.pressRetoldDigits && !digits.endsWith("5");
}

/** Whether a claim credits no origin of its own: its outlet's voice, the press, or a placeholder. */
function noOrigin(lc: LinkedClaim, media: ReadonlySet<string>): boolean {
  const s = lc.claim.source;
  if (s.speaker) return false;
  return isOwnVoice(lc.claim, lc.doc.outlet) || isGenericSource(s) || (!s.country && isMediaSource(s, media));
}

/**
 * Whether two claims name one window alike: both tell its start, the same, and both count a running total from it or
 * both the same window ("in 2024" and "from November 2024" are two windows, even if one holds the other).
 */
function oneToldWindow(a: Claim, b: Claim): boolean {
  if (!a.period?.start || a.period.start !== b.period?.start || a.cumulative !== b.cumulative) return false;
  return a.cumulative || a.period.end === b.period.end;
}

/**
 * Whether two claims give one bound, the same on the same side ("more than a million barrels", "over 1,000,000
 * barrels"), over one window of months told by both ends that is neither one month nor one calendar year, nor a
 * running total: "between March and October 2024". However round the bound, such a span is the origin's own cut of
 * the record, not one a second origin would pick by chance. The caller holds them to one told window (oneToldWindow).
 *
 *     oneBoundOneSpan(more than 1,000,000 barrels over 2024-03..2024-10, the same) → true
 *     oneBoundOneSpan(more than 100 missiles over 2024..2024, the same) → false
 */
export function oneBoundOneSpan(a: Claim, b: Claim): boolean {
  const qa = a.quantity, qb = b.quantity;
  if (!qa || !qb || qa.value !== null || qb.value !== null || qa.min !== qb.min || qa.max !== qb.max) return false;
  const bound = qa.min ?? qa.max;
  if ((qa.min === null) === (qa.max === null) || bound === null || Math.abs(bound) < knowledge.retoldFigureMin) return false;
  if (a.cumulative || b.cumulative || !a.period?.start || !a.period.end) return false;
  const { start, end } = a.period;
  const month = /^\d{4}-\d{2}$/;
  if (!month.test(start) || !month.test(end) || start >= end) return false;
  // (January to December is the calendar year told by its months.)
  return !(start.endsWith("-01") && end.endsWith("-12") && start.slice(0, 4) === end.slice(0, 4));
}

/**
 * Whether one of two claims (of other reports) credits no origin of its own and the other a named one, both giving
 * the very figure as a point (not a bound), precise (preciseFigure), or one bound over a span of months (oneBoundOneSpan), in
 * one unit over one window both tell alike, or one the press names where the origin named none ("1.8 million shells
 * since January" against the minister's "1.8 million shells"): the press retelling that origin.
 * The caller holds them to one core (parties, kind, thing).
 */
export function pressRetellsFigure(a: LinkedClaim, b: LinkedClaim): boolean {
  const qa = a.claim.quantity, qb = b.claim.quantity;
  if (!qa || !qb || qa.unit !== qb.unit || (qa.per ?? null) !== (qb.per ?? null)) return false;
  // (A bound, "more than 11,000", is not an exact figure; but one bound over a window of the origin's own choosing is: oneBoundOneSpan.)
  const point = qa.value !== null && qa.value === qb.value && qa.min === null && qa.max === null && qb.min === null && qb.max === null && preciseFigure(qa.value);
  if (!point && !oneBoundOneSpan(a.claim, b.claim)) return false;
  const media = new Set([normalizeOrg(a.doc.outlet), normalizeOrg(b.doc.outlet)].filter((x): x is string => x !== null));
  const oa = noOrigin(a, media), ob = noOrigin(b, media);
  if (oa === ob) return false;
  // (The origin may give its figure with no window, the press placing it in one: "since January" of a running tally.)
  const [origin, press] = oa ? [b.claim, a.claim] : [a.claim, b.claim];
  return oneToldWindow(a.claim, b.claim) || (!origin.period?.start && !!press.period?.start);
}

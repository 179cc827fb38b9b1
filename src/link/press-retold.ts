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
 * Whether one of two claims (of other reports) credits no origin of its own and the other a named one, both giving
 * the very figure as a point (not a bound), precise (preciseFigure), in one unit over one window both tell alike: the
 * press retelling that origin.
 * The caller holds them to one core (parties, kind, thing).
 */
export function pressRetellsFigure(a: LinkedClaim, b: LinkedClaim): boolean {
  const qa = a.claim.quantity, qb = b.claim.quantity;
  // (A bound, "more than 11,000", is not an exact figure.)
  if (!qa || !qb || qa.unit !== qb.unit || (qa.per ?? null) !== (qb.per ?? null) || qa.value === null || qa.value !== qb.value) return false;
  if (qa.min !== null || qa.max !== null || qb.min !== null || qb.max !== null || !preciseFigure(qa.value)) return false;
  if (!oneToldWindow(a.claim, b.claim)) return false;
  const media = new Set([normalizeOrg(a.doc.outlet), normalizeOrg(b.doc.outlet)].filter((x): x is string => x !== null));
  const oa = noOrigin(a, media), ob = noOrigin(b, media);
  return oa !== ob;
}

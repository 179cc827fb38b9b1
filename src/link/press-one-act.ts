/**
 * Two reports may each tell in their own voice, crediting no one, one act they date to its day ("the first launchers
 * reached the port on 3 June", weeks later "…, landed on 3 June"): the press telling one event, the later report
 * retelling what the first one told. Where both date the act to one day (or one to its day, the other to that month),
 * give the very figure or none, and at least one tells it well after the act, they are one statement (link-claims.ts,
 * relation and occasionGap). Two reports of the same day each telling a fresh act are the press reporting it twice,
 * and an act dated only to a month or a year may be one of several: neither is taken.
 */
import type { LinkedClaim } from "./link-claims.js";
import { isSameFigure } from "./figures.js";
import { retoldCertainty } from "./knowledge.js";
import { dayRange } from "./occasion.js";
import { isOwnVoice, normalizeOrg } from "./sources.js";
import { nestedWindow, windowAsOccasion } from "./link-claims.js";

/** The days of a claim's window (not a running total), else null. */
function windowDays(lc: LinkedClaim): [number, number] | null {
  const p = lc.claim.period;
  if (lc.claim.cumulative || !p?.start) return null;
  const s = dayRange(p.start), e = dayRange(p.end ?? p.start);
  return s && e ? [s[0], e[1]] : null;
}

/** Whether a claim's window is one day. */
const oneDay = (lc: LinkedClaim) => {
  const w = windowDays(lc);
  return w !== null && w[0] === w[1];
};

/** The days of the act two own-voice claims of two reports both date (see above), else null. */
export function pressOneAct(a: LinkedClaim, b: LinkedClaim): [number, number] | null {
  for (const lc of [a, b]) if (!isOwnVoice(lc.claim, lc.doc.outlet) || lc.claim.relays.length) return null;
  if (normalizeOrg(a.doc.outlet) === normalizeOrg(b.doc.outlet)) return null;
  if (!retoldCertainty(a.claim.certainty, b.claim.certainty)) return null;
  const qa = a.claim.quantity, qb = b.claim.quantity;
  if (qa || qb ? !(qa && qb && isSameFigure(qa, qb)) : false) return null;
  const wa = windowDays(a), wb = windowDays(b);
  if (!wa || !wb || !nestedWindow(a.claim, b.claim) || !(oneDay(a) || oneDay(b))) return null;
  // (One of them tells the act well after it: a retelling, not two reports of the day.)
  if (!windowAsOccasion(a) && !windowAsOccasion(b)) return null;
  return [Math.max(wa[0], wb[0]), Math.min(wa[1], wb[1])];
}

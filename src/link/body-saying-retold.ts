/**
 * A named body's finding or a named paper's report, with no figure ("a UN panel found the claims credible", "Bloomberg
 * has reported that drones went to the army"), may be told again by another report some weeks later, neither telling
 * the day it was made. One origin by its key, one thing, no count to tell them apart and no day to set them apart:
 * within some weeks (knowledge.retoldSayingReach) it is that finding quoted again, as one person's saying would be
 * (link-claims.ts, occasionGap). A state's government is left out: it repeats a standing line ("Moscow denies it")
 * on many days, each its own saying.
 */
import { retoldCertainty } from "./knowledge.js";
import type { LinkedClaim } from "./link-claims.js";
import { isGovernment } from "./retold-origin.js";
import { isGenericSource, isOwnVoice, sourceKey } from "./sources.js";

/**
 * Whether two claims without a figure credit one named body or paper (the same source key; no speaker, no placeholder,
 * neither report's own voice, not a government in general) under one certainty or a retold one. The caller asks it
 * only where neither report tells the day of the saying.
 *
 *     oneBodySaysAgain({org: "UN Panel of Experts", certainty: "believed"}, {org: "UN Panel of Experts", certainty: "asserted"}) → true
 */
export function oneBodySaysAgain(a: LinkedClaim, b: LinkedClaim): boolean {
  const sa = a.claim.source, sb = b.claim.source;
  if (sa.speaker || sb.speaker || a.claim.quantity || b.claim.quantity) return false;
  for (const lc of [a, b]) if (isOwnVoice(lc.claim, lc.doc.outlet) || isGenericSource(lc.claim.source)) return false;
  const key = sourceKey(sa);
  if (key !== sourceKey(sb) || isGovernment(key)) return false;
  return retoldCertainty(a.claim.certainty, b.claim.certainty);
}

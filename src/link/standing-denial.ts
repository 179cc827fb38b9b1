/**
 * A party's standing denial told by two reports in two voices: one credits the state's government in general ("Beijing
 * has rejected the claims", "the Emirati government denies it"), the other a body or official of that state (its
 * foreign ministry), both denying (or doubting) with no figure, of one flow the state is the
 * supplier of. Neither telling apart by a count, the later report that tells no day of the saying passes on the ministry's
 * denial as the government's line, or the government's as the ministry's, some months on (knowledge.retoldFigureReach;
 * link-claims.ts, occasionGap and relation). A named official or one named only by title, two bodies neither of which
 * is the government, a denial whose report tells its day, or the press crediting itself, are left to the other rules.
 */
import type { Claim } from "../core/claim.js";
import { findPerson } from "../knowledge/gazetteer.js";
import { stateOfKey } from "./canonical-source.js";
import { knowledge } from "./knowledge.js";
import type { LinkedClaim } from "./link-claims.js";
import { occasion } from "./occasion.js";
import { isGovernment } from "./retold-origin.js";
import { isGenericSource, isOwnVoice, sourceKey } from "./sources.js";

const negative = (c: Claim) => c.certainty === "denied" || c.certainty === "doubted";

/** Whether a source is an officer named only by title ("the foreign minister", "a ministry spokesman"): a person, not the body. */
const titleOnly = (s: Claim["source"]) => !s.speaker && !!s.org && s.org.toLowerCase().split(/[^\p{L}]+/u).some((w) => knowledge.personTitles.has(w));

/** The state a source speaks for: its country, else its body's or known person's state; null where none is known. */
function stateOf(s: Claim["source"]): string | null {
  const key = sourceKey(s);
  if (s.country) return s.country;
  if (key.startsWith("person:")) return findPerson(key.slice(7))?.state ?? null;
  return stateOfKey(key);
}

/**
 * Whether two claims are one state's standing denial, one in its government's voice and one in a voice of that state:
 * both denied or doubted, neither with a figure, neither report telling the day of the denial, the government's state
 * the supplier of the flow (denying its own sending) and the other source a body of that state, neither naming a
 * person (by name or by title), nor a placeholder, nor a report's own voice.
 *
 *     standingDenial({org: "Chinese government", certainty: "denied"}, {org: "Chinese Ministry of Foreign Affairs", certainty: "denied"}) → true (a flow from China)
 */
export function standingDenial(a: LinkedClaim, b: LinkedClaim): boolean {
  const ca = a.claim, cb = b.claim;
  if (ca.quantity || cb.quantity || !negative(ca) || !negative(cb)) return false;
  // (A denial whose report tells its day, "rejected the findings again on Thursday", is a fresh one, its own occasion; a
  // named official's denial is that person's own saying, linked by the person's rules.)
  for (const lc of [a, b]) if (isOwnVoice(lc.claim, lc.doc.outlet) || isGenericSource(lc.claim.source) || lc.claim.source.speaker || titleOnly(lc.claim.source) || occasion(lc.claim.stated, lc.doc.published)?.told !== false) return false;
  const ga = isGovernment(sourceKey(ca.source)), gb = isGovernment(sourceKey(cb.source));
  if (ga === gb) return false;
  const state = stateOf(ca.source);
  return state !== null && state === stateOf(cb.source) && state === ca.supplier;
}

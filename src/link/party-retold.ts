/**
 * A report may tell in its own voice what a state said of its own act ("Vilnius on Friday cleared a tranche worth
 * $95 million"), crediting no one: the act of the party, told by the press. Where another report credits that
 * party's state (its government, its minister) with the very figure on that occasion, both carry the party's one
 * statement (link-claims.ts, relation): the outlet relays the state that gives or receives.
 */
import type { LinkedClaim } from "./link-claims.js";
import { knowledge } from "./knowledge.js";
import { isGenericSource, isOwnVoice } from "./sources.js";

/** Whether a claim's source is one of the claim's own parties: a state (or its person or body) that gives or receives. */
const partySpeaks = (lc: LinkedClaim) => {
  const c = lc.claim, state = c.source.country;
  return state !== null && (state === c.supplier || state === c.recipient) && !isGenericSource(c.source);
};

/** A figure large enough not to recur by chance (knowledge.retoldFigureMin). */
const sizeable = (lc: LinkedClaim) => {
  const q = lc.claim.quantity;
  return q !== null && Math.max(Math.abs(q.value ?? 0), Math.abs(q.min ?? 0), Math.abs(q.max ?? 0)) >= knowledge.retoldFigureMin;
};

/**
 * Whether one claim tells in its outlet's own voice, the other credits a party of the claim itself, both with a
 * sizeable figure: one statement where the figure is the very same (the caller holds to that) on one occasion.
 */
export function outletTellsPartyAct(a: LinkedClaim, b: LinkedClaim): boolean {
  if (!sizeable(a) || !sizeable(b)) return false;
  const told = (o: LinkedClaim, p: LinkedClaim) => isOwnVoice(o.claim, o.doc.outlet) && !o.claim.relays.length && partySpeaks(p);
  return told(a, b) || told(b, a);
}

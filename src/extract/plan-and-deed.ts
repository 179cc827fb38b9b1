import type { Claim } from "../core/claim.js";
import data from "./plan-and-deed.json" with { type: "json" };

const restLot = new RegExp(`\\b(?:${data.restLots.join("|")})\\b`, "i");

/**
 * Whether two mentions tell a planned transfer and a done one: in one sentence, "Norway sent 12 howitzers
 * in March and intends to send further howitzers in the autumn", "Kyiv is set to receive more jets, the
 * minister said, adding that 20 arrived last month". Each mention's certainty was weighed from its own
 * sub-clause (weigh-certainty.ts), so where one is only `possible` and the other is told as fact (`asserted`,
 * `reported`) and they stand at different places, they are two propositions, not one told twice. Across
 * sentences, a lot named as what is left ("Twelve have arrived. The rest are due next year.") is planned
 * apart from the deed before it, even where it gives no figure of its own.
 */
export function planAndDeed(a: Claim, b: Claim): boolean {
  if (a.kind !== "transfer") return false;
  const told = (c: Claim) => c.certainty === "asserted" || c.certainty === "reported";
  const [plan, deed] = a.certainty === "possible" && told(b) ? [a, b] : b.certainty === "possible" && told(a) ? [b, a] : [null, null];
  if (!plan || !deed) return false;
  // (A rest with a count of its own is kept apart by its figure; one with none would otherwise be folded in.)
  if (a.evidence.start !== b.evidence.start) return !plan.quantity && restOf(plan);
  const anchor = (c: Claim) => c.parts.amount?.start ?? c.parts.item?.start;
  const [x, y] = [anchor(a), anchor(b)];
  return x !== undefined && y !== undefined && x !== y;
}

/** Whether a claim's goods are named as what is left of a whole ("the rest", "the remaining two"; plan-and-deed.json). */
function restOf(c: Claim): boolean {
  const item = c.parts.item;
  if (!item) return false;
  const from = item.start - c.evidence.start;
  return restLot.test(c.evidence.text.slice(from, item.end - c.evidence.start));
}

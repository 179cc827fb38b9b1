import type { Claim } from "../core/claim.js";

/**
 * Whether two mentions of one sentence tell a planned transfer and a done one: "Norway sent 12 howitzers
 * in March and intends to send further howitzers in the autumn", "Kyiv is set to receive more jets, the
 * minister said, adding that 20 arrived last month". Each mention's certainty was weighed from its own
 * sub-clause (weigh-certainty.ts), so where one is only `possible` and the other is told as fact (`asserted`,
 * `reported`) and they stand at different places, they are two propositions, not one told twice.
 */
export function planAndDeed(a: Claim, b: Claim): boolean {
  if (a.evidence.start !== b.evidence.start || a.kind !== "transfer") return false;
  const told = (c: Claim) => c.certainty === "asserted" || c.certainty === "reported";
  if (!((a.certainty === "possible" && told(b)) || (b.certainty === "possible" && told(a)))) return false;
  const anchor = (c: Claim) => c.parts.amount?.start ?? c.parts.item?.start;
  const [x, y] = [anchor(a), anchor(b)];
  return x !== undefined && y !== undefined && x !== y;
}

import type { Claim } from "../core/claim.js";

/**
 * Whether two mentions of one sentence tell a planned transfer and a done one: "Norway sent 12 howitzers
 * in March and intends to send further howitzers in the autumn", "Kyiv is set to receive more jets, the
 * minister said, adding that 20 arrived last month". Each mention's certainty was weighed from its own
 * sub-clause (weigh-certainty.ts), so where one is only `possible` and the other is told as fact (`asserted`,
 * `reported`) and they stand at different places, they are two propositions, not one told twice.
 */
export function planAndDeed(a: Claim, b: Claim): boolean {
  if (a.kind !== "transfer") return false;
  const told = (c: Claim) => c.certainty === "asserted" || c.certainty === "reported";
  if (!((a.certainty === "possible" && told(b)) || (b.certainty === "possible" && told(a)))) return false;
  // ("148 were sent in 2024. He expects about 150 more this year.": a further lot planned after a done one is another lot, whatever its size.)
  if (a.evidence.start !== b.evidence.start) return furtherLot.test(lotWords(a.certainty === "possible" ? a : b));
  const anchor = (c: Claim) => c.parts.amount?.start ?? c.parts.item?.start;
  const [x, y] = [anchor(a), anchor(b)];
  return x !== undefined && y !== undefined && x !== y;
}

// The words that name a lot only as more of the goods told before ("about 150 more", "as many again"): claims/follow-on.ts.
const furtherLot = /\b(?:more|again|another|further)\b/i;
function lotWords(c: Claim): string {
  const item = c.parts.item;
  return item ? c.evidence.text.slice(item.start - c.evidence.start, item.end - c.evidence.start) : "";
}

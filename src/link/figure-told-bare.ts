/**
 * One person's saying retold with its figure in the sentence but not read as the claim's own: "Petrenko said the
 * North sent 120 Kestrels between May and July" (the number stands before a model name the reading takes for no
 * unit), "the share she gave was 80%", "the last of the 36 jets her country promised have arrived". Where another
 * report credits that person with that very figure of that very thing, the bare claim retells it: one statement,
 * months on too (knowledge.retoldFigureReach; link-claims.ts, matchScore and occasionGap).
 */
import type { Claim } from "../core/claim.js";
import { remembered } from "../core/memo.js";
import { parseAmounts } from "../extract/amounts/scan.js";
import { relativeDifference } from "./figures.js";
import { knowledge, retoldCertainty } from "./knowledge.js";
import type { LinkedClaim } from "./link-claims.js";
import { sameSpeaker } from "./sources.js";

// (Linking asks again and again of the same few sentences.)
const amountsCache = new Map<string, { n: number; unit: string | null }[]>();

/** The numbers a sentence tells, each with its unit where the reading gives one (extract/amounts, the extractor's own reader). */
function toldNumbers(text: string): { n: number; unit: string | null }[] {
  return remembered(amountsCache, text, (t) =>
    parseAmounts(t).flatMap((a) => {
      const q = a.quantity, n = q.value ?? q.min ?? q.max;
      return n === null || n === undefined ? [] : [{ n, unit: a.unit ?? null }];
    }),
  );
}

/**
 * Whether `bare`, with no figure, tells in its sentence the figure `figured` gives (the very number, or it rounded:
 * knowledge.roundingTolerance; of that unit or of none the reading names), both one named person's, of one thing,
 * under one certainty or a retold one (knowledge.retoldCertainties: a pledge told as sure), the figure at least knowledge.retoldFigureMin (a "two" or "three" recurs by chance).
 */
function tellsFigureOf(bare: Claim, figured: Claim): boolean {
  const q = figured.quantity;
  if (bare.quantity || !q || q.per) return false;
  if (!bare.source.speaker || !figured.source.speaker || !sameSpeaker(bare.source.speaker, figured.source.speaker)) return false;
  if (bare.item !== figured.item || !retoldCertainty(bare.certainty, figured.certainty)) return false;
  const n = q.value ?? q.min ?? q.max;
  if (n === null || Math.abs(n) < knowledge.retoldFigureMin) return false;
  return toldNumbers(bare.evidence.text).some((t) => (t.unit === null || t.unit === q.unit) && relativeDifference(t.n, n) <= knowledge.roundingTolerance);
}

/** Whether one of two claims is the other's person's figure retold bare (tellsFigureOf, either way). */
export function figureToldBare(a: LinkedClaim, b: LinkedClaim): boolean {
  return tellsFigureOf(a.claim, b.claim) || tellsFigureOf(b.claim, a.claim);
}

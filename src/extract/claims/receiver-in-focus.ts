import type { Direction, Party } from "./direction.js";
import type { Context } from "./draft.js";
import shapes from "../../knowledge/shapes.json" with { type: "json" };

// "package", "tranche", "drawdown" (shapes.json, the package frame's nouns that name a lot given as one).
const lotNouns = new RegExp(`^(?:${shapes.package.lotNouns.join("|")})$`, "i");

/** Whether a noun of giving names a lot given as one, whose worth is the sum it gives ("package", "tranche"). */
export function namesLot(word: string): boolean {
  return lotNouns.test(word);
}

/**
 * "Chile sent tanks to Peru. Brazil also pledged howitzers", "Denmark will deliver jets to Ukraine. Sweden
 * may send some too": a further giver, in a run of transfers to one receiver, gives to that receiver where
 * its clause names no other. Only for a verb of giving whose giver is new to the run (the run's own giver
 * is carried on before this), and never back to the giver itself. A noun of giving does so where the clause
 * counts what moves ("Spain has found sources of supply of 5,000 shells"), not where it names a trade in
 * general ("Spain controls the export of drones"). A package, tranche or drawdown counts by its worth as well
 * ("Norway's latest package is worth $600 million": `valued`, the caller's namesLot and a sum), the sum it gives, where a trade's sum is no count.
 *
 *     "Chile sent tanks to Peru. Spain will send rifles." -> Spain gives to Peru
 */
export function receiverInFocus(dir: Direction, supplier: string | null, recipient: string | null, clauseParties: readonly Party[], ctx: Context, counted = false, valued = false): string | null {
  if (recipient || !supplier || !dir.trigger) return recipient;
  if (!(dir.role === "give" || (dir.role === "giveNoun" && (counted || valued)))) return recipient;
  if (!ctx.supplier || !ctx.recipient || ctx.supplier === supplier || ctx.recipient === supplier) return recipient;
  // ("Sweden and Norway have handed over 20 howitzers": the givers named with it are no receivers.)
  if (clauseParties.some((p) => p.state !== supplier && !(dir.coSuppliers ?? []).includes(p.state))) return recipient;
  return ctx.recipient;
}

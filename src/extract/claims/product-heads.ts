import type { Span } from "../../core/span.js";
import type { ItemMention } from "./find-items.js";

/** Nouns of a works, right after the thing that names its trade: "arms factories", "munitions plants", "weapons manufacturing facilities". */
const works = /^\s+(?:(?:manufacturing|production|assembly)\s+)?(?:factor(?:y|ies)|plants?|facilit(?:y|ies)|works|workshops?|lines?|complex(?:es)?|enterprises?)\b/i;

/**
 * The product of a production clause is the thing made, read from the head of the phrase, not the word that
 * names a works' trade: "munitions factories ... expand output of artillery shells" makes artillery shells.
 * A trade word gives way to a specific product the clause names besides it, and stays where there is none.
 */
export function productHeads(product: readonly ItemMention[], text: string, clause: Span): ItemMention[] {
  const trade = (i: ItemMention) => works.test(text.slice(i.span.end, Math.min(clause.end, i.span.end + 40)));
  const trades = product.filter(trade);
  if (!trades.length) return [...product];
  const heads = product.filter((p) => !trade(p) && !p.generic && !trades.some((t) => t.item === p.item));
  return heads.length ? heads : [...product];
}

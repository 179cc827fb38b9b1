import type { Span } from "../../core/span.js";
import type { Item } from "../../core/claim.js";
import { findItems, type ItemMention } from "./find-items.js";

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
  // (People and money named near a word of production are no product: "told workers to expand production".)
  const heads = product.filter((p) => !trade(p) && !p.generic && !people.has(p.item) && !trades.some((t) => t.item === p.item));
  return heads.length ? heads : [...product];
}

const people = new Set<Item>(["workers", "troops", "money"]);

/** "the production schedule", "its output": a word of production that points back to output named before. */
const pointsBack = /\b(?:the|its|their|this|that)\s+$/i;
const notProducts = new Set<Item>(["workers", "troops", "money", "raw-materials", "dual-use-goods", "goods-unspecified", "food", "oil-fuel"]);

/**
 * "The assembly and production scale of Shahed-type drones are shown ... the production schedule has been
 * increased": a clause that names no product but speaks of "the production" points back to the thing made
 * that the text named last, within the sentence or two before (a bounded look back, not the whole page).
 */
export function productBefore(text: string, clause: Span, noun: Span | undefined): Item | undefined {
  return productMentionBefore(text, clause, noun)?.item;
}

/** The mention `productBefore` reads its thing from, for where it stands ("a drone plant at Alabuga": the works' place). */
export function productMentionBefore(text: string, clause: Span, noun: Span | undefined): ItemMention | undefined {
  if (!noun || !pointsBack.test(text.slice(Math.max(0, noun.start - 8), noun.start))) return undefined;
  const from = Math.max(0, clause.start - 300);
  const before = findItems(text.slice(from, clause.start), from).filter((i) => !i.generic && !notProducts.has(i.item));
  return before.at(-1);
}

import type { Claim } from "../../core/claim.js";
import type { ArmsDocument } from "../../core/document.js";
import data from "./non-transfers.json" with { type: "json" };

const stanceVerbs = new Set(data.opposition.stanceVerbs);
/** Goods no one has named: a claim of them says only that something moves. */
const UNNAMED = new Set(["weapons-unspecified", "goods-unspecified"]);

/**
 * "Beijing said it firmly opposes arms sales to the island" on a page that tells the sale of named goods between those
 * two states: a verb of standing against before the goods names the whole class of such sales, a stance, and the page's
 * own claims tell what moves. The bare, uncounted "arms" of that sentence are no claim of their own. (On a page that
 * tells no named goods between them, the stance is all the page says of the flow, and it stands.)
 *
 *     opposedSales(doc, claim, all) -> true where the claim is such a stance's class of sales
 */
export function opposedSales(doc: ArmsDocument, c: Claim, all: readonly Claim[]): boolean {
  const item = c.parts.item;
  if (c.kind !== "transfer" || !UNNAMED.has(c.item) || c.quantity || !item || !c.supplier || !c.recipient) return false;
  // (The tagger reads "opposes" as a noun now and then: the word decides, the tag only keeps out other kinds.)
  const stance = doc.within(doc.tokens, { start: c.evidence.start, end: item.start }).some((t) => (t.pos === "VERB" || t.pos === "NOUN") && (stanceVerbs.has(t.lemma) || stanceVerbs.has(doc.slice(t.span).toLowerCase())));
  if (!stance) return false;
  const pair = new Set([c.supplier, c.recipient]);
  // (Either way round: a stance's sentence may name the receiver first and be read backwards.)
  return all.some((o) => o.kind === "transfer" && o.evidence.start !== c.evidence.start && !UNNAMED.has(o.item) && o.supplier !== null && o.recipient !== null && o.supplier !== o.recipient && pair.has(o.supplier) && pair.has(o.recipient));
}

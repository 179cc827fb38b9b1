import shapes from "../../../knowledge/shapes.json" with { type: "json" };
import type { Trigger } from "../direction.js";
import { findItems } from "../find-items.js";
import { partiesIn, type Shape } from "./frame.js";

const destination = /^[^.;]{0,40}?\b(?:to|into|for)\s+(?:the\s+)?\p{Lu}/u;
const sellerBefore = new RegExp(shapes.importsFrom.before, "iu");

/**
 * "Oil imports from Algeria dropped by a third": a trade figure that names only the seller. Where the
 * segment follows one state's buying (the transfer told last, of the same goods, received by another
 * state than the seller) and the sentence names no other state, that buyer receives. The shape adds no
 * transfer word (the noun of buying is one already): it sets the parties the sentence carries, seller
 * and buyer, so the assembler fills the buyer the clause leaves open.
 *
 *     "Spain buys oil from Norway. Oil imports from Algeria dropped." -> DZA to ESP
 */
export const importsFrom: Shape = ({ doc, sentence, ctx }) => {
  const last = ctx.lastTransfer;
  if (!last) return [];
  const parties = partiesIn(doc, sentence);
  if (parties.length !== 1) return [];
  const seller = parties[0];
  const state = seller.state ?? seller.entity;
  if (state === last.recipient) return [];
  if (!sellerBefore.test(doc.text.slice(Math.max(sentence.start, seller.span.start - 60), seller.span.start))) return [];
  // "shipments from Oman to Korea": a destination of its own, named or not, is another trade.
  if (destination.test(doc.text.slice(seller.span.end, Math.min(sentence.end, seller.span.end + 50)))) return [];
  if (!findItems(doc.slice(sentence), sentence.start).some((i) => i.item === last.item)) return [];
  ctx.supplier = state;
  ctx.recipient = last.recipient;
  return [] as Trigger[];
};

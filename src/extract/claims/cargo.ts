import type { Item } from "../../core/claim.js";
import type { Amount, ArmsDocument } from "../../core/document.js";
import type { Span } from "../../core/span.js";
import type { Context } from "./draft.js";
import { findItems, type ItemMention } from "./find-items.js";

export /** What containers carry: the cargo named with them, else in the next sentence ("these containers ..."), else what came before. */
function cargoOf(doc: ArmsDocument, index: number, clause: Span, amount: Amount, items: ItemMention[], ctx: Context): ItemMention[] {
  const after = items.filter((i) => i.span.start >= amount.span.end);
  const pool = after.length ? after : items;
  const distinct = pool.filter((i) => i.item !== "goods-unspecified").filter((i, n, all) => all.findIndex((o) => o.item === i.item) === n);
  if (distinct.length) return distinct;
  // The same figure named before ("(5,000 containers)" after "about 5,000 containers"), among the latest claims.
  const earlier = doc.claims.slice(-200).filter((c) => c.quantity?.unit === "containers" && c.quantity.value !== null && c.quantity.value === amount.quantity.value);
  if (earlier.length) return earlier.map((c) => ({ span: amount.span, item: c.item, generic: false, text: c.item }));
  const next = doc.sentences[index + 1];
  if (next && next.segment === doc.sentences[index].segment && /^(?:these|those|the|such)\s+(?:containers|shipments|cargo)/i.test(doc.slice(next.span))) {
    const nextItems = mostSpecific(findItems(doc.slice(next.span), next.span.start));
    if (nextItems.length) return nextItems.slice(0, 1).map((i) => ({ ...i, span: amount.span }));
  }
  const before = mostSpecific(ctx.items);
  if (before.length) return before.slice(0, 1).map((i) => ({ ...i, span: amount.span }));
  return [{ span: amount.span, item: "goods-unspecified", generic: true, text: "containers" }];
}

const specificity: Item[] = ["artillery-ammunition", "ballistic-missiles", "missiles-other", "drones", "ammunition", "weapons-unspecified"];
function mostSpecific(items: ItemMention[]): ItemMention[] {
  const specific = items.filter((i) => !i.generic);
  const pool = specific.length ? specific : items.filter((i) => i.item !== "goods-unspecified");
  return [...pool].sort((a, b) => rank(a.item) - rank(b.item)).filter((i, n, all) => all.findIndex((o) => o.item === i.item) === n);
}
const rank = (item: Item) => (specificity.includes(item) ? specificity.indexOf(item) : 0);


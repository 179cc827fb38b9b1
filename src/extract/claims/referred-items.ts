import { ITEMS, type Item } from "../../core/claim.js";
import type { ArmsDocument } from "../../core/document.js";
import { findItems, type ItemMention } from "./find-items.js";
import data from "./referred-items.json" with { type: "json" };

/**
 * "Iran shipped short-range ballistic missiles ... Russia had received the missiles": a bare generic word
 * with a definite article points back to the last thing of its family the page has named, and is that thing.
 */
const families = data.families.map((f) => {
  for (const i of [f.item, ...f.family]) if (!(ITEMS as readonly string[]).includes(i)) throw new Error(`referred-items.json: unknown item ${i}`);
  return { words: new RegExp(`^(?:${f.words})$`, "i"), item: f.item as Item, family: new Set(f.family as Item[]) };
});
const definite = new RegExp(data.definite, "i");
const sums = new RegExp(`^(?:${data.sums})$`, "i");
/** "the money", "the new funds": a definite article, with at most one word between. */
const definiteSum = /\b(?:the|this|that)\s+(?:[a-z-]+\s+)?$/i;

/** The named (not bare) things of each family on a page, in page order, read once per page. */
const named = new WeakMap<ArmsDocument, ItemMention[]>();
function namedOf(doc: ArmsDocument): ItemMention[] {
  let list = named.get(doc);
  if (!list) {
    list = findItems(doc.text).filter((m) => families.some((f) => f.family.has(m.item) && !f.words.test(m.text)));
    named.set(doc, list);
  }
  return list;
}

/** Gives each definite bare word of a family ("the missiles") the item of the last thing of that family named before it. */
export function referredItems(items: ItemMention[], doc: ArmsDocument): ItemMention[] {
  // "a $1 billion weapons package, the first to draw on the new money": a definite word for a sum, where the
  // sentence names another thing, points back to a sum or to where the payment comes from, not to a thing moved.
  if (items.some((i) => i.item !== "money")) items = items.filter((i) => !(i.item === "money" && sums.test(i.text) && definiteSum.test(doc.text.slice(Math.max(0, i.span.start - 30), i.span.start))));
  if (!items.some((i) => families.some((f) => f.item === i.item && f.words.test(i.text)))) return items;
  return items.map((i) => {
    const f = families.find((f) => f.item === i.item && f.words.test(i.text));
    if (!f || !definite.test(doc.text.slice(Math.max(0, i.span.start - 20), i.span.start))) return i;
    const list = namedOf(doc);
    let last: ItemMention | undefined;
    // (Binary search: the last named thing that ends before the word.)
    for (let lo = 0, hi = list.length - 1; lo <= hi; ) {
      const mid = (lo + hi) >> 1;
      if (list[mid].span.end <= i.span.start) [last, lo] = [list[mid], mid + 1];
      else hi = mid - 1;
    }
    // (The last named thing of this family, not of another: walk back from the last one before the word.)
    for (let n = last ? list.indexOf(last) : -1; n >= 0; n--) if (f.family.has(list[n].item)) return { ...i, item: list[n].item };
    return i;
  });
}

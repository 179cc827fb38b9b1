import itemData from "../../knowledge/items.json" with { type: "json" };
import type { Context } from "./draft.js";
import type { ItemMention } from "./find-items.js";

const heads = new Set(itemData.conveyanceHeads);
const nextWord = /^[ \t]+([A-Za-z]+)/;

/** "shipments" -> "shipment", "supplies" -> "supply", "deliveries" -> "delivery", "cargoes" -> "cargo". */
function singular(word: string): string {
  const w = word.toLowerCase();
  return w.endsWith("ies") ? `${w.slice(0, -3)}y` : w.endsWith("oes") ? w.slice(0, -2) : w.endsWith("s") ? w.slice(0, -1) : w;
}

/**
 * "The United States has held back some weapons shipments ... Kelly confirmed that shipments had been held back":
 * a bare noun of conveying (items.json conveyanceHeads) that the report told before with its goods names those
 * goods, not goods of no kind. Reads the sentence's items against what the segment told before (`ctx.conveyed`),
 * then remembers the nouns of conveying this sentence tells with goods.
 */
export function recallConveyed(text: string, items: readonly ItemMention[], ctx: Context): ItemMention[] {
  const recalled = items.map((i) => {
    if (i.item !== "goods-unspecified" || !/^[A-Za-z]+$/.test(i.text)) return i;
    const told = ctx.conveyed.get(singular(i.text));
    // (Only a bare noun: "grain shipments" names its own goods.)
    return told && !items.some((o) => o !== i && o.span.end <= i.span.start && /^[ \t]*$/.test(text.slice(o.span.end, i.span.start))) ? { ...i, item: told } : i;
  });
  for (const i of items) {
    if (i.item === "goods-unspecified") continue;
    // ("weapons shipments" as two words of the lexicon, "arms shipments" as one.)
    for (const head of [nextWord.exec(text.slice(i.span.end, i.span.end + 20))?.[1], /\s([A-Za-z]+)$/.exec(i.text)?.[1]]) if (head && heads.has(singular(head))) ctx.conveyed.set(singular(head), i.item);
  }
  return recalled;
}

import type { ArmsDocument } from "../../core/document.js";
import type { Span } from "../../core/span.js";
import type { Draft } from "./draft.js";
import data from "./non-transfers.json" with { type: "json" };

/** After a state's name: "'s", then at most two words ("own defence", "oil"), then a noun of its whole trade. */
const tradeAfter = (nouns: readonly string[]) => new RegExp(`^(?:['’]s)?\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${nouns.join("|")})\\b`, "iu");
const exportsAfter = tradeAfter(data.wholeTrade.exportNouns);
const importsAfter = tradeAfter(data.wholeTrade.importNouns);

/**
 * Drafts that give a partner to a state's trade as a whole: "Spain's own defence exports touched 4 billion euros,
 * with shells among the largest items", "Russian oil exports fell to 3 million barrels a day" count all the state
 * sells (or buys), to no one in particular; a partner carried from the sentences before is none of it. Only where
 * the sentence names no partner of that state at all ("Russian crude made up 36 per cent of India's oil imports"
 * names both).
 *
 *     withoutWholeTrade(doc, sentence, [ESP>PER weapons 4bn eur]) -> []
 */
export function withoutWholeTrade(doc: ArmsDocument, sentence: Span, drafts: Draft[]): Draft[] {
  if (!drafts.some((d) => d.kind === "transfer")) return drafts;
  const states = doc.within(doc.mentions, sentence).filter((m) => m.kind === "state" || m.state);
  const named = new Set(states.map((m) => m.state ?? m.entity));
  const sellers = new Set<string>();
  const buyers = new Set<string>();
  for (const m of states) {
    const after = doc.text.slice(m.span.end, Math.min(sentence.end, m.span.end + 40));
    if (exportsAfter.test(after)) sellers.add(m.state ?? m.entity);
    if (importsAfter.test(after)) buyers.add(m.state ?? m.entity);
  }
  if (!sellers.size && !buyers.size) return drafts;
  return drafts.filter((d) => {
    if (d.kind !== "transfer" || !d.supplier || !d.recipient) return true;
    if (sellers.has(d.supplier) && !named.has(d.recipient)) return false;
    return !(buyers.has(d.recipient) && !named.has(d.supplier));
  });
}

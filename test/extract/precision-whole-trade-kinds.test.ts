// Kinds of false claims where a state's trade as a whole ("its defence exports touched ...", "its oil exports fell
// to ...", "its total import bill") takes the partner of the flow told before: the figure counts all the state sells or
// buys, to no one in particular. Each shown by phrasings of our own, with twins that name the partner and keep it.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

function claimsOf(page: string) {
  const doc = processDocument({ path: "precision-whole-trade.txt", bytes: new TextEncoder().encode(page), meta: { id: "precision-whole-trade", outlet: "Test Wire", published: "2024-06-14" } });
  return doc.claims.map((c) => ({ supplier: c.supplier, recipient: c.recipient, item: c.item, evidence: c.evidence.text }));
}
const of = (page: string, sentence: string) => claimsOf(page).filter((c) => c.evidence.startsWith(sentence));

describe("a state's trade as a whole has no partner carried from before", () => {
  it.each([
    ["Spain sold 20 tanks to Peru in March.\n\nSpain's own defence exports touched 4 billion euros last year, the ministry said, with shells, rifles and patrol boats among the largest items.", "Spain's own"],
    ["Turkey delivered drones to Niger in May.\n\nTurkey's arms exports rose to $5.5 billion in 2023, the exporters' association said.", "Turkey's arms"],
    ["Russia shipped crude to India last month.\n\nRussia's oil exports fell to 3 million barrels a day in June, the agency said.", "Russia's oil"],
  ])("no claim of the whole trade: %s", (page, sentence) => expect(of(page, sentence)).toEqual([]));

  it.each([
    ["South Korea's arms exports to Poland reached $12 billion in 2022, the agency said.", "South Korea's", "KOR", "POL"],
    ["Turkey delivered drones to Niger in May.\n\nNiger's weapons imports from Turkey doubled to 300 million dollars last year.", "Niger's", "TUR", "NER"],
    ["Russia shipped crude to India last month.\n\nRussian crude made up 40 percent of India's oil imports in June.", "Russian crude", "RUS", "IND"],
  ])("a trade with its partner named is told: %s", (page, sentence, supplier, recipient) => expect(of(page, sentence)).toContainEqual(expect.objectContaining({ supplier, recipient })));
});

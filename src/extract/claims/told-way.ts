import type { Item } from "../../core/claim.js";
import type { ArmsDocument } from "../../core/document.js";
import type { Span } from "../../core/span.js";

/**
 * "Russia delivered a million barrels of oil to the North. ... North Korean shells keep coming. Fuel deliveries have
 * continued into this year": a clause that names no party leans on the flow before, but where its report has told
 * every thing the clause names (the very item: "fuel" and "refined petroleum" are both oil, while "weapons" told one
 * way says nothing of the aircraft of another) only the other way between the same two states, the things go that
 * way again. Only for words of giving: a payment leans on the flow it pays for (claims/payment.ts).
 *
 *     toldOtherWay(doc, s, ["oil-fuel"], "PRK", "RUS") -> true where the segment told oil only from RUS to PRK
 */
export function toldOtherWay(doc: ArmsDocument, sentence: Span, items: readonly Item[], supplier: string, recipient: string): boolean {
  if (!items.length) return false;
  const segment = doc.sentences.find((x) => x.span.start === sentence.start)?.segment;
  // (The body's own telling: a headline's looser wording may have the flow the wrong way round, merge-claims.ts.)
  const headlines = new Set(doc.sentences.filter((x) => x.headline).map((x) => x.span.start));
  const before = doc.claims.filter((c) => c.kind === "transfer" && c.segment === segment && c.evidence.start < sentence.start && c.certainty !== "denied" && !headlines.has(c.evidence.start));
  return items.every((item) => {
    const told = before.filter((c) => c.item === item);
    return told.some((c) => c.supplier === recipient && c.recipient === supplier) && !told.some((c) => c.supplier === supplier && c.recipient === recipient);
  });
}

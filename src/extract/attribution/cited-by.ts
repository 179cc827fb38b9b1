import type { ArmsDocument } from "../../core/document.js";
import type { Speaker } from "./speakers.js";

// "cited by", "quoted by the daily": the words right before one who passes on what another said.
const citedBy = /\b(?:cited|quoted)\s+by\s+(?:the\s+)?(?:\p{Ll}+\s+)?$/iu;

/**
 * Those of the chosen speakers who only pass the claim on: "officials cited by Reuters said ...", "officers
 * quoted by the daily Pravo said ...". The outlet after "cited by" relays the claim of those named before it;
 * it makes no claim of its own. Only where someone is named before it.
 *
 *     chosen [Polish defence officials, Bloomberg] in "Polish defence officials quoted by Bloomberg said" -> [Bloomberg]
 */
export function citersAfter(doc: ArmsDocument, chosen: readonly Speaker[]): Speaker[] {
  return chosen.filter((c) => chosen.some((o) => o.span.end <= c.span.start && o !== c) && citedBy.test(doc.text.slice(Math.max(0, c.span.start - 30), c.span.start)));
}

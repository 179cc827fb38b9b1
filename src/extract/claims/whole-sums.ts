import type { Claim } from "../../core/claim.js";
import type { ArmsDocument } from "../../core/document.js";
import data from "./whole-sums.json" with { type: "json" };
import { isCurrency } from "./quantity.js";

const partBefore = new RegExp(data.partBefore, "iu");
const partAfter = new RegExp(data.partAfter, "iu");

const sumOf = (c: Claim): number | null => (c.quantity && isCurrency(c.quantity.unit) ? (c.quantity.value ?? c.quantity.min ?? c.quantity.max) : null);

/**
 * "Aid is set at 900 million euros, with 100 million of it for drones": where a sentence tells a sum and then a
 * smaller sum in the same money as part of it, both read as the goods named for the part, the first is the whole
 * and measures no goods of its own: it is weapons-unspecified (SCHEMA.md, an aid package given by its value).
 *
 *     claims ESP → UKR drones 900 m eur, ESP → UKR drones 100 m eur (", with 100 million of it")  ⇒  the first weapons-unspecified
 */
export function wholeBeforeItsPart(doc: ArmsDocument): void {
  const wholes = new Set<Claim>();
  for (const c of doc.claims) {
    const whole = sumOf(c);
    if (c.kind !== "transfer" || whole === null || !c.parts.amount || c.item === "weapons-unspecified" || c.item === "money") continue;
    const part = doc.claims.find((p) => {
      const value = sumOf(p);
      if (p === c || value === null || value >= whole || !p.parts.amount || p.quantity!.unit !== c.quantity!.unit) return false;
      if (p.evidence.start !== c.evidence.start || p.supplier !== c.supplier || p.recipient !== c.recipient || p.item !== c.item) return false;
      if (p.parts.amount.start < c.parts.amount!.end) return false;
      return partBefore.test(doc.text.slice(c.parts.amount!.end, p.parts.amount.start)) || partAfter.test(doc.text.slice(p.parts.amount.end, p.parts.amount.end + 30));
    });
    if (part) wholes.add(c);
  }
  if (wholes.size) doc.claims = doc.claims.map((c) => (wholes.has(c) ? { ...c, item: "weapons-unspecified" } : c));
}

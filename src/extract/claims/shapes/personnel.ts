import shapes from "../../../knowledge/shapes.json" with { type: "json" };
import type { Span } from "../../../core/span.js";
import type { Trigger } from "../direction.js";
import type { ItemMention } from "../find-items.js";
import { partiesIn, type Shape } from "./frame.js";
import { allMatches } from "../../../core/all-matches.js";

const { nouns, between, fought } = shapes.personnel;
/** "soldiers had fought in", "its troops fought for": a noun of personnel, a few helping words, the verb of fighting (shapes.json personnel). */
const foughtFrame = new RegExp(`\\b${nouns}\\s+${between}(${fought})\\b`, "giu");

/**
 * "Chadian soldiers had fought in Libya", "its troops fought for Mali": where troops fought is where they
 * went. The verb is read as "are in" is (presence.ts): the state named right after it receives, and nothing
 * where no state (or place of a state) stands there.
 */
export const personnel: Shape = ({ doc, sentence }) => {
  const text = doc.slice(sentence);
  if (!/\bfought\b/i.test(text)) return [];
  const parties = partiesIn(doc, sentence);
  if (!parties.length) return [];
  const out: Trigger[] = [];
  for (const m of allMatches(foughtFrame, text)) {
    const start = sentence.start + m.index! + m[0].length - m[1]!.length;
    const end = sentence.start + m.index! + m[0].length;
    if (!parties.some((p) => p.span.start >= end && /^\s+(?:the\s+)?$/.test(doc.text.slice(end, p.span.start)))) continue;
    out.push({ start, end, text: "fought in", role: "give" });
  }
  return out;
};

const partitive = new RegExp(shapes.personnel.partitive, "iu");

/**
 * "About 700 of them, medics, have arrived": the personnel named right after a bare figure and "of them" are what it
 * counts (troops or workers), else nothing.
 *
 *     partitivePersonnel("1,000 of them, combat engineers, ...", [1000], items) -> the "combat engineers" mention
 */
export function partitivePersonnel(text: string, amount: Span, items: readonly ItemMention[]): ItemMention | undefined {
  const next = items.find((i) => i.span.start >= amount.end);
  if (!next || (next.item !== "troops" && next.item !== "workers")) return undefined;
  return partitive.test(text.slice(amount.end, next.span.start)) ? next : undefined;
}

const labelLead = new RegExp(shapes.personnel.labelLead, "u");
const labelAfter = new RegExp(shapes.personnel.labelAfter, "iu");

/**
 * "Troops: about 1,200 sent": a bare figure after personnel named as the label of a line of a list or a box counts
 * those personnel (troops or workers), else nothing.
 *
 *     labelledPersonnel("6/ Soldiers: some 2,000 sent", [2000], items) -> the "Soldiers" mention
 */
export function labelledPersonnel(text: string, amount: Span, items: readonly ItemMention[]): ItemMention | undefined {
  const label = items.filter((i) => i.span.end <= amount.start).pop();
  if (!label || (label.item !== "troops" && label.item !== "workers")) return undefined;
  if (!labelAfter.test(text.slice(label.span.end, amount.start))) return undefined;
  return labelLead.test(text.slice(text.lastIndexOf("\n", label.span.start - 1) + 1, label.span.start)) ? label : undefined;
}

import type { ArmsDocument } from "../../core/document.js";
import type { Item } from "../../core/claim.js";
import shapes from "../../knowledge/shapes.json" with { type: "json" };
import transferData from "../../knowledge/transfer-cues.json" with { type: "json" };
import { phraseRegex } from "../../knowledge/lexicon.js";
import type { Draft } from "./draft.js";
import { findItems } from "./find-items.js";
import { toQuantity } from "./quantity.js";

const data = shapes.recalledBoxes;
// (A sentence with a verb of giving or getting that drafted no transfer left it out for a reason of its own.)
const movingVerbs = phraseRegex([...transferData.give, ...transferData.get, ...transferData.selfMoving], "i");
// "containers of munitions": the cargo named right after the count of boxes and its unit (shapes.json recalledBoxes).
const cargoAfter = new RegExp(`^\\s*(?:[\\p{L}-]+\\s+){0,2}?(?:${data.cargoLinks.join("|")})\\s`, "iu");

/**
 * "North Korea shipped 6,700 containers to Russia. ... Last summer the agency put it at 13,000 containers.": a
 * sentence that only tells a count of containers, with no verb of moving and no other state after the count,
 * counts again the flow of boxes the page told before it: the same giver and receiver, carrying what the boxes are
 * said to hold ("containers of munitions"), else arms in general. Where the page told no boxes before, it tells nothing.
 */
export function recalledBoxDrafts(doc: ArmsDocument, index: number, drafts: readonly Draft[]): Draft[] {
  if (drafts.some((d) => d.kind === "transfer")) return [...drafts];
  const sentence = doc.sentences[index];
  movingVerbs.lastIndex = 0;
  if (movingVerbs.test(doc.slice(sentence.span))) return [...drafts];
  const boxes = doc.within(doc.amounts, sentence.span).find((a) => a.unit === "containers" && (a.quantity.value ?? a.quantity.min ?? a.quantity.max) !== null);
  if (!boxes) return [...drafts];
  // (The flow of boxes told last on the page; a state before the count only counts them: "Seoul's figure, 6,700 containers".)
  const before = doc.claims.filter((c) => c.kind === "transfer" && c.supplier && c.recipient && c.evidence.end <= sentence.span.start);
  const earlier = before.filter((c) => c.quantity?.unit === "containers").pop();
  if (!earlier?.supplier || !earlier.recipient) return [...drafts];
  const parties = [earlier.supplier, earlier.recipient];
  if (doc.within(doc.mentions, sentence.span).some((x) => x.kind === "state" && x.span.start > boxes.span.end && !parties.includes(x.state ?? x.entity))) return [...drafts];
  // (What the boxes hold: the goods right after "of"; what the sentence restates them as, "enough for 3 million shells", is
  // another count, no cargo of theirs.)
  const rest = doc.text.slice(boxes.span.end, sentence.span.end);
  const named = cargoAfter.test(rest) ? findItems(rest, boxes.span.end).find((i) => i.span.start - boxes.span.end <= data.cargoReach && i.item !== "goods-unspecified" && !data.notCarried.includes(i.item)) : undefined;
  const item: Item = named?.item ?? (data.fallback as Item);
  return [
    ...drafts,
    {
      clause: { start: sentence.span.start, end: sentence.span.end },
      kind: "transfer",
      supplier: earlier.supplier,
      recipient: earlier.recipient,
      item,
      quantity: toQuantity(boxes, "containers"),
      calibre: null,
      parts: { amount: boxes.span, ...(named ? { item: named.span } : {}) },
      lastPart: named?.span.end ?? boxes.span.end,
      thing: "",
    },
  ];
}

import lists from "../../../knowledge/list-items.json" with { type: "json" };
import type { Trigger } from "../direction.js";
import { partiesIn, type Shape, type ShapeInput } from "./frame.js";

/** "The footage also appeared to show", "These photos also revealed": a record that goes on listing what it shows. */
const goesOn = new RegExp(
  `^\\s*(?:the|these|those|this|that)\\s+(?:[\\p{L}-]+\\s+){0,2}(?:${lists.records.join("|")})\\s+(?:(?:has|have|had)\\s+)?also\\s+(?:(?:appeared?|appears|seemed|seems)\\s+to\\s+)?(?:${lists.showing.join("|")})\\b`,
  "iu",
);

/**
 * "The footage also showed drone components, warheads and other weapons": a record told before (the
 * footage of a seizure, photos of a shipment) that goes on listing what it shows, with no party named,
 * lists more things of the transfer told just before (within three sentences of the same segment):
 * each moves between that transfer's parties.
 */
export const alsoShown: Shape = (input) => continuing(input, goesOn, 3);

/** "So were more than a hundred missiles", "And so was fuel": a verb-first echo of the sentence before. */
const echo = new RegExp(`^\\s*(?:and\\s+)?(?:${lists.echoes.join("|")})\\b`, "iu");

/**
 * "Nine million shells went to Russia last year. So were more than a hundred missiles and rockets.":
 * a sentence that echoes the one before with "so were" (no party of its own) tells more things of the
 * transfer told right before: each moves between that transfer's parties.
 */
export const soWere: Shape = (input) => continuing(input, echo, 1);

/** The transfer words of a sentence that goes on with the transfer told within `reach` sentences before, with no party of its own. */
function continuing({ doc, index, sentence, ctx }: ShapeInput, frame: RegExp, reach: number): Trigger[] {
  const last = ctx.lastTransfer;
  if (!last) return [];
  const text = doc.slice(sentence);
  const m = frame.exec(text);
  if (!m || partiesIn(doc, sentence).length) return [];
  const segment = doc.sentences[index].segment;
  let near = false;
  for (let i = index - 1; i >= 0 && i >= index - reach && doc.sentences[i].segment === segment; i--) {
    const s = doc.sentences[i].span;
    if (s.start <= last.span.start && last.span.end <= s.end) near = true;
  }
  if (!near) return [];
  ctx.supplier = last.supplier;
  ctx.recipient = last.recipient;
  const at = sentence.start + m.index + m[0].length;
  return [{ start: at, end: at, text: "", role: "give" }];
}

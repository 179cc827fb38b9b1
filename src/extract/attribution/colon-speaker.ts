import type { ArmsDocument } from "../../core/document.js";
import type { Span } from "../../core/span.js";
import { matchAll, speech } from "../../knowledge/lexicon.js";
import { between, groupBefore, type Speaker, tokens } from "./speakers.js";

/** The longest lead, in words, that may stand before the colon of a statement it introduces. */
const leadWords = 16;

/**
 * "The Polish defence ministry: 20 more tanks have arrived", "The answer came from Defence Minister Ana Ruiz: Chile
 * has sent ...": a person or body that ends right at the sentence's first colon, with no verb of saying and no quote
 * before it, says what follows the colon. A state, an outlet or media before the colon ("Ukraine: ...", "Reuters: ...")
 * is a topic or a relay, no speaker. Empty where the sentence has no such colon.
 */
export function colonSpeakers(doc: ArmsDocument, speakers: readonly Speaker[], sentence: Span): Speaker[] {
  // (A colon between digits is a time or a ratio, none that introduces a statement.)
  const colon = /(?<!\d):(?!\d)/.exec(doc.slice(sentence));
  if (!colon) return [];
  const at = sentence.start + colon.index;
  const lead = doc.text.slice(sentence.start, at);
  if (tokens(lead) > leadWords || /[“”"]/.test(lead) || matchAll(speech.verb, lead, sentence.start).length) return [];
  const group = groupBefore(doc, speakers, at, 0).filter((s) => s.kind !== "state" && s.kind !== "outlet" && s.kind !== "media");
  if (!group.length || !group.some((s) => /^\s*$/.test(between(doc, s.span.end, at)))) return [];
  return group;
}

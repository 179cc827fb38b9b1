import type { Span } from "../../core/span.js";
import data from "../../knowledge/people-doers.json" with { type: "json" };
import type { ItemMention } from "./find-items.js";

const people = new Set<string>(data.items);
// "by", up to `between` words, then the people; not after a word that makes them a further lot ("followed by").
const byDoer = new RegExp(`(?<!\\b(?:${data.notDoer.join("|")})\\s+)\\bby\\s+(?:[\\p{L}’'-]+\\s+){0,${data.between}}$`, "iu");

/**
 * "The group relies on photographs sent in by railway workers", "the drone was tested in China, helped by engineers
 * there", "the bronzes were taken by British troops": people named right after "by" do the act the sentence tells;
 * they are not goods that move, so they make no claim of troops or workers. A further lot after "followed by" or
 * "joined by" ("followed by 2,000 more troops") still moves.
 *
 *     doneByPeople(text, { item: "workers", span: <"workers" in "sent in by railway workers"> }) -> true
 */
export function doneByPeople(text: string, sentence: Span, mention: ItemMention): boolean {
  if (!people.has(mention.item)) return false;
  return byDoer.test(text.slice(Math.max(sentence.start, mention.span.start - 60), mention.span.start));
}

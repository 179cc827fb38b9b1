import type { Span } from "../../core/span.js";
import transferData from "../../knowledge/transfer-cues.json" with { type: "json" };
import type { Party } from "./direction.js";

const data = transferData.madeInPlace;
// A word of making, then at most `gap` characters of the same clause with no other "in", then "in" (and "the") right
// before the state: "built in China", "developed the drone in China", not "built in Korea came ashore in Poland".
const makingBefore = new RegExp(`\\b(?:${data.words.join("|")})\\b(?:(?!\\bin\\b)[^.;:!?]){0,${data.gap}}\\bin\\s+(?:the\\s+)?$`, "iu");
const keeping = new RegExp(`\\b(?:${data.keepers.join("|")})\\b`, "iu");
const fromBefore = /\bfrom\s+(?:the\s+)?$/i;

/**
 * "A Russian firm has been building the drone in China and shipping it to Russia", "drones for Moscow are being made
 * in China": the state named as where goods are made is where they come from. Where the reading took that state as
 * the receiver and another state as the giver, the two change places: the place of making gives, the other receives.
 * Not where the clause names the giver after "from" ("shipped from Iran and assembled in Venezuela"), nor in a clause
 * of paying, of a package, of help or a licence, or of parts put together in the place ("Denmark pays for guns built
 * in Ukraine", "to be built in India with French help", "engines for drones built in Russia"), nor where the giver
 * as read is not named in the sentence by its name or capital.
 *
 *     "Moscow is having drones built in China" (RUS to CHN) -> CHN to RUS
 */
export function madeInPlace(text: string, clause: Span, parties: readonly Party[], supplier: string | null, recipient: string | null): [string | null, string | null] {
  if (!supplier || !recipient || supplier === recipient) return [supplier, recipient];
  const inClause = parties.filter((p) => p.span.start >= clause.start && p.span.end <= clause.end);
  // (The state's adjective elsewhere in the clause names its people or goods, no place: "with Chinese engineers helping".)
  const named = inClause.filter((p) => p.state === recipient && p.form !== "adjective");
  if (!named.length) return [supplier, recipient];
  const made = named.every((p) => makingBefore.test(text.slice(Math.max(clause.start, p.span.start - data.gap - 30), p.span.start)));
  if (!made || keeping.test(text.slice(clause.start, clause.end))) return [supplier, recipient];
  if (inClause.some((p) => p.state === supplier && fromBefore.test(text.slice(Math.max(clause.start, p.span.start - 12), p.span.start)))) return [supplier, recipient];
  // (The giver as read must be named in the sentence by its name or its capital, as the one the goods are for or go to
  // ("for Moscow", "shipped to Russia", "Moscow is having ... built"): a giver carried from before, or named only by an
  // adjective ("with French help", "a Korean design"), may be the licensor of goods built in the buyer's own land.)
  if (!parties.some((p) => p.state === supplier && p.form !== "adjective")) return [supplier, recipient];
  return [recipient, supplier];
}

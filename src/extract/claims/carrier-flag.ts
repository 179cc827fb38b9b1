import transferData from "../../knowledge/transfer-cues.json" with { type: "json" };
import type { Party, Trigger } from "./direction.js";

const nouns = (transferData.flagNouns as string[]).map((w) => w.replace(/ /g, "\\s+")).join("|");
/** "Russian-flagged ships", "a Russian vessel", "Russian navy transport ships": a state's adjective right before a carrier's noun (transfer-cues.json flagNouns). */
const suffixes = (transferData.flagSuffixes as string[]).join("|");
const flagAfter = new RegExp(`^(?:${suffixes})?(?:\\s+[\\p{L}-]+)?\\s+(?:${nouns})\\b`, "iu");
/** "a freighter under the Russian flag". */
const underBefore = /\bunder\s+(?:the|a)\s+$/i;
const flagWordAfter = /^\s+flags?\b/i;
/** "went by Russian ships", "aboard a Russian vessel": the carrier after the transfer word. */
const carriedBy = new RegExp(`\\b(?:${(transferData.flagCarriedBy as string[]).map((w) => w.replace(/ /g, "\\s+")).join("|")})\\s+(?:a\\s+|an\\s+|the\\s+)?(?:[\\p{L}-]+\\s+){0,2}$`, "iu");

/**
 * Whether the state's adjective heads a carrier that does the transfer word: as its subject, with at most a few
 * words between ("Russian vessels may have carried"), or after it ("went by Russian ships").
 */
function carrierOf(text: string, p: Party, trigger: Trigger): boolean {
  const noun = flagAfter.exec(text.slice(p.span.end, p.span.end + 40));
  if (!noun) return false;
  if (p.span.start >= trigger.end) return carriedBy.test(text.slice(Math.max(trigger.end, p.span.start - 40), p.span.start));
  // ("a Russian landing ship near the port. (Provided by ...)": a carrier in another phrase does not do the verb.)
  return /^[\s\p{L}’'-]{0,30}$/u.test(text.slice(p.span.end + noun[0].length, trigger.start));
}

/**
 * "Russian-flagged ships carried up to a million shells", "the rounds went by Russian ships", "a freighter under
 * the Russian flag took on munitions at a North Korean port": the state whose flag the carrier flies moves the
 * goods for itself. Where the reading so far makes that state the giver, it receives instead, from the other
 * state the clause names (or, with none, from the giver the page's flow supplies); it is never the giver on the
 * ground of its flag alone. A receiver named after "to", or as the object of the transfer word, stands.
 */
export function carrierFlagReceives(text: string, trigger: Trigger | null, parties: readonly Party[], toParty: Party | undefined, fromParty: Party | undefined, supplier: string | null, recipient: string | null): [string | null, string | null] {
  if (!trigger || !supplier || toParty || (trigger.role !== "give" && trigger.role !== "giveNoun")) return [supplier, recipient];
  const flagged = (p: Party) =>
    p.state === supplier &&
    ((underBefore.test(text.slice(Math.max(0, p.span.start - 12), p.span.start)) && flagWordAfter.test(text.slice(p.span.end, p.span.end + 8))) ||
      (p.form === "adjective" && carrierOf(text, p, trigger)));
  if (!parties.some(flagged)) return [supplier, recipient];
  // ("Russian vessels supplied Syria with fuel": a receiver the transfer word takes as its object stands.)
  if (recipient && parties.some((p) => p.state === recipient && p.span.start >= trigger.end && /^\s+(?:the\s+)?$/i.test(text.slice(trigger.end, p.span.start)))) return [supplier, recipient];
  const giver = recipient && recipient !== supplier ? recipient : fromParty && fromParty.state !== supplier ? fromParty.state : null;
  return [giver, supplier];
}

import grammar from "../../knowledge/chunks.json" with { type: "json" };
import type { Span } from "../../core/span.js";
import data from "./own-receiver.json" with { type: "json" };

const verbs = new Set(data.receiverObjectVerbs);
const institutions = new Set(grammar.institutions.map((w) => w.toLowerCase()));
const ownObject = new RegExp(`^\\s+(?:${data.possessives.join("|")})\\s+(?:own\\s+)?((?:[\\p{L}-]+\\s+){0,2}?)([\\p{L}-]+)`, "iu");

/**
 * Whether a transfer verb supplies the subject's own body ("Moscow looked far and wide for shells to
 * supply its armed forces"): the receiver is the giver itself, so the verb names no transfer between states.
 *
 *     ownReceiver("to supply its armed forces", {start: 3, end: 9}) -> true
 *     ownReceiver("to supply its ally Russia", {start: 3, end: 9}) -> false
 */
export function ownReceiver(text: string, trigger: Span): boolean {
  if (!verbs.has(text.slice(trigger.start, trigger.end).toLowerCase())) return false;
  const m = ownObject.exec(text.slice(trigger.end, trigger.end + 60));
  if (!m) return false;
  const words = [...m[1].trim().split(/\s+/).filter(Boolean), m[2]].map((w) => w.toLowerCase());
  return words.some((w) => institutions.has(w));
}

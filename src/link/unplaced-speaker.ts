/**
 * A report may name a person bare, with no body and no state ("..., says Marlow" in a headline, "President Odran
 * Vell said"), where another report credits the very figure to a body of one of the parties ("the Canadian
 * government has pledged more than 800 drones", a contract registry's row under the buyer's presidency). Where the
 * gazetteer does not know the person either, the linker cannot tell which state they speak for; but a party's own
 * figure, the very same, over one window, with one certainty, is that party's saying told twice: the person spoke for
 * it (link-claims.ts, relation). Anyone else still needs a state or a body to be one origin with a party's body.
 */
import type { Claim } from "../core/claim.js";
import { findPerson } from "../knowledge/gazetteer.js";
import { windowOf } from "./document-retelling.js";
import { knowledge } from "./knowledge.js";
import { nestedWindow, type LinkedClaim } from "./link-claims.js";
import { isGenericSource, isOwnVoice, sourceKey } from "./sources.js";

/** Whether a source names a person the report places nowhere: no body, no state, and not one the gazetteer knows. */
function unplaced(s: Claim["source"]): boolean {
  if (!s.speaker || s.org || s.country) return false;
  const key = sourceKey(s);
  return !(key.startsWith("person:") && findPerson(key.slice(7)));
}

/**
 * Whether one claim names an unplaced person (unplaced) and the other a body, not the press or a placeholder, of the
 * supplier's or the recipient's state, both with one certainty and over one window (or none named by both; or one
 * window told coarser by one of them, nestedWindow). The caller
 * holds them to one core and asks for the very figure in both. A body's sentence that names someone for the figure, an
 * officer by title ("(spokesman Juraj Tal)") or the person by surname ("Marlow's office added"), is left to the rules
 * that read names in a sentence (named-in-sentence.ts).
 *
 *     partyBodyOfUnplacedSpeaker("Canada will send 800 drones, says Marlow" {speaker: "Marlow"},
 *                                "Canada has pledged 800 drones" {org: "Canadian government", country: "CAN"}) → true
 */
export function partyBodyOfUnplacedSpeaker(a: LinkedClaim, b: LinkedClaim): boolean {
  const [person, body] = unplaced(a.claim.source) ? [a, b] : [b, a];
  if (!unplaced(person.claim.source)) return false;
  const s = body.claim.source;
  if (s.speaker || !s.country || isGenericSource(s) || isOwnVoice(body.claim, body.doc.outlet)) return false;
  if (s.country !== body.claim.supplier && s.country !== body.claim.recipient) return false;
  if (namesSomeone(body.claim, person.claim.source.speaker!)) return false;
  if (a.claim.certainty !== b.claim.certainty || !a.claim.quantity || !b.claim.quantity) return false;
  // (One window told coarser by one of them, "in February" for "on 10 February", is that window.)
  return windowOf(a.claim) === windowOf(b.claim) || nestedWindow(a.claim, b.claim);
}

/** The lower-case words of a text. */
const words = (text: string) => text.toLowerCase().split(/[^\p{L}]+/u).filter(Boolean);

/**
 * Whether a body's claim names a person in its sentence: a title of an officer (knowledge.personTitles) that is not a
 * word of the body's own name ("Colombia's president"), or the surname (the last name word) of `speaker`.
 */
function namesSomeone(c: Claim, speaker: string): boolean {
  const text = words(c.evidence.text), own = new Set(words(c.source.org ?? ""));
  if (text.some((w) => knowledge.personTitles.has(w) && !own.has(w))) return true;
  const surname = words(speaker).at(-1);
  return surname !== undefined && surname.length >= 3 && text.includes(surname);
}

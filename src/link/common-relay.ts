/**
 * Two outlets that each tell a figure in their own voice ("according to the report", or with no credit
 * at all) while naming one body elsewhere in the same report are relaying that body: with the very same
 * figure on one occasion, one statement. Each outlet names its source somewhere, but not in the sentence
 * that gives the figure, so neither claim carries it (link-claims.ts, relation).
 */
import type { LinkedClaim } from "./link-claims.js";
import { knowledge } from "./knowledge.js";
import { isGenericSource, isOwnVoice, normalizeOrg } from "./sources.js";

/** Whether a claim credits no one but its outlet or a placeholder ("the report", "media"). */
const uncredited = (lc: LinkedClaim) => isOwnVoice(lc.claim, lc.doc.outlet) || isGenericSource(lc.claim.source);

/** A body's name a document offers as a source: several words (a person's single name words are too common), not a placeholder, not the press. */
function bodyName(name: string, outlets: ReadonlySet<string>): boolean {
  if (!name.includes(" ") || outlets.has(name)) return false;
  const words = name.split(" ");
  return !words.every((w) => knowledge.genericSourceWords.has(w)) && !words.some((w) => knowledge.mediaWords.has(w));
}

/** Whether two uncredited claims of two documents both relay one body their documents name. */
export function relayOneNamedBody(a: LinkedClaim, b: LinkedClaim): boolean {
  if (!uncredited(a) || !uncredited(b)) return false;
  const outlets = new Set([normalizeOrg(a.doc.outlet), normalizeOrg(b.doc.outlet)].filter((x): x is string => x !== null));
  for (const name of a.doc.named) if (b.doc.named.has(name) && bodyName(name, outlets)) return true;
  return false;
}

import type { ArmsDocument } from "../../core/document.js";
import type { Span } from "../../core/span.js";
import speechData from "../../knowledge/speech.json" with { type: "json" };
import type { Speaker } from "./speakers.js";

/** A verb of committing or deciding right after its subject, perhaps after an auxiliary, an adverb or a short time phrase ("had", "formally", "in late May"). */
const commits = new RegExp(`^\\s+(?:(?:has|have|had|also|already|formally|officially|quickly|now|then|last\\s+\\w+|earlier\\s+\\w+|in\\s+(?:early\\s+|mid-|late\\s+)?\\p{Lu}\\p{Ll}+|on\\s+\\p{Lu}\\p{Ll}+)\\s+){0,3}(?:${speechData.commitVerbs.join("|")})\\b`, "u");

/**
 * The state or body that opens a sentence as the subject of a verb of committing or deciding, where nobody
 * says the sentence: "Chile had pledged 40 howitzers", "The State Department this week approved a sale".
 * The pledge or the decision is its own statement, so it is the source.
 *
 *     "Norway has promised Latvia 12 patrol boats." -> [Norwegian government]
 */
export function committingSubject(doc: ArmsDocument, speakers: readonly Speaker[], sentence: Span): Speaker[] {
  const first = speakers.find((s) => s.span.start >= sentence.start);
  if (!first || (first.kind !== "state" && first.kind !== "body")) return [];
  if (!/^\s*(?:the\s+)?$/i.test(doc.text.slice(sentence.start, first.span.start))) return [];
  return commits.test(doc.text.slice(first.span.end, Math.min(sentence.end, first.span.end + 60))) ? [first] : [];
}

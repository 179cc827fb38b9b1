import type { Source } from "../../core/claim.js";
import type { ArmsDocument } from "../../core/document.js";
import { matchAll, speech } from "../../knowledge/lexicon.js";
import type { Speaker } from "./speakers.js";

// "does not supply", "has never sent", "won't deliver": a denial of the subject's own conduct.
const negation = /\b(?:does|do|did|has|have|had|is|are|was|were|will|would)\s+not\b|\bnever\b|n['’]t\b/i;
// Only a conjunction or an article may stand before the state that opens the sentence.
const opening = /^\s*(?:(?:but|and|yet|so)\s+)?(?:the\s+)?$/i;

/**
 * The sources a sentence with no speaker of its own carries on from the statement told just before it: where
 * the sentence before speaks ("He reiterated Beijing's position that ...") and this one opens with the
 * speaker's own state denying its conduct ("China does not supply weapons to ..."), it is the rest of that
 * statement, not the outlet's voice. Empty where any condition fails.
 *
 *     "Minister Ana Ruiz said talks must go on. She reiterated Madrid's stance. Spain has not sold arms to Sudan." -> [Ana Ruiz]
 */
export function carriedDenial(doc: ArmsDocument, index: number, last: readonly Speaker[]): Source[] {
  const sentence = doc.sentences[index];
  const previous = doc.sentences[index - 1];
  if (!previous || previous.segment !== sentence.segment || !last.length) return [];
  if (!matchAll(speech.verb, doc.slice(previous.span), previous.span.start).length) return [];
  const text = doc.slice(sentence.span);
  if (!negation.test(text)) return [];
  const first = doc
    .within(doc.mentions, sentence.span)
    .filter((m) => m.kind === "state")
    .sort((a, b) => a.span.start - b.span.start)[0];
  if (!first || first.form === "adjective" || !opening.test(doc.text.slice(sentence.span.start, first.span.start))) return [];
  const state = first.state ?? first.entity;
  // The statement before spoke of the speaker's own state too ("Beijing's position that ..."): the denial goes on with it.
  if (!doc.within(doc.mentions, previous.span).some((m) => m.kind === "state" && (m.state ?? m.entity) === state)) return [];
  return last.filter((s) => s.source.country === state && (s.kind === "person" || s.kind === "body" || s.source.speaker !== null)).map((s) => s.source);
}

import type { ArmsDocument, Attribution } from "../../core/document.js";
import speechData from "../../knowledge/speech.json" with { type: "json" };

/** The openings of a follow-on sentence (speech.json followOnOpeners), checked as lower-case words. */
function openers(list: readonly string[]): RegExp {
  const bad = list.find((w) => !/^[a-z]+(?: [a-z]+)*$/.test(w));
  if (!list.length || bad !== undefined) throw new Error(`speech.json followOnOpeners: ${list.length ? `"${bad}" is not lower-case words` : "is empty"}`);
  return new RegExp(`^\\s*(?:${list.map((w) => w.replace(/ /g, "\\s+")).join("|")})\\b`, "i");
}
const opening = openers(speechData.followOnOpeners);

/**
 * The attribution a sentence with no saying of its own carries on from the sentence right before it, where that
 * one names who speaks, both stand in one paragraph, and this one opens as the rest of the same statement
 * ("The remaining ...", "The contract ...", "It will be the ..."). A speaker named by a pointer the page resolved
 * ("..., the ministry added.", "..., he said.") goes on as well: the statement is the same one, only told more briefly.
 * Undefined where any condition fails.
 *
 *     "Ana Ruiz said Chile bought 30 trucks. The remaining ten are due in May." (at the second) -> Ana Ruiz's
 */
export function followOn(doc: ArmsDocument, index: number, previous: Attribution | undefined): Attribution | undefined {
  const sentence = doc.sentences[index];
  const before = doc.sentences[index - 1];
  if (!previous || !before || before.segment !== sentence.segment || (previous.voice !== "named" && previous.voice !== "pointer") || previous.span === null || !previous.sources.length) return undefined;
  if (/\n/.test(doc.text.slice(before.span.end, sentence.span.start))) return undefined;
  // ("..., the Ministry of Def- ence said": a capitalised "the Ministry" is a body's own name the reader could not
  // place, so what it was taken to point to is a guess, not to be carried further.)
  if (previous.voice === "pointer" && /^the\s+\p{Lu}/u.test(doc.slice(previous.span))) return undefined;
  if (!opening.test(doc.slice(sentence.span))) return undefined;
  return { ...previous, sentence: index, span: null, spans: [] };
}

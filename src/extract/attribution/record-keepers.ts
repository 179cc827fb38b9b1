import type { ArmsDocument } from "../../core/document.js";
import type { Span } from "../../core/span.js";
import type { Speaker } from "./speakers.js";
import speechData from "../../knowledge/speech.json" with { type: "json" };

for (const key of ["keepVerbs", "recordVersions"] as const) {
  if (!speechData[key].length || !speechData[key].every((w) => /^[a-z]+(?: [a-z]+)*$/.test(w))) throw new Error(`speech.json: ${key} must be lower-case plain words`);
}
const phrase = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/ /g, "\\s+")).join("|");
const nouns = phrase(speechData.recordNouns);
// After a state's or body's name: " publishes a running list", " has stopped publishing its list" (speech.json keepVerbs, recordNouns).
const keeps = new RegExp(`^\\s+(?:(?:also|still|now)\\s+)?(?:${phrase(speechData.keepVerbs)})\\s+(?:its|their|a|an|the)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:${nouns})\\b`, "iu");
// What a record says its figures with: a verb of showing, or one of speech.json recordVerbs.
const tells = `(?:(?:also|now|still)\\s+)?(?:show|shows|showed|shown|${phrase(speechData.recordVerbs)})\\b`;
// A sentence whose subject is the record or one version of it: "The same list also shows", "Its latest version, dated
// 9 May, shows", "The last version of that list, in the spring, showed".
const recordSubject = new RegExp(`^\\s*(?:(?:but|and)\\s+)?(?:the|that|this|its|their)\\s+(?:(?:same|latest|last|newest|most\\s+recent|current|updated|published|public|official)\\s+)*(?:(?:${phrase(speechData.recordVersions)})\\b(?:\\s+of\\s+(?:the|that|this|its|their)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${nouns})\\b)?|(?:${nouns})\\b)(?:\\s*,[^,;:.“”"]{1,60},)?\\s+${tells}`, "iu");
// ": it now shows", "; it lists": the record a sentence named before its colon goes on to tell its figures.
const itTells = new RegExp(`[:;]\\s*it\\s+${tells}`, "i");

const recordNoun = new RegExp(`\\b(?:${nouns})\\b`, "i");
/** Whether a sentence names a record at all (a cheap look before its speakers are read for a keeper). */
export const namesRecord = (text: string) => recordNoun.test(text);

/**
 * The states and bodies a sentence names as keeping a record of what they gave: "Norway publishes a running list of
 * its aid to Ukraine" (Norway), "the ministry has stopped publishing its list" (the ministry the pointer stands for).
 * Only one with a state.
 */
export function recordKeepers(doc: ArmsDocument, speakers: readonly Speaker[], sentence: Span): Speaker[] {
  // (`keeps` ends in a record noun before the sentence's end: a sentence with none has no keeper, whoever it names.)
  if (!keptNoun.test(doc.text.slice(sentence.start, sentence.end))) return [];
  return speakers.filter((s) => s.span.start >= sentence.start && (s.kind === "state" || s.kind === "body" || s.kind === "pointer") && !s.source.speaker && s.source.country && keeps.test(doc.text.slice(s.span.end, sentence.end)));
}
// The record nouns as `keeps` reads them (same flags, the same boundary after the noun).
const keptNoun = new RegExp(`(?:${nouns})\\b`, "iu");

/**
 * Who a record speaks for where the sentence makes its claim through the record: a sentence whose subject is the
 * record or a version of it ("The same list also shows ...") is the word of the keeper the document named last;
 * a sentence that names the keeper and then lets the record speak ("Norway has updated its list: it now shows ...")
 * is the word of that keeper. Empty elsewhere.
 *
 *     keepers [Norway], "The last version of that list showed 12 launchers." -> [Norway]
 */
export function recordSpeaks(doc: ArmsDocument, speakers: readonly Speaker[], sentence: Span, keepers: readonly Speaker[]): Speaker[] {
  const text = doc.slice(sentence);
  const here = recordKeepers(doc, speakers, sentence);
  // (The keeper stays a party of what its record tells: "Norway has updated its list: it shows 12 launchers sent to Kyiv" has Norway give.)
  if (here.length && itTells.test(doc.text.slice(here[0].span.end, sentence.end))) return [{ ...here[0], span: { start: here[0].span.end, end: here[0].span.end } }];
  const latest = keepers[keepers.length - 1];
  if (latest && recordSubject.test(text)) return [{ ...latest, span: { start: sentence.start, end: sentence.start } }];
  return [];
}

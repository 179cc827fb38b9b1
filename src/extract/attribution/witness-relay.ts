import type { ArmsDocument } from "../../core/document.js";
import type { Span } from "../../core/span.js";
import speechData from "../../knowledge/speech.json" with { type: "json" };
import type { Speaker } from "./speakers.js";

for (const key of ["witnessVerbs", "briefedListeners"] as const) {
  if (!speechData[key].every((w) => /^[a-z-]+(?: [a-z-]+)*$/.test(w))) throw new Error(`speech.json: ${key} must be lower-case plain words`);
}
const phrase = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/ /g, "\\s+")).join("|");
// ", who attended the agency's briefing", ", who cited ministry officials": the aside by which the one named heard it from another.
// (The rest of a name the lists cut short may stand before the comma: "Rep. Lee Min-jun, who ...".)
const witnessAside = new RegExp(`^(?:\\s+\\p{Lu}[\\p{L}'’-]*){0,2}\\s*,\\s+who\\s+(?:had\\s+)?(?:${phrase(speechData.witnessVerbs)})\\b[^,;.]{0,80}`, "u");
// "told lawmakers", "briefed a parliamentary committee": a closed briefing whose listeners relay it.
const briefed = new RegExp(`^\\s+(?:(?:on|last|this|earlier)\\s+\\p{L}+\\s+)?(?:told|briefed)\\s+(?:${phrase(speechData.briefedListeners)})\\b`, "iu");

/**
 * The one whose words a person named by "according to" only passes on: "The agency told lawmakers that ...,
 * according to Rep. X, who attended the briefing", "according to legislator X, who cited ministry officials,
 * ...". Where an aside after the person says they heard it ("who attended", "who cited"), the source is a body
 * or unnamed people named in that aside, else the body or state that opens the sentence by telling a closed
 * briefing of listeners; the person relays. Null where the words do not read so.
 *
 *     "The agency told lawmakers that 9 jets arrived, according to Rep. Kim, who attended the briefing." -> agency
 */
export function witnessedSource(doc: ArmsDocument, speakers: readonly Speaker[], sentence: Span, person: Speaker, accordingAt: number): Speaker | null {
  if (person.kind !== "person") return null;
  const aside = witnessAside.exec(doc.text.slice(person.span.end, sentence.end));
  if (!aside) return null;
  const within = { start: person.span.end, end: person.span.end + aside[0].length };
  const heard = speakers.find((s) => s.span.start >= within.start && s.span.end <= within.end && s.kind !== "person" && s.kind !== "pointer" && s.kind !== "media" && s.kind !== "outlet");
  if (heard) return heard;
  return speakers.find((s) => s.span.start >= sentence.start && s.span.end <= accordingAt && (s.kind === "body" || s.kind === "state" || s.kind === "unnamed") && briefed.test(doc.text.slice(s.span.end, Math.min(sentence.end, s.span.end + 60)))) ?? null;
}

import type { ArmsDocument } from "../../core/document.js";
import type { Span } from "../../core/span.js";
import speechData from "../../knowledge/speech.json" with { type: "json" };
import type { Party, Trigger } from "./direction.js";
import { allMatches } from "../../core/all-matches.js";

const links = new Set([...(speechData.firstPersonLinks as string[]), "is", "was", "are", "were", "be", "been", "has", "have", "had", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "also", "already", "now", "still", "soon", "not", "never", "to", "just", "further", "jointly", "together"]);
// "we" (any case of its first letter) and up to five words before the verb; lower-case "us" only ("US" is a state).
const weBefore = /\b([Ww]e)\s+((?:[\p{Ll}’']+\s+){0,5})$/u;
const usAfter = /^\s+(us)\b/;
const usAt = /\b(?:to|for)\s+(us)\b/g;

/**
 * "we" and "us" in the words of one who speaks for a state stand for that state: "Since May we have delivered
 * 300 rockets to Peru", "this year we are on track to provide Peru with drones" (the giver), "it brought us two
 * million rounds", "radars that Spain is buying for us" (the receiver). Only where the sentence's one source has
 * a state; "we" as the subject of a verb of giving or getting (through helpers and words of intent only), "us"
 * right after such a verb or after "to" or "for" in its phrase.
 *
 *     (Ana Ruiz of Chile:) "Since May we have sent 300 rockets to Peru" -> "we" = CHL
 */
export function firstPersons(doc: ArmsDocument, sentence: Span, triggers: readonly Trigger[], speakerCountry: string | null): Party[] {
  if (!speakerCountry) return [];
  const out: Party[] = [];
  const add = (start: number, length: number) => {
    if (out.some((p) => p.span.start === start)) return;
    out.push({ span: { start, end: start + length }, state: speakerCountry, form: "alias" });
  };
  for (const t of triggers) {
    if (t.role !== "give" && t.role !== "get" && t.role !== "pay") continue;
    const from = Math.max(sentence.start, t.start - 60);
    const we = weBefore.exec(doc.text.slice(from, t.start));
    if (we && we[2].trim().split(/\s+/).filter(Boolean).every((w) => links.has(w.toLowerCase()) || /ly$/.test(w))) add(from + we.index, 2);
    const us = usAfter.exec(doc.text.slice(t.end, Math.min(sentence.end, t.end + 6)));
    if (us) add(t.end + us[0].length - 2, 2);
  }
  const local = doc.text.slice(sentence.start, sentence.end);
  for (const m of allMatches(usAt, local)) {
    const at = sentence.start + m.index + m[0].length - 2;
    // (Only in the phrase of a verb of giving or getting before it: "radars Spain buys for us", not "the means open to us to help Kyiv".)
    if (triggers.some((t) => (t.role === "give" || t.role === "get") && t.end <= at && at - t.end <= 80 && !/[,;:()]/.test(doc.text.slice(t.end, at)))) add(at, 2);
  }
  return out;
}

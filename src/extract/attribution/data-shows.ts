import type { ArmsDocument } from "../../core/document.js";
import type { Span } from "../../core/span.js";
import type { Speaker } from "./speakers.js";
import speechData from "../../knowledge/speech.json" with { type: "json" };
import { allMatches } from "../../core/all-matches.js";

for (const key of ["recordNouns", "recordVerbs"] as const) {
  if (!speechData[key].every((w) => /^[a-z]+(?: [a-z]+)*$/.test(w))) throw new Error(`speech.json: ${key} must be lower-case plain words`);
}
const phrase = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/ /g, "\\s+")).join("|");
// "Norway's delivery list shows", "the navy's published tally puts": a record a state or body keeps of what it gave (speech.json recordNouns).
const record = new RegExp(`^['’]s?\\s+(?:own\\s+|latest\\s+|official\\s+|published\\s+|public\\s+)*(?:${phrase(speechData.recordNouns)})\\b`, "i");
const recordTells = new RegExp(`^(?:\\s+(?:also|now)|\\s*,[^,;.]{1,50},)?\\s+(?:${phrase(speechData.recordVerbs)})\\b`, "i");

// "data released by", "figures from", "statistics published by the": a body's numbers, named before the body.
const dataOf = /\b(?:data|figures|statistics|records|numbers|estimates|tallies)\s+(?:(?:released|published|compiled|issued|provided|gathered)\s+)?(?:by|from)\s+(?:the\s+)?/gi;
// The verb that makes the numbers speak: "show", "suggest", "indicate", "reveal".
const shows = /^\s+(?:(?:also|now|clearly)\s+)?(?:show|shows|showed|shown|suggest|suggests|suggested|indicate|indicates|indicated|reveal|reveals|revealed|confirm|confirms|confirmed)\b/i;

/**
 * The body whose numbers a sentence says show its claim: "Data released by the Chilean customs service show
 * ...", "Figures from the Swedish defence ministry suggest ...", "Peruvian navy figures indicate ...". Only where the body stands right after "by" or
 * "from" and the verb follows it; no outlet or generic media. Empty elsewhere.
 *
 *     "Figures from the Peruvian navy show Peru got 4 frigates." -> [Peruvian navy]
 */
export function dataShows(doc: ArmsDocument, speakers: readonly Speaker[], sentence: Span): Speaker[] {
  const text = doc.slice(sentence);
  // "Chilean customs data show ...", "the navy's figures suggest ...": the body named before its numbers.
  for (const s of speakers) {
    if (s.kind === "media" || s.kind === "pointer" || s.kind === "person" || s.span.start < sentence.start) continue;
    const rest = doc.text.slice(s.span.end, Math.min(sentence.end, s.span.end + 60));
    const noun = /^(?:['’]s?)?\s+(?:own\s+|latest\s+|official\s+|trade\s+)?(?:data|figures|statistics|records|numbers|estimates|tallies)\b/i.exec(rest);
    // ("Germany's own delivery list, last updated in May, puts the number at nine": the state keeps the record.)
    const kept = noun ? null : record.exec(rest);
    if (kept && (recordTells.test(rest.slice(kept[0].length)) || shows.test(rest.slice(kept[0].length)))) return [s];
    if (!noun || !shows.test(rest.slice(noun[0].length))) continue;
    // ("Chilean customs data show that exports to Peru ...": the state whose customs count is the exporter, still a party.)
    const adjective = doc.mentions.find((m) => m.kind === "state" && m.span.start === s.span.start && m.span.end < s.span.end);
    return [adjective ? { ...s, span: { start: adjective.span.end + (/^['’]s?/.exec(doc.text.slice(adjective.span.end))?.[0].length ?? 0), end: s.span.end } } : s];
  }
  for (const m of allMatches(dataOf, text)) {
    const at = sentence.start + m.index + m[0].length;
    const first = speakers.find((s) => s.span.start === at && s.kind !== "media" && s.kind !== "pointer");
    if (first && shows.test(doc.text.slice(first.span.end, sentence.end))) return [first];
  }
  return [];
}

// "as per government data", "according to customs figures", "data from the ministry", "Chilean customs data show".
const numbersPhrase = /\b(?:according to|as per|per|based on)\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,4}?(?:data|figures|statistics)\b|\b(?:data|figures|statistics)\s+(?:(?:released|published|compiled|issued)\s+)?(?:from|by)\b|\b(?:data|figures|statistics)\s+(?:also\s+)?(?:show|shows|showed|suggest|suggests|indicate|indicates|reveal|reveals)\b/iu;

/**
 * Whether a sentence credits its figures to someone's numbers rather than to words: "As per government data,
 * ...", "Figures from the navy show ...", "Chilean customs data show ...". The sentences after it in the same
 * paragraph that name no speaker go on reading the same numbers.
 */
export function speaksThroughNumbers(text: string): boolean {
  return numbersNoun.test(text) && numbersPhrase.test(text);
}
// Every branch of numbersPhrase holds one of these nouns, read with the same flags: a plain look for them first spares
// most sentences the phrase's many starts.
const numbersNoun = /data|figures|statistics/iu;

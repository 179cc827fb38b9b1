import type { ArmsDocument } from "../../core/document.js";
import type { Span } from "../../core/span.js";
import speechData from "../../knowledge/speech.json" with { type: "json" };
import { wordPatterns } from "./names.js";
import { taggedWords } from "./proper-nouns.js";
import { allMatches } from "../../core/all-matches.js";

// A relative clause set off by commas inside a sentence: ", which has long denied any such trade,".
// Hand-written over characters: it must work on sentences the tagger did not read (attribution reads all).
const aside = /,\s*(?:which|who)\s+[^,;:.”"“]*,(?=\s*[\p{L}])/giu;
// ", which denied it, said the minister": what follows the aside is the attribution, not a clause of its own.
const speechTail = /^\s*(?:said|says|say|told|added|adds|according)\b/i;

/**
 * "Norway, which borders Russia, said ...": the text from right after a speaker up to a point that opens an aside
 * about them (speech.json speakerAsideOpeners) and has not closed it yet. Claim assembly and the "follow" shape
 * both read it.
 */
export const speakerAsideOpens = new RegExp(`^,\\s*(?:${speechData.speakerAsideOpeners.join("|")})\\s[^,;.:"“”]{0,100}$`, "i");

/**
 * The relative clause set off by commas that holds `at`, where the sentence's own clause goes on
 * after it; null elsewhere. Its verbs ("denied") speak of the state it describes, not of the sentence's
 * claim.
 *
 *     "Russia, which has long denied any such trade, has received shells" (at "denied") -> ", which ... trade,"
 */
export function relativeAside(text: string, sentence: Span, at: Span): Span | null {
  const local = text.slice(sentence.start, sentence.end);
  for (const m of allMatches(aside, local)) {
    const s = { start: sentence.start + m.index, end: sentence.start + m.index + m[0].length };
    if (speechTail.test(local.slice(m.index + m[0].length))) continue;
    if (s.start <= at.start && at.end <= s.end) return s;
  }
  return null;
}

// ", set up by eleven states after the old panel lapsed,": an aside telling how a body came to be (speech.json
// foundingAsides), its states and bodies no speakers nor makers of what the body issues. Its first words and the comma
// after it; a list of founders may hold commas of its own.
const foundingPhrases = speechData.foundingAsides.map((p) => {
  if (!/^[a-z]+(?: [a-z]+){0,2}$/.test(p)) throw new Error(`speech.json foundingAsides: "${p}" is not a lower-case phrase of plain words`);
  return p.replace(/ /g, "\\s+");
});
const foundingBody = `,\\s*(?:${foundingPhrases.join("|")})\\s[^,;:.“”"()]{1,120}(?:,\\s*[^,;:.“”"()]{1,60}){0,4},`;
/** A founding aside that ends right before the place it is tested at (the verb of saying after it). */
export const foundingAsideEnd = new RegExp(`${foundingBody}\\s*$`, "i");
/** The founding aside ends in a comma and white space, which lets its callers look for that comma first (speakers.ts phraseBefore). */
export const foundingAsideClosesWithComma = foundingBody.endsWith(",");
const foundingAsideIn = new RegExp(foundingBody, "gi");

/**
 * The founding asides of a sentence: ", formed by eleven states after the old panel lapsed," in "The Team, formed by
 * eleven states after the old panel lapsed, today published its first report". Who set the body up does not issue
 * its report.
 */
export function foundingAsides(text: string, sentence: Span): Span[] {
  const local = text.slice(sentence.start, sentence.end);
  return [...local.matchAll(foundingAsideIn)].map((m) => ({ start: sentence.start + m.index, end: sentence.start + m.index + m[0].length }));
}

// ", some of which analysts say", ", most of which the ministry believes", ", which officials say": an object relative
// clause after a comma, its subject named between "which" and the verb (speech.json nestedReportShares).
const nestedOpening = new RegExp(
  `,\\s*(?:(?:${wordPatterns("nestedReportShares", speechData.nestedReportShares).join("|")})\\s+of\\s+)?(?:which|whom)\\s+(?:[^\\s,;:.“”"]+\\s+){1,6}$`,
  "iu",
);

/**
 * Whether the verb of saying at `at` tells a nested report inside an object relative clause after a comma: "The
 * minister said 40 tanks went, some of which analysts say were old" (at "say"). The clause speaks of part of the
 * claim; the speaker of the sentence's own clause stays its source. Not a subject relative (", which said").
 *
 *     nestedReport("X said 40 went, some of which analysts say ...", at "say") -> true
 */
export function nestedReport(doc: ArmsDocument, sentence: Span, at: Span): boolean {
  const m = nestedOpening.exec(doc.text.slice(Math.max(sentence.start, at.start - 120), at.start));
  if (!m) return false;
  // (The clause's own subject stands between "which" and the verb: a noun, a name or a pronoun, not ", which has said".)
  const from = at.start - m[0].length + m[0].search(/\b(?:which|whom)\b/i) + 5;
  return taggedWords(doc, sentence).some((w) => w.span.start >= from && w.span.end <= at.start && (w.pos === "NOUN" || w.pos === "PROPN" || w.pos === "PRON"));
}

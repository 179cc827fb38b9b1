import type { ArmsDocument, Token } from "../../core/document.js";
import type { Span } from "../../core/span.js";
import { tagText } from "../tag-sentences.js";
import timesData from "../../knowledge/times.json" with { type: "json" };

/**
 * The tagged words of one sentence: those tag-sentences left on the document, else tagged here. Only
 * the sentences whose speaker no gazetteer name and no shape found come here, so tagging stays rare.
 */
export function taggedWords(doc: ArmsDocument, span: Span): Token[] {
  const known = doc.within(doc.tokens, span);
  if (known.length) return known;
  return tagText(doc.slice(span), span.start);
}

/**
 * The proper-noun run that says something: the subject right before the verb of saying ("Kupol has
 * told", "Kirby said"), with auxiliaries and adverbs between, or the one right after it that ends the
 * clause ("..., noted Shagivaleev."). Null where the words around the verb are no proper nouns.
 *
 *     "..., noted Shagivaleev."  -> the span of "Shagivaleev"
 */
/**
 * Whether the gap between two words holds a line break: a name never runs from one line onto the next ("Monitor:
 * A. Ruiz" above "Classification: open" is no person "Ruiz Classification"), so every run of names stops there.
 *
 *     lineBreakIn(" \n") -> true;  lineBreakIn(" ") -> false
 */
export function lineBreakIn(gap: string): boolean {
  return /[\n\r\u2028\u2029]/u.test(gap);
}

export function properNounSpeaker(words: readonly Token[], verb: Span, text: (s: Span) => string): Span | null {
  const at = words.findIndex((w) => w.span.start >= verb.start);
  if (at < 0) return null;
  const proper = (w: Token | undefined) => !!w && w.pos === "PROPN" && /^\p{Lu}/u.test(text(w.span));
  // (Two words of one run stand on one line.)
  const joined = (a: Token, b: Token) => !lineBreakIn(text({ start: a.span.end, end: b.span.start }));
  // Before: skip "has", "also", "on Monday"-free auxiliaries and adverbs.
  let i = at - 1;
  while (i >= 0 && (words[i].pos === "AUX" || words[i].pos === "ADV" || words[i].pos === "PART") && at - i <= 3) i--;
  // "Ruiz, the Chilean defence minister, told": a role set off by commas stands between the name and its verb.
  i = beforeApposition(words, i, text);
  if (proper(words[i])) {
    let first = i;
    while (first > 0 && proper(words[first - 1]) && joined(words[first - 1], words[first]) && i - first < 3) first--;
    // "a gunner near Bakhmut told us", "a medic in Kherson said": a name after a preposition of place is where the
    // speaker is, no speaker itself (the speaker is the common noun before it).
    // ("in January Budanov said": a month or a weekday after the preposition is a time; the name after it speaks.)
    while (first < i && timeWord(text(words[first].span))) first++;
    const placed = first > 0 && words[first - 1].pos === "ADP" && placePreposition.test(text(words[first - 1].span));
    // A sentence-initial lone capital that is no name ("Officials said") is not tagged PROPN; "The X said" keeps X.
    if (!placed) return { start: words[first].span.start, end: words[i].span.end };
  }
  // After: the verb's run of words ends; the name follows and closes the clause.
  let j = at;
  while (j < words.length && words[j].span.start < verb.end) j++;
  if (proper(words[j])) {
    let last = j;
    while (last + 1 < words.length && proper(words[last + 1]) && joined(words[last], words[last + 1]) && last - j < 3) last++;
    const next = words[last + 1];
    // ("..., explained Vargas on Monday.": a short time phrase may close the clause after the name.)
    const rest = next ? text({ start: next.span.start, end: words[words.length - 1].span.end }) : "";
    if (!next || next.pos === "PUNCT" || timeTail.test(rest)) return { start: words[j].span.start, end: words[last].span.end };
  }
  return null;
}

const weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
/** A month, its short form, or a weekday (times.json months): a date word, never part of a name. */
export const timeWord = (w: string) => Object.hasOwn(timesData.months, w.toLowerCase()) || weekdays.includes(w.toLowerCase());

// Prepositions whose object is a place: "near", "in", "outside", "around", "across".
const placePreposition = /^(?:near|in|inside|outside|around|across|beyond|outside\s+of)$/i;

// What may close a clause after an inverted speaker: nothing, or a short time phrase ("on Monday", "last week", "in a statement").
const timePhrase = String.raw`(?:on|in|at|during|last|this|yesterday|today|earlier|later)\b[^,.;:!?“”"]{0,30}`;
const timeTail = new RegExp(String.raw`^${timePhrase}\s*(?:[.,;:!?”"]|$)`, "u");
const closingName = new RegExp(String.raw`^\s+(?:\p{Lu}[\p{L}'’-]*\.?\s+){0,3}\p{Lu}[\p{L}'’-]+(?:\s+${timePhrase})?\s*(?:[.,;:!?”"]|$)`, "u");

/**
 * Whether the words right after a verb of saying are a capitalised name that closes the clause: the
 * speaker of an inverted "..., noted Petrov.", "... - wrote Lindqvist on Monday.". Not "said Chile had ...".
 *
 *     " Vargas on Monday." -> true;  " Chile had sold rifles." -> false
 */
export function nameClosesClause(rest: string): boolean {
  return closingName.test(rest);
}

/**
 * The index of the word before a role set off by commas that ends at `i` (", the Chilean defence minister,"),
 * else `i` itself. The role opens with an article and holds no verb and no further comma.
 */
function beforeApposition(words: readonly Token[], i: number, text: (s: Span) => string): number {
  if (i < 1 || text(words[i].span) !== ",") return i;
  for (let j = i - 1; j > 0 && i - j <= 12; j--) {
    const w = text(words[j].span);
    if (w === ",") return /^(?:the|a|an)$/i.test(text(words[j + 1].span)) ? j - 1 : i;
    if (words[j].pos === "VERB" || words[j].pos === "AUX" || /^[.;:“”"]$/.test(w)) return i;
  }
  return i;
}

import type { ArmsDocument, Token } from "../../core/document.js";
import type { Span } from "../../core/span.js";
import { tagText } from "../tag-sentences.js";

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
export function properNounSpeaker(words: readonly Token[], verb: Span, text: (s: Span) => string): Span | null {
  const at = words.findIndex((w) => w.span.start >= verb.start);
  if (at < 0) return null;
  const proper = (w: Token | undefined) => !!w && w.pos === "PROPN" && /^\p{Lu}/u.test(text(w.span));
  // Before: skip "has", "also", "on Monday"-free auxiliaries and adverbs.
  let i = at - 1;
  while (i >= 0 && (words[i].pos === "AUX" || words[i].pos === "ADV" || words[i].pos === "PART") && at - i <= 3) i--;
  if (proper(words[i])) {
    let first = i;
    while (first > 0 && proper(words[first - 1]) && i - first < 3) first--;
    // A sentence-initial lone capital that is no name ("Officials said") is not tagged PROPN; "The X said" keeps X.
    return { start: words[first].span.start, end: words[i].span.end };
  }
  // After: the verb's run of words ends; the name follows and closes the clause.
  let j = at;
  while (j < words.length && words[j].span.start < verb.end) j++;
  if (proper(words[j])) {
    let last = j;
    while (last + 1 < words.length && proper(words[last + 1]) && last - j < 3) last++;
    const next = words[last + 1];
    if (!next || next.pos === "PUNCT") return { start: words[j].span.start, end: words[last].span.end };
  }
  return null;
}

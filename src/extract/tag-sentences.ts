import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import type { Stage, Token } from "../core/document.js";
import grammar from "../knowledge/chunks.json" with { type: "json" };

const hedges = new Set(grammar.hedgedGerundBefore);

type Nlp = ReturnType<typeof winkNLP>;
let shared: Nlp | null = null;

/**
 * Tags the words of the candidate sentences with their part of speech (wink-nlp's English model), each
 * word kept with its `[start, end)` span in the document. Only candidates are tagged: most sentences of a
 * page are not, and tagging is the slowest step of extraction (STACK.md: ~480k words/s).
 *
 *     "Iran sent drones to Russia" -> Iran/PROPN sent/VERB drones/NOUN to/ADP Russia/PROPN
 */
export function tagSentences(): Stage {
  return (doc) => {
    // One pass of the tagger over the candidates joined by blank lines (a call per sentence costs more
    // than the tagging itself), then each word is mapped back to its sentence.
    const parts = doc.sentences.filter((s) => s.candidate !== false).map((s) => s.span);
    const starts: number[] = [];
    let joined = "";
    for (const span of parts) {
      if (joined) joined += "\n\n";
      starts.push(joined.length);
      joined += doc.text.slice(span.start, span.end);
    }
    const tokens: Token[] = [];
    let k = 0;
    for (const t of tagText(joined)) {
      while (k + 1 < starts.length && starts[k + 1] <= t.span.start) k++;
      const shift = parts[k].start - starts[k];
      if (t.span.end - starts[k] > parts[k].end - parts[k].start) continue;
      tokens.push({ ...t, span: { start: t.span.start + shift, end: t.span.end + shift } });
    }
    doc.tokens = tokens;
  };
}

/** The tagged words of one text, their spans shifted by `offset` (the text's start in the document). */
export function tagText(text: string, offset = 0): Token[] {
  shared ??= winkNLP(model, ["pos"]);
  const its = shared.its;
  const tagged = shared.readDoc(text).tokens();
  const values = tagged.out(its.value) as string[];
  const tags = tagged.out(its.pos) as string[];
  const lemmas = tagged.out(its.lemma as unknown as typeof its.value) as string[];
  const out: Token[] = [];
  // wink keeps the words as written but not their offsets: find each one after the last.
  let at = 0;
  values.forEach((value, i) => {
    const found = text.indexOf(value, at);
    if (found < 0 || found - at > 40) return;
    at = found + value.length;
    out.push({ span: { start: offset + found, end: offset + at }, pos: hedgedGerund(values, tags, i) ? "VERB" : tags[i], lemma: (lemmas[i] ?? value).toLowerCase() });
  });
  return out;
}

/**
 * "Iran is very likely supplying the Houthis": an -ing form the tagger reads as a noun after a word of likelihood
 * (chunks.json hedgedGerundBefore) that follows an auxiliary, with at most one adverb between, is the clause's verb.
 */
function hedgedGerund(values: readonly string[], tags: readonly string[], i: number): boolean {
  if (tags[i] !== "NOUN" || !/ing$/i.test(values[i]) || !hedges.has(values[i - 1]?.toLowerCase() ?? "")) return false;
  return tags[i - 2] === "AUX" || (tags[i - 2] === "ADV" && tags[i - 3] === "AUX");
}

import { knowledge } from "./knowledge.js";

/** Words and word pairs of a sentence, for comparing two retellings of one statement. */
function features(text: string): Set<string> {
  const words = text.toLowerCase().match(/[\p{L}\p{N}%]+/gu) ?? [];
  const out = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    if (!knowledge.stopwords.has(words[i])) out.add(words[i]);
    if (i > 0) out.add(`${words[i - 1]} ${words[i]}`);
  }
  return out;
}

/**
 * How alike two evidence sentences read (0..1): Jaccard over words and word pairs, so shared phrasing
 * ("due to shortages of raw materials") weighs more than shared vocabulary.
 * `evidenceSimilarity("a b c", "a b c")` → 1
 */
export function evidenceSimilarity(a: string, b: string): number {
  const fa = features(a), fb = features(b);
  if (fa.size === 0 || fb.size === 0) return 0;
  let shared = 0;
  for (const f of fa) if (fb.has(f)) shared++;
  return shared / (fa.size + fb.size - shared);
}

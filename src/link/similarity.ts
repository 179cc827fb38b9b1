import { knowledge } from "./knowledge.js";

const cache = new Map<string, Set<string>>();
const CACHE_SIZE = 4_000;

/** Words and word pairs of a sentence (cached: one sentence is compared with many). */
function features(text: string): Set<string> {
  let f = cache.get(text);
  if (!f) {
    if (cache.size >= CACHE_SIZE) cache.clear(); // bounded: memory must not grow with the corpus
    f = computeFeatures(text);
    cache.set(text, f);
  }
  return f;
}

function computeFeatures(text: string): Set<string> {
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

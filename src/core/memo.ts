/**
 * A remembered answer: `remembered(cache, key, compute)` gives `cache`'s value for `key`, computing and keeping it
 * the first time. The cache is emptied when it reaches `limit` entries, so memory stays bounded however many keys
 * a long run meets (linking asks for the same few names, bodies and sources over and over).
 */
export function remembered<T>(cache: Map<string, T>, key: string, compute: (key: string) => T, limit = 20_000): T {
  // (One lookup where the answer is kept: a key is a sentence or a clause, and each lookup hashes and compares it.)
  const kept = cache.get(key);
  if (kept !== undefined || cache.has(key)) return kept as T;
  if (cache.size >= limit) cache.clear();
  const value = compute(key);
  cache.set(key, value);
  return value;
}

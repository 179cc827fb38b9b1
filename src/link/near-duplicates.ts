// MinHash over word shingles, with LSH bands so a store finds a page's near-duplicates by equal band keys.
// Hand-written (about 40 lines): the npm MinHash packages are unkept or pull in large hashing stacks.

const HASHES = 64;
const ROWS = 3;
const BANDS = Math.floor(HASHES / ROWS); // 21 bands of 3 rows: pages with Jaccard ≥ 0.6 share a band with probability > 0.99
const SHINGLE = 4;
/** Estimated Jaccard similarity from which two pages are near-duplicates (the same wire story, lightly edited). */
export const NEAR_DUPLICATE = 0.5;

const SEEDS = Array.from({ length: HASHES }, (_, i) => mix32(0x9e3779b9 ^ (i * 0x85ebca6b)));

function mix32(x: number): number {
  x = Math.imul(x ^ (x >>> 16), 0x7feb352d);
  x = Math.imul(x ^ (x >>> 15), 0x846ca68b);
  return (x ^ (x >>> 16)) >>> 0;
}

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Whether a text is long enough to judge as a copy of another (a few words say nothing). */
export function longEnough(text: string): boolean {
  return (text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0) >= 3 * SHINGLE;
}

/** The MinHash signature of a text: 64 minima of seeded hashes over its 4-word shingles. */
export function minhash(text: string): number[] {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const sig = new Array<number>(HASHES).fill(0xffffffff);
  const n = Math.max(1, words.length - SHINGLE + 1);
  for (let i = 0; i < n; i++) {
    const h = fnv1a(words.slice(i, i + SHINGLE).join(" "));
    for (let k = 0; k < HASHES; k++) {
      const v = mix32(h ^ SEEDS[k]);
      if (v < sig[k]) sig[k] = v;
    }
  }
  return sig;
}

/** Estimated Jaccard similarity of two signatures: the share of equal minima. */
export function similarity(a: readonly number[], b: readonly number[]): number {
  let same = 0;
  for (let k = 0; k < HASHES; k++) if (a[k] === b[k]) same++;
  return same / HASHES;
}

/** The LSH band keys of a signature: pages that share one are near-duplicate candidates. */
export function bandKeys(sig: readonly number[]): string[] {
  const out: string[] = [];
  for (let b = 0; b < BANDS; b++) out.push(`${b}:${sig.slice(b * ROWS, (b + 1) * ROWS).map((v) => v.toString(36)).join(".")}`);
  return out;
}

/**
 * Groups near-duplicate texts: returns, for each id, the id of its group (the first member in input
 * order), or null where it has no near-duplicate. Texts too short to shingle are never grouped.
 */
export function groupNearDuplicates(texts: ReadonlyMap<string, string>): Map<string, string | null> {
  const sigs = new Map<string, number[]>();
  const byBand = new Map<string, string[]>();
  const group = new Map<string, string | null>();
  for (const [id, text] of texts) {
    const sig = minhash(text);
    sigs.set(id, sig);
    group.set(id, null);
    let found: string | null = null;
    for (const key of bandKeys(sig)) {
      for (const other of byBand.get(key) ?? []) {
        if (!found && similarity(sig, sigs.get(other)!) >= NEAR_DUPLICATE) found = other;
      }
      byBand.set(key, [...(byBand.get(key) ?? []), id]);
    }
    if (found && longEnough(text)) {
      const g = group.get(found) ?? found;
      group.set(found, g);
      group.set(id, g);
    }
  }
  return group;
}

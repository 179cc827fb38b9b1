/**
 * A short-lived memo for the reads that aggregate the whole ledger (flows with sparklines, sources):
 * on a large ledger they take seconds, and a dashboard asks for them on every visit. Writes through
 * this server clear it; writes by another process (`armsflow ingest`) show after `ttlMs` at most.
 * Hand-written: a Map with expiry is all it needs; concurrent misses share one computation.
 */
export class ReadCache {
  private readonly entries = new Map<string, { at: number; value: Promise<unknown> }>();

  /** `maxEntries`: the most kept at once (filtered lists have a key per filter); the oldest go first. */
  constructor(private readonly ttlMs: number, private readonly now: () => number = Date.now, private readonly maxEntries = 64) {}

  get<T>(key: string, compute: () => Promise<T>): Promise<T> {
    const hit = this.entries.get(key);
    if (hit && this.now() - hit.at < this.ttlMs) return hit.value as Promise<T>;
    const value = compute();
    this.entries.delete(key);
    this.entries.set(key, { at: this.now(), value });
    this.prune();
    value.catch(() => this.entries.delete(key)); // a failure is never remembered
    return value;
  }

  /** Drops what has expired, then the oldest entries past `maxEntries` (a Map keeps insertion order). */
  private prune(): void {
    const now = this.now();
    for (const [key, entry] of this.entries) if (now - entry.at >= this.ttlMs) this.entries.delete(key);
    for (const key of this.entries.keys()) {
      if (this.entries.size <= this.maxEntries) break;
      this.entries.delete(key);
    }
  }

  clear(): void {
    this.entries.clear();
  }
}

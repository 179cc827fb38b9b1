/**
 * A short-lived memo for the reads that aggregate the whole ledger (flows with sparklines, sources):
 * on a large ledger they take seconds, and a dashboard asks for them on every visit. Writes through
 * this server clear it; writes by another process (`armsflow ingest`) show after `ttlMs` at most.
 * Hand-written: a Map with expiry is all it needs; concurrent misses share one computation.
 */
export class ReadCache {
  private readonly entries = new Map<string, { at: number; value: Promise<unknown> }>();

  constructor(private readonly ttlMs: number, private readonly now: () => number = Date.now) {}

  get<T>(key: string, compute: () => Promise<T>): Promise<T> {
    const hit = this.entries.get(key);
    if (hit && this.now() - hit.at < this.ttlMs) return hit.value as Promise<T>;
    const value = compute();
    this.entries.set(key, { at: this.now(), value });
    value.catch(() => this.entries.delete(key)); // a failure is never remembered
    return value;
  }

  clear(): void {
    this.entries.clear();
  }
}

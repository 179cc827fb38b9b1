import type { Store } from "../store/store.js";

/**
 * A short-lived memo for the reads that aggregate the whole ledger (flows with sparklines, sources):
 * on a large ledger they take seconds, and a dashboard asks for them on every visit. Writes through
 * this server clear it; writes by another process (`armsflow ingest`) show after `ttlMs` at most.
 * Hand-written: a Map with expiry is all it needs; concurrent misses share one computation.
 *
 * `stamped` keeps what is worth keeping as long as the ledger is unchanged (a flow's estimate, the sources'
 * grades): each entry holds the ledger's stamp (`ledgerStamp`) it was computed at, and is used only while
 * the stamp is the same, whatever `ttlMs` (0 included): it is never older than the ledger it is read with.
 */
export class ReadCache {
  private readonly entries = new Map<string, { at: number; value: Promise<unknown> }>();
  private readonly byStamp = new Map<string, { stamp: string; value: Promise<unknown> }>();

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
    evictOldest(this.entries, this.maxEntries);
  }

  /** The value kept for `key` if it was computed at this `stamp`, else computed now (and kept, the oldest going first). */
  stamped<T>(key: string, stamp: string, compute: () => Promise<T>): Promise<T> {
    const hit = this.byStamp.get(key);
    this.byStamp.delete(key);
    if (hit && hit.stamp === stamp) {
      this.byStamp.set(key, hit); // the latest used goes last: the least used go first
      return hit.value as Promise<T>;
    }
    const entry = { stamp, value: compute() as Promise<unknown> };
    this.byStamp.set(key, entry);
    evictOldest(this.byStamp, this.maxEntries * 2);
    entry.value.catch(() => {
      if (this.byStamp.get(key) === entry) this.byStamp.delete(key); // a failure is never remembered
    });
    return entry.value as Promise<T>;
  }

  clear(): void {
    this.entries.clear();
    this.byStamp.clear();
  }
}

/** Deletes the first-inserted keys of `map` (a Map keeps insertion order) until it holds at most `max`. */
function evictOldest(map: Map<string, unknown>, max: number): void {
  for (const key of map.keys()) {
    if (map.size <= max) break;
    map.delete(key);
  }
}

/**
 * What the ledger is now, in one string that changes with every write: how many documents it has and which was
 * ingested last (a new report or version is the newest; a removal lowers the count). Two indexed reads.
 */
export async function ledgerStamp(store: Store): Promise<string> {
  const [count, newest] = await Promise.all([store.countDocuments(), store.listDocuments({ newest: true, limit: 1 })]);
  return `${count}|${newest[0]?.key ?? ""}|${newest[0]?.ingested_at ?? ""}`;
}

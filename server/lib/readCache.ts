/**
 * A short-lived cache for reads many people make alike (the catalogue page of a role, a thread's
 * newest messages). Entries live `ttlMs` at most; `invalidate` drops them at once when this process
 * writes what they show, and a read that was under way during an invalidation is not kept. Writes
 * made by another instance show here within `ttlMs`. Concurrent misses for one key share one load.
 */
export class ReadCache<V> {
  private entries = new Map<string, { value: Promise<V>; at: number }>();
  private generation = 0;

  constructor(
    private readonly ttlMs = 2_000,
    private readonly maxEntries = 1_000,
  ) {}

  get(key: string, load: () => Promise<V>): Promise<V> {
    const hit = this.entries.get(key);
    if (hit && Date.now() - hit.at < this.ttlMs) return hit.value;
    const generation = this.generation;
    const value = load();
    const entry = { value, at: Date.now() };
    this.entries.set(key, entry);
    if (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    const forget = () => {
      if (this.entries.get(key) === entry) this.entries.delete(key);
    };
    value.then(() => generation !== this.generation && forget(), forget);
    return value;
  }

  /** Drops the entries whose key starts with `prefix` (all of them without one). */
  invalidate(prefix?: string): void {
    this.generation++;
    if (prefix === undefined) return this.entries.clear();
    for (const key of this.entries.keys()) if (key.startsWith(prefix)) this.entries.delete(key);
  }
}

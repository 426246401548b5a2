/**
 * Ordered result pages for recent queries, valid while the index version is unchanged. Library
 * searches repeat a lot (search-as-you-type, "load more", popular words); a hit skips matching and
 * ordering entirely. Only viewer-independent queries are cached (the caller decides).
 */
export class ResultCache<V> {
  private entries = new Map<string, { version: number; value: V }>();

  constructor(private readonly capacity = 500) {}

  get(key: string, version: number): V | undefined {
    const e = this.entries.get(key);
    if (!e) return undefined;
    this.entries.delete(key);
    if (e.version !== version) return undefined;
    this.entries.set(key, e);
    return e.value;
  }

  set(key: string, version: number, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, { version, value });
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
  }
}

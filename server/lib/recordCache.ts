/**
 * A short-lived cache of small records by id (people's names, the names of audited items), for
 * pages that name many of them: one query for the ids not held, none when all are. Entries live
 * `ttlMs` at most; `invalidate` drops them at once when this process writes what they hold, and a
 * read that was under way during an invalidation is not kept. Ids the load does not find (deleted
 * items) are not kept either, so they are looked for again.
 */
export class RecordCache<V> {
  private entries = new Map<string, { value: V; at: number }>();
  private generation = 0;

  constructor(
    private readonly ttlMs = 2_000,
    private readonly maxEntries = 20_000,
  ) {}

  async getMany(
    ids: Iterable<string>,
    load: (missing: string[]) => Promise<Iterable<[string, V]>>,
  ): Promise<Map<string, V>> {
    const found = new Map<string, V>();
    const missing: string[] = [];
    const now = Date.now();
    for (const id of new Set(ids)) {
      const hit = this.entries.get(id);
      if (hit && now - hit.at < this.ttlMs) found.set(id, hit.value);
      else missing.push(id);
    }
    if (missing.length === 0) return found;
    const generation = this.generation;
    for (const [id, value] of await load(missing)) {
      found.set(id, value);
      if (generation === this.generation) this.entries.set(id, { value, at: now });
    }
    if (this.entries.size > this.maxEntries) this.entries.clear();
    return found;
  }

  /** Drops one id's entry (every entry without one). */
  invalidate(id?: string | null): void {
    this.generation++;
    if (id) this.entries.delete(id);
    else this.entries.clear();
  }
}

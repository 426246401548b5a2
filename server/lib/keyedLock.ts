/**
 * Runs tasks one at a time per key within this process. FerretDB v1 (SQLite) does not apply
 * concurrent `findAndModify`/`$inc` atomically (measured: 50 parallel `$inc` on one document left
 * the counter at 7), so read-modify-write sequences that must not interleave go through here; across
 * processes a unique index still has the last word.
 */
export class KeyedLock {
  private tails = new Map<string, Promise<unknown>>();

  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    const result = previous.then(task, task);
    const tail = result.catch(() => undefined);
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return result;
  }
}

import type { Types } from 'mongoose';
import type { Logger } from '../../logger';
import { SearchChange } from '../../models/SearchChange';

const OVERLAP_MS = 10_000;
const KEEP_MS = 60 * 60_000;

/**
 * Keeps several app instances' search indexes in step: each write is recorded in the small
 * `searchchanges` collection, and every instance polls it for changes made elsewhere. Polling
 * re-reads a 10-second overlap (ids from different processes are not strictly ordered) and skips
 * changes it has already applied; entries older than an hour are deleted.
 */
export class SearchChangeFeed {
  private seen = new Map<string, number>();
  private since = Date.now();
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> = Promise.resolve();
  private lastCleanup = Date.now();

  constructor(
    private readonly apply: (documentId: Types.ObjectId) => Promise<unknown>,
    private readonly log: Logger,
  ) {}

  /** Records a local write (already applied here, so this instance will not re-apply it). */
  async record(documentId: Types.ObjectId): Promise<void> {
    const change = await SearchChange.create({ documentId });
    this.seen.set(String(change._id), Date.now());
  }

  start(everyMs: number): void {
    this.since = Date.now();
    this.timer = setInterval(() => {
      this.running = this.running
        .then(async () => {
          await this.poll();
        })
        .catch((err) => this.log.warn({ err }, 'search change poll failed'));
    }, everyMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  /** Applies changes made by other instances since the last poll. */
  async poll(): Promise<number> {
    const now = Date.now();
    const changes = await SearchChange.find({ at: { $gte: new Date(this.since - OVERLAP_MS) } }).lean();
    let applied = 0;
    for (const c of changes) {
      const key = String(c._id);
      if (this.seen.has(key)) continue;
      this.seen.set(key, now);
      await this.apply(c.documentId);
      applied++;
    }
    this.since = now;
    for (const [key, at] of this.seen) if (now - at > OVERLAP_MS * 6) this.seen.delete(key);
    if (now - this.lastCleanup > KEEP_MS / 6) {
      this.lastCleanup = now;
      await SearchChange.deleteMany({ at: { $lt: new Date(now - KEEP_MS) } });
    }
    return applied;
  }
}

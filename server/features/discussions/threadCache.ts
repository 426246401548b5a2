import type { ThreadRecord } from '../../models/Thread';
import { loadThread } from './threads';

const FRESH_MS = 2_000;
const MAX_ENTRIES = 5_000;

/**
 * Thread records for socket events (send, edit, typing), shared by all sockets of this process and
 * re-read at most every two seconds: a busy thread's senders would otherwise each pay a database
 * round trip per message. A lock or unlock made here applies at once (`invalidate`, on
 * `thread.changed`); one made by another instance within two seconds. Joins read the thread afresh
 * (they report its last seq).
 */
export class ThreadCache {
  private entries = new Map<string, { thread: ThreadRecord; at: number }>();
  /** Bumped by invalidate: a read that started before it does not store its (older) result. */
  private generation = 0;

  async get(id: string): Promise<ThreadRecord> {
    const entry = this.entries.get(id);
    if (entry && Date.now() - entry.at < FRESH_MS) return entry.thread;
    const generation = this.generation;
    const thread = await loadThread(id);
    if (generation !== this.generation) return thread;
    if (this.entries.size >= MAX_ENTRIES) this.entries.clear();
    this.entries.set(id, { thread, at: Date.now() });
    return thread;
  }

  invalidate(id: string): void {
    this.generation++;
    this.entries.delete(id);
  }
}

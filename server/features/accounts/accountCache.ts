import mongoose from 'mongoose';
import { onEveryInstance } from '../../events';
import { User, type UserRecord } from '../../models/User';

/** How long a request may act on the account record read for an earlier one. */
const FRESH_MS = 2_000;

/** What a session stores of its user: `{id, v}`, v being the `sessionVersion` it began with. */
type SessionUser = { id?: unknown; v?: unknown } | null | undefined;

/**
 * The rule every session is held to, over HTTP and on sockets: an active account whose
 * `sessionVersion` is the one the session began with (a password change or reset, or a suspension,
 * bumps it and so ends every session begun before).
 */
export const sessionHolds = (user: UserRecord | null, v: unknown): user is UserRecord =>
  !!user && user.status === 'active' && user.sessionVersion === v;
const MAX_ENTRIES = 10_000;

interface Entry {
  user: Promise<UserRecord | null>;
  at: number;
}

/**
 * The account records of signed-in users, read from the database at most every two seconds per
 * user instead of on every request. Any write to an account in this process (role, status,
 * password, name; see the hooks in models/User.ts) drops the copy at once; one made by another
 * instance applies within two seconds. Concurrent requests of one user share one read.
 */
class AccountCache {
  private entries = new Map<string, Entry>();

  constructor() {
    onEveryInstance('user.changed', (id) => this.invalidate(id));
  }

  invalidate(userId: string | null): void {
    if (userId) this.entries.delete(userId);
    else this.entries.clear();
  }

  /**
   * The account a session (its stored `{id, v}`) belongs to, or null when the session no longer
   * holds: account gone or suspended, or the session's version is stale.
   */
  async forSession(session: SessionUser): Promise<UserRecord | null> {
    const id = session?.id;
    if (typeof id !== 'string' || !mongoose.isValidObjectId(id)) return null;
    const user = await this.get(id);
    return sessionHolds(user, session!.v) ? user : null;
  }

  get(userId: string): Promise<UserRecord | null> {
    const hit = this.entries.get(userId);
    if (hit && Date.now() - hit.at < FRESH_MS) return hit.user;
    const user = User.findById(userId).lean<UserRecord>().exec();
    const entry = { user, at: Date.now() };
    this.entries.set(userId, entry);
    if (this.entries.size > MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
    // A write while the read is under way drops the entry (invalidate), so later requests read
    // again; a read that failed is not kept either.
    user.catch(() => {
      if (this.entries.get(userId) === entry) this.entries.delete(userId);
    });
    return user;
  }
}

export const accountCache = new AccountCache();

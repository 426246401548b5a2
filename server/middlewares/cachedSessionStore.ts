import MongoStore from 'connect-mongo';
import type { SessionData } from 'express-session';

/** How long a request may use the session read for an earlier one. */
const FRESH_MS = 2_000;
const MAX_ENTRIES = 10_000;

type Callback<T> = (err: unknown, value?: T | null) => void;

/**
 * connect-mongo's store, keeping each session it read or wrote for two seconds so that a signed-in
 * reader's requests do not each cost a database round trip. Writes and deletes made here update or
 * drop the copy at once; a sign-out through another instance applies here within two seconds.
 * Callers get their own copy (express-session changes the object it is given).
 */
export class CachedMongoStore extends MongoStore {
  private recent = new Map<string, { sess: SessionData; at: number }>();
  private touchAfterMs: number;

  constructor(options: ConstructorParameters<typeof MongoStore>[0]) {
    super(options);
    this.touchAfterMs = (options.touchAfter ?? 0) * 1000;
  }

  private remember(sid: string, sess: SessionData) {
    this.recent.delete(sid);
    this.recent.set(sid, { sess: structuredClone(sess), at: Date.now() });
    if (this.recent.size > MAX_ENTRIES) this.recent.delete(this.recent.keys().next().value!);
  }

  override get(sid: string, callback: Callback<SessionData>): void {
    const hit = this.recent.get(sid);
    if (hit && Date.now() - hit.at < FRESH_MS) return callback(null, structuredClone(hit.sess));
    super.get(sid, (err, sess) => {
      if (!err && sess) this.remember(sid, sess);
      else this.recent.delete(sid);
      callback(err, sess);
    });
  }

  override set(sid: string, sess: SessionData, callback?: (err: unknown) => void): void {
    this.recent.delete(sid);
    super.set(sid, sess, callback);
  }

  override touch(
    sid: string,
    sess: SessionData & { lastModified?: Date },
    callback?: (err: unknown) => void,
  ): void {
    // express-session touches after every request; connect-mongo writes only once per touchAfter.
    // The copy kept here learns of that write, so the requests that follow do not write again.
    const hit = this.recent.get(sid);
    const last = (hit?.sess as { lastModified?: Date } | undefined)?.lastModified ?? sess.lastModified;
    if (last && Date.now() - last.getTime() < this.touchAfterMs) return callback?.(null);
    if (hit) (hit.sess as { lastModified?: Date }).lastModified = new Date();
    super.touch(sid, sess, callback);
  }

  override destroy(sid: string, callback?: (err: unknown) => void): void {
    this.recent.delete(sid);
    super.destroy(sid, callback);
  }
}

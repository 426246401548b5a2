import { activeAccount } from '../features/discussions/viewers';

/** How long a socket may act on the account record it read last. */
const FRESH_MS = 2_000;

/**
 * The signed-in user behind each socket event, re-read from the database at most every two seconds
 * instead of on every event (each read costs the sender's message a database round trip). A role
 * change or suspension in this process takes effect at once: `invalidate` makes every socket of that
 * user read again; one made by another instance takes effect within two seconds (and a suspension
 * also disconnects the sockets through the Socket.IO adapter).
 */
export class ViewerCache {
  private epochs = new Map<string, number>();

  invalidate(userId: string): void {
    this.epochs.set(userId, (this.epochs.get(userId) ?? 0) + 1);
  }

  /** A loader for one socket's user: cached per socket, checked against the user's epoch. */
  forSocket(userId: string): () => Promise<Express.User> {
    let cached: { user: Express.User; at: number; epoch: number } | null = null;
    return async () => {
      const epoch = this.epochs.get(userId) ?? 0;
      if (cached && cached.epoch === epoch && Date.now() - cached.at < FRESH_MS) return cached.user;
      cached = null;
      const user = await activeAccount(userId);
      cached = { user, at: Date.now(), epoch };
      return user;
    };
  }
}

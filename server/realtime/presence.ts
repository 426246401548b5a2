import type { PresenceUser } from '@shared/realtime';

/** Who is viewing each thread right now (a user with two tabs open counts once). */
export class Presence {
  private threads = new Map<string, Map<string, { name: string; sockets: number }>>();

  add(threadId: string, user: PresenceUser): PresenceUser[] {
    const viewers = this.threads.get(threadId) ?? new Map<string, { name: string; sockets: number }>();
    const v = viewers.get(user.id);
    viewers.set(user.id, { name: user.name, sockets: (v?.sockets ?? 0) + 1 });
    this.threads.set(threadId, viewers);
    return this.list(threadId);
  }

  remove(threadId: string, userId: string): PresenceUser[] {
    const viewers = this.threads.get(threadId);
    const v = viewers?.get(userId);
    if (viewers && v) {
      if (v.sockets > 1) v.sockets--;
      else viewers.delete(userId);
      if (viewers.size === 0) this.threads.delete(threadId);
    }
    return this.list(threadId);
  }

  list(threadId: string): PresenceUser[] {
    return [...(this.threads.get(threadId) ?? new Map()).entries()].map(([id, v]) => ({ id, name: v.name }));
  }
}

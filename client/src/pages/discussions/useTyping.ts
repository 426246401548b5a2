import { useCallback, useEffect, useRef, useState } from 'react';
import type { PresenceUser } from '@shared/realtime';
import type { AppSocket } from '../../hooks/socketStore';
import { emitEvent, onServerEvent } from '../../hooks/socketEmit';
import { i18n, intlLocale } from '../../i18n';

const SEND_EVERY = 2_000;
const SHOW_FOR = 4_000;

/**
 * Typing indicators for one thread: `notifyTyping` emits `typing` at most every 2 s, and `typers`
 * lists the other people who typed within the last 4 s.
 */
export function useTyping(socket: AppSocket | null, threadId: string, myId: string | undefined) {
  const [typers, setTypers] = useState<PresenceUser[]>([]);
  const timers = useRef(new Map<string, ReturnType<typeof setTimeout>>());
  const lastSent = useRef(0);

  useEffect(() => {
    if (!socket) return;
    const active = timers.current;
    // The payload is checked against the event's schema before it reaches this (see onServerEvent).
    const offTyping = onServerEvent(socket, 'typing', (p) => {
      if (p.threadId !== threadId || p.user.id === myId) return;
      const { user } = p;
      clearTimeout(active.get(user.id));
      setTypers((list) => (list.some((u) => u.id === user.id) ? list : [...list, user]));
      active.set(
        user.id,
        setTimeout(() => {
          active.delete(user.id);
          setTypers((list) => list.filter((u) => u.id !== user.id));
        }, SHOW_FOR),
      );
    });
    return () => {
      offTyping();
      active.forEach((t) => clearTimeout(t));
      active.clear();
      setTypers([]);
    };
  }, [socket, threadId, myId]);

  const notifyTyping = useCallback(() => {
    const now = Date.now();
    if (!socket?.connected || now - lastSent.current < SEND_EVERY) return;
    lastSent.current = now;
    emitEvent(socket, 'typing', { threadId });
  }, [socket, threadId]);

  return { typers, notifyTyping };
}

/** "Maya is typing…", "Maya and Ali are typing…" or nothing, in the reader's language. */
export function typingText(typers: PresenceUser[]): string {
  if (typers.length === 0) return '';
  const names = new Intl.ListFormat(intlLocale(), { type: 'conjunction' }).format(typers.map((u) => u.name));
  return i18n.t('discussions:live.typing', { count: typers.length, names });
}

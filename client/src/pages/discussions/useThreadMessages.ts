import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { Mentionable, MessageDto } from '@shared/schemas/thread';
import type { PresenceUser } from '@shared/realtime';
import { listMessages, markThreadRead } from '../../api/threads';
import { useSocket } from '../../hooks/useSocket';
import { i18n } from '../../i18n';
import type { UserDto } from '@shared/schemas/auth';
import { AckError, emitEvent, emitWithAck, onServerEvent } from '../../hooks/socketEmit';
import { maxSeqOf, mergeMessages, minSeqOf, newClientId, type LocalMessage } from './messageList';

const PAGE = 50;

/**
 * The messages of one thread, kept live over the socket: joins the thread's room while mounted,
 * applies new, edited and deleted messages, catches up after a reconnect and sends optimistically.
 */
export function useThreadMessages(threadId: string, user: UserDto | null) {
  const { socket, state } = useSocket();
  const queryClient = useQueryClient();
  const [messages, setMessages] = useState<LocalMessage[]>([]);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [loaded, setLoaded] = useState(false);
  const [hasEarlier, setHasEarlier] = useState(false);
  const [loadingEarlier, setLoadingEarlier] = useState(false);
  const [presence, setPresence] = useState<PresenceUser[]>([]);
  const listRef = useRef(messages);
  useLayoutEffect(() => {
    listRef.current = messages;
  }, [messages]);
  const loadedRef = useRef(false);
  const joinedRef = useRef(false);

  const apply = useCallback((incoming: MessageDto[]) => {
    setMessages((list) => mergeMessages(list, incoming));
  }, []);

  const resync = useCallback(async () => {
    if (!socket) return;
    try {
      const afterSeq = maxSeqOf(listRef.current);
      const res = await emitWithAck(socket, 'thread:resync', { threadId, afterSeq });
      apply(res.messages);
    } catch {
      // The next reconnect tries again; the list stays as it is.
    }
  }, [socket, threadId, apply]);
  const resyncRef = useRef(resync);
  useEffect(() => {
    resyncRef.current = resync;
  }, [resync]);

  // The newest messages over HTTP (the page is keyed by thread, so this runs once per thread).
  const [reloadKey, setReloadKey] = useState(0);
  useEffect(() => {
    const controller = new AbortController();
    listMessages(threadId, { limit: PAGE }, controller.signal).then(
      (items) => {
        apply(items);
        setHasEarlier(items.length === PAGE && (items[0]?.seq ?? 1) > 1);
        setLoaded(true);
        loadedRef.current = true;
        if (joinedRef.current) void resyncRef.current();
      },
      (err: unknown) => {
        if (!controller.signal.aborted) setLoadError(err);
      },
    );
    return () => controller.abort();
  }, [threadId, apply, reloadKey]);

  // Join the room whenever the socket is (again) connected; leave on unmount.
  useEffect(() => {
    if (!socket || state !== 'connected') return;
    let active = true;
    void emitWithAck(socket, 'thread:join', { threadId })
      .then((res) => {
        if (!active) return;
        joinedRef.current = true;
        setPresence(res.presence);
        if (loadedRef.current) void resync();
      })
      .catch(() => undefined);
    return () => {
      active = false;
      joinedRef.current = false;
      if (socket.connected) emitEvent(socket, 'thread:leave', { threadId });
    };
  }, [socket, state, threadId, resync]);

  // Server events for this thread.
  useEffect(() => {
    if (!socket) return;
    // Each payload is checked against its event's schema before it reaches these (see onServerEvent).
    const onMessage = (message: MessageDto) => {
      if (message.threadId === threadId) apply([message]);
    };
    const offs = [
      onServerEvent(socket, 'message:new', onMessage),
      onServerEvent(socket, 'message:updated', onMessage),
      onServerEvent(socket, 'message:deleted', onMessage),
      onServerEvent(socket, 'presence', (p) => {
        if (p.threadId === threadId) setPresence(p.users);
      }),
    ];
    return () => offs.forEach((off) => off());
  }, [socket, threadId, apply]);

  // Mark read up to the highest seq while the page is visible.
  const maxSeq = maxSeqOf(messages);
  const readRef = useRef(0);
  useEffect(() => {
    if (!user || maxSeq <= readRef.current) return;
    const mark = () => {
      if (document.visibilityState !== 'visible' || maxSeq <= readRef.current) return;
      readRef.current = maxSeq;
      markThreadRead(threadId, maxSeq).then(
        () => void queryClient.invalidateQueries({ queryKey: ['threads'] }),
        () => {
          readRef.current = 0;
        },
      );
    };
    mark();
    document.addEventListener('visibilitychange', mark);
    return () => document.removeEventListener('visibilitychange', mark);
  }, [user, maxSeq, threadId, queryClient]);

  const loadEarlier = useCallback(async () => {
    const before = minSeqOf(listRef.current);
    if (!before) return;
    setLoadingEarlier(true);
    try {
      const items = await listMessages(threadId, { before, limit: PAGE });
      apply(items);
      setHasEarlier(items.length === PAGE && (items[0]?.seq ?? 1) > 1);
    } catch (err) {
      setLoadError(err);
    } finally {
      setLoadingEarlier(false);
    }
  }, [threadId, apply]);

  const deliver = useCallback(
    async (pending: LocalMessage) => {
      try {
        const res = await emitWithAck(socket, 'message:send', {
          threadId,
          clientId: pending.clientId,
          body: pending.body,
          ...(pending.replyTo ? { replyTo: pending.replyTo.id } : {}),
          ...(pending.mentions.length ? { mentions: pending.mentions.map((m) => m.id) } : {}),
        });
        apply([res.message]);
      } catch (err) {
        const error = err instanceof AckError ? err.message : i18n.t('discussions:message.couldNotSend');
        setMessages((list) =>
          list.map((m) =>
            m.status && m.clientId === pending.clientId ? { ...m, status: 'failed', error } : m,
          ),
        );
      }
    },
    [socket, threadId, apply],
  );

  const send = useCallback(
    (body: string, replyTo: MessageDto | null, mentions: Mentionable[] = []) => {
      const clientId = newClientId();
      const pending: LocalMessage = {
        id: `local-${clientId}`,
        threadId,
        seq: 0,
        author: user ? { id: user.id, name: user.name } : null,
        body,
        bodyHtml: '',
        clientId,
        replyTo: replyTo
          ? {
              id: replyTo.id,
              seq: replyTo.seq,
              author: replyTo.author?.name ?? null,
              excerpt: replyTo.body.slice(0, 120),
            }
          : null,
        createdAt: new Date().toISOString(),
        editedAt: null,
        editCount: 0,
        deleted: false,
        mentions: mentions.map((m) => ({ id: m.id, name: m.name })),
        status: 'sending',
      };
      setMessages((list) => [...list, pending]);
      void deliver(pending);
    },
    [threadId, user, deliver],
  );

  const retry = useCallback(
    (clientId: string) => {
      const pending = listRef.current.find((m) => m.status && m.clientId === clientId);
      if (!pending) return;
      setMessages((list) =>
        list.map((m) => (m === pending ? { ...m, status: 'sending', error: undefined } : m)),
      );
      void deliver(pending);
    },
    [deliver],
  );

  const edit = useCallback(
    async (messageId: string, body: string) => {
      const res = await emitWithAck(socket, 'message:edit', { messageId, body });
      apply([res.message]);
    },
    [socket, apply],
  );

  const remove = useCallback(
    async (messageId: string) => {
      const res = await emitWithAck(socket, 'message:delete', { messageId });
      apply([res.message]);
    },
    [socket, apply],
  );

  return {
    socket,
    messages,
    loaded,
    loadError,
    reload: () => {
      setLoadError(null);
      setReloadKey((k) => k + 1);
    },
    hasEarlier,
    loadingEarlier,
    loadEarlier,
    presence,
    send,
    retry,
    edit,
    remove,
  };
}

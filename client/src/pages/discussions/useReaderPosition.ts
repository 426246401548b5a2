import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { maxSeqOf, type LocalMessage } from './messageList';

/** Whether an element scrolls by itself (a boxed log), rather than with the page (phones). */
const scrollsItself = (el: HTMLElement) => el.scrollHeight > el.clientHeight + 1;

/**
 * Keeps the reader where they are in a live message log. The log opens at its newest message;
 * afterwards it follows new messages only while the reader is at the end (or when they send one
 * themselves). Otherwise the position stays put, a "new messages" divider marks the first arrival
 * and `unseen` counts them for a jump button. Loading earlier messages keeps the position too.
 */
export function useReaderPosition(messages: LocalMessage[], myId: string | undefined) {
  const logRef = useRef<HTMLDivElement>(null);
  const endRef = useRef<HTMLDivElement>(null);
  const atEnd = useRef(true);
  const [endVisible, setEndVisible] = useState(true);
  const [dividerSeq, setDividerSeq] = useState<number | null>(null);
  const [unseen, setUnseen] = useState(0);
  const seen = useRef({ started: false, maxSeq: 0, firstId: '', height: 0, pending: new Set<string>() });

  const scrollToEnd = useCallback(() => {
    const log = logRef.current;
    if (!log) return;
    if (scrollsItself(log)) log.scrollTop = log.scrollHeight;
    else endRef.current?.scrollIntoView({ block: 'nearest' });
  }, []);

  useLayoutEffect(() => {
    const log = logRef.current;
    const state = seen.current;
    const maxSeq = maxSeqOf(messages);
    const firstId = messages.find((m) => !m.status)?.id ?? '';
    const pending = new Set(messages.filter((m) => m.status === 'sending').map((m) => m.clientId));
    const sentNow = [...pending].some((id) => !state.pending.has(id));
    const arrivals = messages.filter(
      (m) => !m.status && m.seq > state.maxSeq && (!myId || m.author?.id !== myId),
    );
    const prepended = state.started && firstId !== state.firstId && maxSeq === state.maxSeq;
    if (log && prepended && scrollsItself(log)) log.scrollTop += log.scrollHeight - state.height;

    if (!state.started && messages.length > 0) {
      state.started = true;
      if (log && scrollsItself(log)) log.scrollTop = log.scrollHeight;
    } else if (sentNow) {
      setDividerSeq(null);
      setUnseen(0);
      scrollToEnd();
    } else if (state.started && arrivals.length > 0) {
      if (atEnd.current) scrollToEnd();
      else {
        setDividerSeq((seq) => seq ?? arrivals[0]!.seq);
        setUnseen((n) => n + arrivals.length);
      }
    }
    Object.assign(state, { maxSeq, firstId, pending, height: log?.scrollHeight ?? 0 });
  }, [messages, myId, scrollToEnd]);

  // Whether the end of the log is on screen, inside its own box or the page. The end marker is
  // rendered with the first message.
  const hasMessages = messages.length > 0;
  useEffect(() => {
    const end = endRef.current;
    if (!end) return;
    const observer = new IntersectionObserver(([entry]) => {
      const visible = Boolean(entry?.isIntersecting);
      atEnd.current = visible;
      setEndVisible(visible);
      if (visible) setUnseen(0);
    });
    observer.observe(end);
    return () => observer.disconnect();
  }, [hasMessages]);

  return {
    logRef,
    endRef,
    dividerSeq,
    /** New messages from others below the reader's position. */
    unseen: endVisible ? 0 : unseen,
    jumpToNewest: scrollToEnd,
  };
}

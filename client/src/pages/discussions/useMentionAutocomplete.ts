import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { Mentionable } from '@shared/schemas/thread';
import { listMentionable } from '../../api/threads';
import { queryKeys } from '../../api/queryKeys';
import { useDebouncedValue } from '../../hooks/useDebouncedValue';

/** `@` followed by the start of a name, right before the caret. */
const TRIGGER = /(^|\s)@([^\s@]{0,30})$/;

/**
 * The composer's @ autocomplete: watches the text before the caret, asks the server for people who
 * may read the thread, and tracks the highlighted suggestion and the people picked so far.
 */
export function useMentionAutocomplete(threadId: string) {
  const [query, setQuery] = useState<{ text: string; start: number } | null>(null);
  const [active, setActive] = useState(0);
  const [picked, setPicked] = useState<Mentionable[]>([]);
  const debounced = useDebouncedValue(query?.text ?? null, 120);
  const suggestions = useQuery({
    queryKey: queryKeys.mentionable(threadId, debounced ?? ''),
    queryFn: ({ signal }) => listMentionable(threadId, debounced ?? '', signal),
    enabled: debounced !== null,
    staleTime: 30_000,
  });
  const items = query && debounced !== null ? (suggestions.data ?? []) : [];
  const open = items.length > 0;

  return {
    open,
    items,
    active: Math.min(active, Math.max(0, items.length - 1)),
    /** Call on every change of the text or the caret. */
    track(value: string, caret: number) {
      const m = TRIGGER.exec(value.slice(0, caret));
      setQuery(m ? { text: m[2]!, start: caret - m[2]!.length - 1 } : null);
      setActive(0);
    },
    move(step: 1 | -1) {
      setActive((i) => (items.length ? (i + step + items.length) % items.length : 0));
    },
    close: () => setQuery(null),
    /** Replaces the `@que` being typed with the full name; returns the new text and caret. */
    choose(person: Mentionable, value: string, caret: number) {
      const start = query?.start ?? caret;
      const insert = `@${person.name} `;
      setPicked((list) => (list.some((p) => p.id === person.id) ? list : [...list, person]));
      setQuery(null);
      return { value: value.slice(0, start) + insert + value.slice(caret), caret: start + insert.length };
    },
    /** The picked people still named in the text, then forget them for the next message. */
    takeMentions(text: string): Mentionable[] {
      const lower = text.toLowerCase();
      const kept = picked.filter((p) => lower.includes(`@${p.name.toLowerCase()}`));
      setPicked([]);
      return kept;
    },
  };
}

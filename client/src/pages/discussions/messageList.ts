import type { MessageDto } from '@shared/schemas/thread';

/** A message as the thread view holds it: stored, or still on its way (optimistic). */
export interface LocalMessage extends MessageDto {
  /** Set while the message is not stored yet. */
  status?: 'sending' | 'failed';
  /** Why sending failed, from the server when it refused. */
  error?: string;
}

/** A new client id: a UUID without its dashes. */
export const newClientId = () => crypto.randomUUID().replace(/-/g, '');

const order = (m: LocalMessage) => (m.status ? Number.MAX_SAFE_INTEGER : m.seq);

/**
 * Merges stored messages into the list: one entry per id, a stored message replaces the pending
 * message with its clientId, and the list stays in seq order (pending messages last).
 */
export function mergeMessages(list: LocalMessage[], incoming: MessageDto[]): LocalMessage[] {
  if (incoming.length === 0) return list;
  const ids = new Set(incoming.map((m) => m.id));
  const clientIds = new Set(incoming.map((m) => m.clientId));
  const kept = list.filter((m) => !ids.has(m.id) && !(m.status && clientIds.has(m.clientId)));
  return [...kept, ...incoming].sort((a, b) => order(a) - order(b));
}

/** The highest stored seq in the list (0 when none). */
export const maxSeqOf = (list: LocalMessage[]) =>
  list.reduce((max, m) => (m.status ? max : Math.max(max, m.seq)), 0);

/** The lowest stored seq in the list (0 when none). */
export const minSeqOf = (list: LocalMessage[]) =>
  list.reduce((min, m) => (m.status ? min : min === 0 ? m.seq : Math.min(min, m.seq)), 0);

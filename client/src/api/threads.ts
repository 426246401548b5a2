import { z } from 'zod';
import { listOf, type List } from '@shared/schemas/common';
import {
  MessageDtoSchema,
  MentionableListSchema,
  MessageEditsSchema,
  type Mentionable,
  ThreadDtoSchema,
  type CreateThreadInput,
  type MessageDto,
  type ThreadDto,
  type ThreadSubjectType,
} from '@shared/schemas/thread';
import { apiFetch, queryString } from './client';

const ThreadListSchema = listOf(ThreadDtoSchema);
const MessageListSchema = listOf(MessageDtoSchema);
const UnreadSchema = z.object({ unread: z.number().int() });

export interface ThreadListParams {
  subjectType?: ThreadSubjectType;
  subjectId?: string;
  cursor?: string | null;
  limit?: number;
}

const threadPath = (id: string) => `/api/threads/${encodeURIComponent(id)}`;

/** Threads the caller may read, most recently active first. */
export function listThreads(params: ThreadListParams = {}, signal?: AbortSignal): Promise<List<ThreadDto>> {
  return apiFetch(`/api/threads${queryString({ ...params })}`, { schema: ThreadListSchema, signal });
}

/** Starts a thread, or opens the existing thread of a subject. */
export function createThread(input: CreateThreadInput): Promise<ThreadDto> {
  return apiFetch('/api/threads', { method: 'POST', body: input, schema: ThreadDtoSchema });
}

export function getThread(id: string, signal?: AbortSignal): Promise<ThreadDto> {
  return apiFetch(threadPath(id), { schema: ThreadDtoSchema, signal });
}

/** Locks or unlocks a thread (hosts). */
export function setThreadLocked(id: string, locked: boolean): Promise<ThreadDto> {
  return apiFetch(threadPath(id), { method: 'PATCH', body: { locked }, schema: ThreadDtoSchema });
}

/** Messages in seq order: the newest, or those before a seq (history). */
export async function listMessages(
  id: string,
  params: { before?: number; after?: number; limit?: number } = {},
  signal?: AbortSignal,
): Promise<MessageDto[]> {
  const res = await apiFetch(`${threadPath(id)}/messages${queryString(params)}`, {
    schema: MessageListSchema,
    signal,
  });
  return res.items;
}

/** Marks the thread read up to a seq; answers the caller's unread count. */
export async function markThreadRead(id: string, seq: number): Promise<number> {
  const res = await apiFetch(`${threadPath(id)}/read`, {
    method: 'POST',
    body: { seq },
    schema: UnreadSchema,
  });
  return res.unread;
}

/** A message's earlier texts, oldest first. */
export async function listMessageEdits(id: string, signal?: AbortSignal) {
  const res = await apiFetch(`/api/messages/${encodeURIComponent(id)}/edits`, {
    schema: MessageEditsSchema,
    signal,
  });
  return res.items;
}

/** People who may read the thread whose name starts with `q`: the @ autocomplete. */
export async function listMentionable(id: string, q: string, signal?: AbortSignal): Promise<Mentionable[]> {
  const res = await apiFetch(`${threadPath(id)}/mentionable${queryString({ q, limit: 8 })}`, {
    schema: MentionableListSchema,
    signal,
  });
  return res.items;
}

import { Router, type Request } from 'express';
import { listOf } from '@shared/schemas/common';
import {
  CreateThreadSchema,
  EditMessageSchema,
  MarkReadSchema,
  MentionableListSchema,
  MentionableQuerySchema,
  MessageDtoSchema,
  MessageEditsSchema,
  MessagesQuerySchema,
  PostMessageSchema,
  ThreadDtoSchema,
  ThreadIdParamsSchema,
  ThreadListQuerySchema,
  UpdateThreadSchema,
} from '@shared/schemas/thread';
import { z } from 'zod';
import { defineLegacyRoute } from '../openapi/defineRoute';
import { valid } from '../middlewares/validate';
import { currentUser } from '../middlewares/auth';
import { authorize, visibilityFilter } from '../policies';
import {
  canCreateThread,
  canDeleteMessage,
  canEditMessage,
  canLockThread,
  canPostInThread,
  canReadThread,
} from '../policies/thread';
import { Thread, type ThreadRecord } from '../models/Thread';
import { paginate } from '../lib/pagination';
import { loadThread, markRead, openThread, readSeqs, setThreadLocked, userNames } from '../features/discussions/threads';
import { deleteMessage, editMessage, listMessages, loadMessage, postMessage } from '../features/discussions/messages';
import type { FloodGuard } from '../features/discussions/floodGuard';
import { presentThread } from '../features/discussions/threadPresenter';
import { mentionableUsers } from '../features/discussions/mentions';

/** Threads and their messages over HTTP, for pages and for clients without a socket. */
export function threadsRouter(flood: FloodGuard) {
  const router = Router();
  const base = '/api/threads';
  const readable = async (req: Request) => {
    const thread = await loadThread(valid(req, ThreadIdParamsSchema, 'params').id);
    authorize(canReadThread(req.user, thread), req.user, { hide: 'Thread' });
    return thread;
  };
  const present = async (req: Request, threads: ThreadRecord[]) => {
    const [names, seqs] = await Promise.all([
      userNames(threads.map((t) => t.createdBy)),
      readSeqs(
        req.user?._id,
        threads.map((t) => t._id),
      ),
    ]);
    return threads.map((t) => presentThread(t, req.user, names, seqs.get(String(t._id)) ?? 0));
  };

  defineLegacyRoute(
    router,
    base,
    {
      method: 'get',
      path: '/',
      summary: 'Threads the caller may read, most recently active first',
      access: 'public',
      query: ThreadListQuerySchema,
      response: { status: 200, schema: listOf(ThreadDtoSchema) },
    },
    async (req, res) => {
      const q = valid(req, ThreadListQuerySchema, 'query');
      const filter: Record<string, unknown> = { ...visibilityFilter(req.user) };
      if (q.subjectType) filter.subjectType = q.subjectType;
      if (q.subjectId) filter.subjectId = q.subjectId;
      const page = await paginate(Thread, filter, {
        field: 'updatedAt',
        direction: -1,
        limit: q.limit,
        cursor: q.cursor,
      });
      res.json({ items: await present(req, page.items), nextCursor: page.nextCursor });
    },
  );

  defineLegacyRoute(
    router,
    base,
    {
      method: 'post',
      path: '/',
      summary: 'Start a thread, or open the thread of a subject (created on first use)',
      access: 'user',
      body: CreateThreadSchema,
      response: { status: 201, schema: ThreadDtoSchema },
    },
    async (req, res) => {
      const input = valid(req, CreateThreadSchema);
      authorize(canCreateThread(req.user, input.visibility), req.user);
      const { thread, created } = await openThread(input, currentUser(req));
      authorize(canReadThread(req.user, thread), req.user, { hide: 'Thread' });
      res.status(created ? 201 : 200).json((await present(req, [thread]))[0]);
    },
  );

  defineLegacyRoute(
    router,
    base,
    {
      method: 'get',
      path: '/:id',
      summary: 'One thread',
      access: 'public',
      params: ThreadIdParamsSchema,
      response: { status: 200, schema: ThreadDtoSchema },
      errors: [404],
    },
    async (req, res) => {
      res.json((await present(req, [await readable(req)]))[0]);
    },
  );

  defineLegacyRoute(
    router,
    base,
    {
      method: 'patch',
      path: '/:id',
      summary: 'Lock or unlock a thread (host)',
      access: 'user',
      params: ThreadIdParamsSchema,
      body: UpdateThreadSchema,
      response: { status: 200, schema: ThreadDtoSchema },
      errors: [404],
    },
    async (req, res) => {
      const thread = await readable(req);
      authorize(canLockThread(req.user), req.user);
      const updated = await setThreadLocked(thread, valid(req, UpdateThreadSchema).locked);
      res.json((await present(req, [updated]))[0]);
    },
  );

  defineLegacyRoute(
    router,
    base,
    {
      method: 'get',
      path: '/:id/messages',
      summary: 'Messages in seq order: ?after= (catch-up), ?before= (history) or the newest',
      access: 'public',
      params: ThreadIdParamsSchema,
      query: MessagesQuerySchema,
      response: { status: 200, schema: listOf(MessageDtoSchema) },
      errors: [404],
    },
    async (req, res) => {
      const thread = await readable(req);
      const items = await listMessages(thread._id, valid(req, MessagesQuerySchema, 'query'));
      res.json({ items, nextCursor: null });
    },
  );

  defineLegacyRoute(
    router,
    base,
    {
      method: 'post',
      path: '/:id/messages',
      summary: 'Post a message (same as the socket event message:send)',
      access: 'user',
      params: ThreadIdParamsSchema,
      body: PostMessageSchema,
      response: { status: 201, schema: MessageDtoSchema },
      errors: [404, 409, 429],
    },
    async (req, res) => {
      const thread = await readable(req);
      authorize(canPostInThread(req.user, { ...thread, locked: false }), req.user);
      await flood.check(String(currentUser(req)._id));
      const { message, created } = await postMessage(thread, currentUser(req), valid(req, PostMessageSchema));
      res.status(created ? 201 : 200).json(message);
    },
  );

  defineLegacyRoute(
    router,
    base,
    {
      method: 'get',
      path: '/:id/mentionable',
      summary: 'People who may read the thread, by name prefix: the @ autocomplete',
      access: 'user',
      params: ThreadIdParamsSchema,
      query: MentionableQuerySchema,
      response: { status: 200, schema: MentionableListSchema },
      errors: [404],
    },
    async (req, res) => {
      const thread = await readable(req);
      authorize(canPostInThread(req.user, thread), req.user);
      const q = valid(req, MentionableQuerySchema, 'query');
      res.json({ items: await mentionableUsers(thread, q.q, q.limit) });
    },
  );

  defineLegacyRoute(
    router,
    base,
    {
      method: 'post',
      path: '/:id/read',
      summary: 'Mark the thread read up to a seq',
      access: 'user',
      params: ThreadIdParamsSchema,
      body: MarkReadSchema,
      response: { status: 200, schema: z.object({ unread: z.number().int() }) },
      errors: [404],
    },
    async (req, res) => {
      const thread = await readable(req);
      res.json({ unread: await markRead(currentUser(req)._id, thread, valid(req, MarkReadSchema).seq) });
    },
  );
  return router;
}

export function messagesRouter() {
  const router = Router();
  const base = '/api/messages';
  const load = async (req: Request) => {
    const message = await loadMessage(valid(req, ThreadIdParamsSchema, 'params').id);
    const thread = await loadThread(String(message.threadId));
    authorize(canReadThread(req.user, thread), req.user, { hide: 'Message' });
    return { message, thread };
  };

  defineLegacyRoute(
    router,
    base,
    {
      method: 'patch',
      path: '/:id',
      summary: 'Edit your message (the old text goes to its edit history)',
      access: 'user',
      params: ThreadIdParamsSchema,
      body: EditMessageSchema,
      response: { status: 200, schema: MessageDtoSchema },
      errors: [404, 409],
    },
    async (req, res) => {
      const { message, thread } = await load(req);
      authorize(canEditMessage(req.user, thread, String(message.authorId)), req.user);
      res.json(await editMessage(message, valid(req, EditMessageSchema).body));
    },
  );

  defineLegacyRoute(
    router,
    base,
    {
      method: 'delete',
      path: '/:id',
      summary: 'Delete a message (its author, or a host)',
      access: 'user',
      params: ThreadIdParamsSchema,
      response: { status: 200, schema: MessageDtoSchema },
      errors: [404],
    },
    async (req, res) => {
      const { message, thread } = await load(req);
      authorize(canDeleteMessage(req.user, thread, String(message.authorId)), req.user);
      res.json(await deleteMessage(message));
    },
  );

  defineLegacyRoute(
    router,
    base,
    {
      method: 'get',
      path: '/:id/edits',
      summary: 'A message’s edit history, oldest first',
      access: 'public',
      params: ThreadIdParamsSchema,
      response: { status: 200, schema: MessageEditsSchema },
      errors: [404],
    },
    async (req, res) => {
      const { message } = await load(req);
      res.json({
        items: message.deletedAt
          ? []
          : (message.edits ?? []).map((e) => ({ body: e.body, at: e.at.toISOString() })),
      });
    },
  );
  return router;
}

import { Router } from 'express';
import { z } from 'zod';
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
import { defineRoute, withStatus } from '../openapi/defineRoute';
import { actorOf } from './context';
import type { FloodGuard } from '../features/discussions/floodGuard';
import { listThreads, mentionable, readThread } from '../features/discussions/queries';
import { listMessages, messageEdits } from '../features/discussions/messageQueries';
import { lockThread, markThreadRead, startThread } from '../features/discussions/commands';
import { deleteMessage, editMessage, sendMessage } from '../features/discussions/messageCommands';

/** Threads and their messages over HTTP, for pages and for clients without a socket. */
export function threadsRouter(flood: FloodGuard) {
  const router = Router();
  const base = '/api/threads';

  defineRoute(
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
    ({ viewer, query }) => listThreads(viewer, query),
  );

  defineRoute(
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
    async ({ req, body }) => {
      const { thread, created } = await startThread(actorOf(req), body);
      // A subject's thread that already existed is answered with 200.
      return created ? thread : withStatus(200, thread);
    },
  );

  defineRoute(
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
    ({ viewer, params }) => readThread(viewer, params.id),
  );

  defineRoute(
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
    ({ req, params, body }) => lockThread(actorOf(req), params.id, body.locked),
  );

  defineRoute(
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
    ({ viewer, params, query }) => listMessages(viewer, params.id, query),
  );

  defineRoute(
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
    async ({ req, params, body }) => {
      const { message, created } = await sendMessage(actorOf(req), params.id, body, { flood });
      // A resend (the same clientId) gets the stored message back with 200.
      return created ? message : withStatus(200, message);
    },
  );

  defineRoute(
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
    ({ viewer, params, query }) => mentionable(viewer, params.id, query),
  );

  defineRoute(
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
    ({ req, params, body }) => markThreadRead(actorOf(req), params.id, body.seq),
  );
  return router;
}

/** Editing, deleting and the edit history of one message (sockets do the same: message:edit, message:delete). */
export function messagesRouter() {
  const router = Router();
  const base = '/api/messages';

  defineRoute(
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
    ({ req, params, body }) => editMessage(actorOf(req), params.id, body.body),
  );

  defineRoute(
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
    ({ req, params }) => deleteMessage(actorOf(req), params.id),
  );

  defineRoute(
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
    ({ viewer, params }) => messageEdits(viewer, params.id),
  );
  return router;
}

import type { z } from 'zod';
import { listOf } from '@shared/schemas/common';
import { MeResponseSchema } from '@shared/schemas/auth';
import { MessageDtoSchema, ThreadDtoSchema } from '@shared/schemas/thread';
import { NotificationListSchema } from '@shared/schemas/notification';
import { AuditEventDtoSchema } from '@shared/schemas/audit';
import { IndicatorDtoSchema, IndicatorSummarySchema, RevisionSummarySchema } from '@shared/schemas/indicator';
import { CatchUpDtoSchema } from '@shared/schemas/catchUp';
import { DocumentListSchema } from '@shared/schemas/document';
import {
  OrganisationDetailDtoSchema,
  OrganisationDtoSchema,
  OrganisationStatsSchema,
} from '@shared/schemas/organisation';
import { AdminUserDtoSchema } from '@shared/schemas/user';
import { FollowUpDtoSchema } from '@shared/schemas/followUp';

/** What each app's pages are about: its busiest thread, an indicator, the member's organisation. */
export interface Targets {
  threadId: string;
  threadLastSeq: number;
  indicatorCode: string;
  orgSlug: string;
  searchWord: string;
}

export interface ReadRoute {
  name: string;
  /** Who asks: the demo member, or the demo host for administration pages. */
  as: 'member' | 'host';
  path: (t: Targets) => string;
  /** The client's schema for the answer: the first answer must parse, as the client would parse it. */
  schema: z.ZodType;
  /** How many items the answer holds (shown beside the timings, so page sizes can be compared). */
  count: (body: unknown) => number;
}

const items = (body: unknown) => (body as { items: unknown[] }).items.length;
const one = () => 1;
/** The client's "earlier messages" request: the 50 before the first of the newest page. */
const olderPage = (t: Targets) => (t.threadLastSeq > 50 ? t.threadLastSeq - 49 : t.threadLastSeq);

/** Every main read of the client, with the exact query strings its pages send. */
export const READ_ROUTES: ReadRoute[] = [
  {
    name: 'session (app shell)',
    as: 'member',
    path: () => '/api/auth/me',
    schema: MeResponseSchema,
    count: one,
  },
  {
    name: 'thread list',
    as: 'member',
    path: () => '/api/threads?limit=20',
    schema: listOf(ThreadDtoSchema),
    count: items,
  },
  {
    name: 'thread page (newest)',
    as: 'member',
    path: (t) => `/api/threads/${t.threadId}/messages?limit=50`,
    schema: listOf(MessageDtoSchema),
    count: items,
  },
  {
    name: 'older page (?before=)',
    as: 'member',
    path: (t) => `/api/threads/${t.threadId}/messages?before=${olderPage(t)}&limit=50`,
    schema: listOf(MessageDtoSchema),
    count: items,
  },
  {
    name: 'notification centre',
    as: 'member',
    path: () => '/api/notifications?limit=20',
    schema: NotificationListSchema,
    count: items,
  },
  {
    name: 'unread count (bell)',
    as: 'member',
    path: () => '/api/notifications?limit=1',
    schema: NotificationListSchema,
    count: (body) => (body as { unreadCount: number }).unreadCount,
  },
  {
    name: 'audit log (host)',
    as: 'host',
    path: () => '/api/audit?limit=50',
    schema: listOf(AuditEventDtoSchema),
    count: items,
  },
  {
    name: 'catalogue ?status=drafting',
    as: 'member',
    path: () => '/api/indicators?status=drafting&limit=50',
    schema: listOf(IndicatorSummarySchema),
    count: items,
  },
  {
    name: 'indicator page',
    as: 'member',
    path: (t) => `/api/indicators/${t.indicatorCode}`,
    schema: IndicatorDtoSchema,
    count: one,
  },
  {
    name: 'indicator revisions',
    as: 'member',
    path: (t) => `/api/indicators/${t.indicatorCode}/revisions?limit=50`,
    schema: listOf(RevisionSummarySchema),
    count: items,
  },
  { name: 'catch-up', as: 'member', path: () => '/api/catch-up', schema: CatchUpDtoSchema, count: one },
  {
    name: 'library list',
    as: 'member',
    path: () => '/api/documents?limit=20',
    schema: DocumentListSchema,
    count: items,
  },
  {
    name: 'library search',
    as: 'member',
    path: (t) => `/api/documents?q=${encodeURIComponent(t.searchWord)}&limit=20`,
    schema: DocumentListSchema,
    count: items,
  },
  {
    name: 'directory',
    as: 'member',
    path: () => '/api/organisations?limit=24',
    schema: listOf(OrganisationDtoSchema),
    count: items,
  },
  {
    name: 'directory chart',
    as: 'member',
    path: () => '/api/organisations/stats',
    schema: OrganisationStatsSchema,
    count: (body) => (body as { total: number }).total,
  },
  {
    name: 'organisation + people',
    as: 'member',
    path: (t) => `/api/organisations/${t.orgSlug}`,
    schema: OrganisationDetailDtoSchema,
    count: (body) => (body as { people: unknown[] | null }).people?.length ?? 0,
  },
  {
    name: 'users (host admin)',
    as: 'host',
    path: () => '/api/users?limit=20',
    schema: listOf(AdminUserDtoSchema),
    count: items,
  },
  {
    name: 'follow-up board',
    as: 'member',
    path: () => '/api/follow-ups?limit=20',
    schema: listOf(FollowUpDtoSchema),
    count: items,
  },
];

/** The row of the Socket.IO send, measured beside the reads. */
export const SEND_ROUTE = 'message:send ack (socket)';

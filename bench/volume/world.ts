import type { Types } from 'mongoose';
import {
  readableVisibilities,
  type Membership,
  type OrgCategory,
  type Role,
  type UserStatus,
  type Visibility,
} from '@shared/roles';
import type { NotificationRecord } from '../../server/models/Notification';
import type { AuditEventRecord } from '../../server/models/AuditEvent';
import type { Corpus } from './corpus';
import { DAY_MS, type Rng } from './random';

/** How much of everything: five years of an active coalition (BENCH_SCALE shrinks it for trials). */
const SCALE = Number(process.env.BENCH_SCALE ?? 1);
const scaled = (n: number) => Math.max(1, Math.round(n * SCALE));
export const VOLUME = {
  organisations: scaled(150),
  users: scaled(1_500),
  hosts: 10,
  meetings: 10,
  documents: scaled(10_000),
  indicators: scaled(300),
  revisionsPerIndicator: 10,
  actions: scaled(2_000),
  threads: scaled(200),
  messages: scaled(100_000),
  /** The thread the benchmark pages through. */
  measuredThreadMessages: 500,
  notifications: scaled(50_000),
  memberNotifications: scaled(5_000),
  auditEvents: scaled(100_000),
};

export interface Person {
  _id: Types.ObjectId;
  name: string;
  email: string;
  role: Role;
  status: UserStatus;
  organisationId: Types.ObjectId | null;
}

export interface OrgRef {
  _id: Types.ObjectId;
  name: string;
  slug: string;
  category: OrgCategory;
  membership: Membership;
}

interface MeetingRef {
  _id: Types.ObjectId;
  slug: string;
  title: string;
  startsAt: Date;
  visibility: Visibility;
}

export interface SubjectRef {
  _id: Types.ObjectId;
  title: string;
  visibility: Visibility;
  createdAt: Date;
}

/** Everything generated so far, shared by the generators (later ones refer to earlier ones). */
export interface World {
  rng: Rng;
  corpus: Corpus;
  /** The five years end at the start of today (UTC), so "recent", "overdue" and "open" mean what they say. */
  start: Date;
  end: Date;
  demo: { member: Person; host: Person; hotline: Person; observer: Person };
  people: Person[];
  orgs: OrgRef[];
  meetings: MeetingRef[];
  indicators: (SubjectRef & { code: string })[];
  documents: SubjectRef[];
  actions: (SubjectRef & { ownerOrganisationId: Types.ObjectId })[];
  /** Notifications the events above would have sent; activity.ts keeps the configured number. */
  notices: NotificationRecord[];
  /** Audit events the writes above would have recorded; activity.ts adds sign-ins up to the total. */
  audit: AuditEventRecord[];
}

export function newWorld(rng: Rng, corpus: Corpus, demo: World['demo'], people: Person[], orgs: OrgRef[]) {
  const today = new Date();
  const end = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()));
  const world: World = {
    rng,
    corpus,
    start: new Date(end.getTime() - 5 * 365 * DAY_MS),
    end,
    demo,
    people,
    orgs,
    meetings: [],
    indicators: [],
    documents: [],
    actions: [],
    notices: [],
    audit: [],
  };
  return world;
}

/** Whether a role may read an item of this visibility (the app's readableVisibilities). */
export const roleReads = (role: Role, visibility: Visibility) =>
  readableVisibilities(role).includes(visibility);

/** An audit event as recordAudit() writes it. */
export function auditEvent(
  w: World,
  at: Date,
  action: string,
  actorId: Types.ObjectId | null,
  target: { type: string; id: Types.ObjectId | string } | null,
  details: Record<string, unknown> = {},
): AuditEventRecord {
  return {
    _id: w.rng.oid(at),
    actorId,
    action,
    targetType: target?.type ?? null,
    targetId: target ? String(target.id) : null,
    ip: `203.0.113.${w.rng.int(1, 254)}`,
    at,
    details,
  };
}

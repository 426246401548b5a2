import type { Types } from 'mongoose';
import type { z } from 'zod';
import type {
  CreateMeetingSchema,
  MeetingListQuerySchema,
  UpdateMeetingSchema,
} from '@shared/schemas/meeting';
import { Meeting, type MeetingRecord } from '../../models/Meeting';
import { Organisation, type OrganisationRecord } from '../../models/Organisation';
import { DocumentModel, type DocumentRecord } from '../../models/Document';
import { ConflictError, NotFoundError, ValidationError, isDuplicateKey, message } from '../../errors';
import { visibilityFilter, type Viewer } from '../../policies/index';
import { documentReadFilter } from '../../policies/document';
import { uniqueSlug } from '../../lib/slugs';
import { paginate } from '../../lib/pagination';
import { recordAudit } from '../audit/audit';
import { acceptedVersion, reportLock } from './meetingReports';
import { followSubject } from '../discussions/subjectThreads';
import { entityChanged } from '../../events';

type CreateInput = z.infer<typeof CreateMeetingSchema>;
type UpdateInput = z.infer<typeof UpdateMeetingSchema>;
type Actor = { _id: Types.ObjectId; ip?: string | null };

const dateOf = (d: string) => new Date(`${d}T00:00:00Z`);
/** A form error on one field: "field: reason", and the reason under the field (both translated). */
const invalid = (field: string, reason: string) =>
  new ValidationError(message('{{field}}: {{reason}}', { field, reason: message(reason) }), {
    [field]: reason,
  });

export async function loadMeeting(slug: string): Promise<MeetingRecord> {
  const meeting = await Meeting.findOne({ slug }).lean<MeetingRecord>();
  if (!meeting) throw new NotFoundError('Meeting');
  return meeting;
}

/** Meetings the viewer may read, newest first, optionally of one year (their reports are not read). */
export function findMeetings(viewer: Viewer, q: z.infer<typeof MeetingListQuerySchema>) {
  const filter: Record<string, unknown> = { ...visibilityFilter(viewer) };
  if (q.year)
    filter.startsAt = {
      $gte: new Date(Date.UTC(q.year, 0, 1)),
      $lt: new Date(Date.UTC(q.year + 1, 0, 1)),
    };
  return paginate(
    Meeting,
    filter,
    { field: 'startsAt', direction: -1, limit: q.limit, cursor: q.cursor },
    { report: 0 },
  );
}

/**
 * What the full meeting shows beyond its record: its organisations, and the presentation documents
 * the viewer may read (the others are shown without their document), each by id.
 */
export async function meetingRefs(
  meeting: MeetingRecord,
  viewer: Viewer,
): Promise<{ orgs: Map<string, OrganisationRecord>; documents: Map<string, DocumentRecord> }> {
  const presentations = meeting.presentations ?? [];
  const orgIds = [
    meeting.chairOrganisationId,
    ...(meeting.participantIds ?? []),
    ...presentations.map((p) => p.presenterOrganisationId),
  ].filter(Boolean);
  const docIds = presentations.map((p) => p.documentId).filter(Boolean);
  const [orgs, docs] = await Promise.all([
    Organisation.find({ _id: { $in: orgIds } }).lean<OrganisationRecord[]>(),
    docIds.length
      ? DocumentModel.find(
          { _id: { $in: docIds } },
          { title: 1, visibility: 1, archivedAt: 1, ownerId: 1 },
        ).lean<DocumentRecord[]>()
      : Promise.resolve([] as DocumentRecord[]),
  ]);
  const mayRead = documentReadFilter(viewer);
  const readable = docs.filter((d) => mayRead(d.visibility, !!d.archivedAt, String(d.ownerId)));
  return {
    orgs: new Map(orgs.map((o) => [String(o._id), o])),
    documents: new Map(readable.map((d) => [String(d._id), d])),
  };
}

/** Refuses organisation and document ids that do not exist, with the field that named them. */
async function checkReferences(input: Partial<CreateInput>) {
  const orgIds = new Set<string>([
    ...(input.chairOrganisationId ? [input.chairOrganisationId] : []),
    ...(input.participantIds ?? []),
    ...(input.presentations ?? []).flatMap((p) =>
      p.presenterOrganisationId ? [p.presenterOrganisationId] : [],
    ),
  ]);
  if (orgIds.size && (await Organisation.countDocuments({ _id: { $in: [...orgIds] } })) !== orgIds.size)
    throw invalid('participantIds', 'An organisation does not exist');
  const docIds = new Set((input.presentations ?? []).flatMap((p) => (p.documentId ? [p.documentId] : [])));
  if (docIds.size && (await DocumentModel.countDocuments({ _id: { $in: [...docIds] } })) !== docIds.size)
    throw invalid('presentations', 'A presentation’s document is not in the library');
}

/** Stored shape of the writable fields (dates parsed, ids as ObjectIds). */
function toRecordFields(input: Partial<CreateInput>) {
  const out: Record<string, unknown> = { ...input };
  if (input.startsAt) out.startsAt = dateOf(input.startsAt);
  if (input.endsAt !== undefined) out.endsAt = input.endsAt ? dateOf(input.endsAt) : null;
  return out;
}

export async function createMeeting(input: CreateInput, actor: Actor): Promise<MeetingRecord> {
  await checkReferences(input);
  if (input.slug && (await Meeting.exists({ slug: input.slug })))
    throw new ConflictError('Another meeting already uses this address');
  const slug = input.slug ?? (await uniqueSlug(Meeting, input.title));
  let created;
  try {
    created = await Meeting.create({ ...toRecordFields(input), slug, reportVersion: 1 });
  } catch (err) {
    if (isDuplicateKey(err)) throw new ConflictError('Another meeting already uses this address');
    throw err;
  }
  await recordAudit({
    actorId: actor._id,
    action: 'meeting.created',
    targetType: 'meeting',
    targetId: created._id,
    ip: actor.ip,
    details: { title: created.title },
  });
  entityChanged('meeting', created.slug, created.visibility);
  return created.toObject() as MeetingRecord;
}

/**
 * Edits a meeting. A changed report becomes the next accepted version, under the meeting's report
 * lock and only if the editor started from the current version (409 otherwise).
 */
export async function updateMeeting(meeting: MeetingRecord, input: UpdateInput, actor: Actor) {
  const { report, baseVersion, ...rest } = input;
  await checkReferences(rest);
  const startsAt = rest.startsAt ? dateOf(rest.startsAt) : meeting.startsAt;
  const endsAt = rest.endsAt !== undefined ? (rest.endsAt ? dateOf(rest.endsAt) : null) : meeting.endsAt;
  if (endsAt && endsAt < startsAt) throw invalid('endsAt', 'The end date cannot be before the start');
  // The report first: a stale report (409) must leave the other fields unsaved too.
  if (report !== undefined && report !== meeting.report)
    await reportLock.run(String(meeting._id), () =>
      acceptedVersion(meeting._id, report, baseVersion ?? meeting.reportVersion ?? 1, actor._id, null),
    );
  if (Object.keys(rest).length) await Meeting.updateOne({ _id: meeting._id }, { $set: toRecordFields(rest) });
  await recordAudit({
    actorId: actor._id,
    action: 'meeting.updated',
    targetType: 'meeting',
    targetId: meeting._id,
    ip: actor.ip,
    details: { fields: Object.keys(input) },
  });
  const updated = (await Meeting.findById(meeting._id).lean<MeetingRecord>())!;
  if (updated.visibility !== meeting.visibility) await followSubject('meeting', meeting._id);
  entityChanged('meeting', updated.slug, updated.visibility, meeting.visibility);
  return updated;
}

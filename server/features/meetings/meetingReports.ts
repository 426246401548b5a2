import { Types } from 'mongoose';
import type { z } from 'zod';
import type { ProposalListQuerySchema, ProposeReportSchema } from '@shared/schemas/meeting';
import { Meeting, type MeetingRecord } from '../../models/Meeting';
import { ReportProposal, type ReportProposalRecord } from '../../models/ReportProposal';
import { User } from '../../models/User';
import { ConflictError, NotFoundError, isDuplicateKey, message } from '../../errors';
import { KeyedLock } from '../../lib/keyedLock';
import { paginate } from '../../lib/pagination';
import { notify } from '../notifications/notifications';
import { recordAudit } from '../audit/audit';
import { entityChanged } from '../../events';

type Actor = { _id: Types.ObjectId; name: string; ip?: string | null };

/**
 * One report change at a time per meeting in this process (FerretDB v1 does not apply concurrent
 * conditional updates atomically); across processes the unique versionKey decides.
 */
export const reportLock = new KeyedLock();

const staleReport = (current: number) =>
  new ConflictError(
    message(
      'The report has changed since this version was started (it is now version {{current}}); review the current report first',
      { current },
    ),
  );

/**
 * Makes `report` the meeting's next version. Call inside reportLock. With a proposal, that proposal
 * becomes the version; without one (a host's direct edit) a new accepted row records it.
 */
export async function acceptedVersion(
  meetingId: Types.ObjectId,
  report: string,
  baseVersion: number,
  deciderId: Types.ObjectId,
  proposal: ReportProposalRecord | null,
): Promise<number> {
  const meeting = await Meeting.findById(meetingId, { reportVersion: 1 }).lean();
  if (!meeting) throw new NotFoundError('Meeting');
  const current = meeting.reportVersion ?? 1;
  if (baseVersion !== current) throw staleReport(current);
  const number = current + 1;
  const decided = {
    status: 'accepted' as const,
    number,
    versionKey: `${String(meetingId)}:${number}`,
    decidedBy: deciderId,
    decidedAt: new Date(),
  };
  try {
    if (proposal) {
      const claimed = await ReportProposal.updateOne(
        { _id: proposal._id, status: 'proposed' },
        { $set: decided },
      );
      if (claimed.modifiedCount === 0) throw new ConflictError('This proposal was already decided');
    } else {
      await ReportProposal.create({
        meetingId,
        baseVersion,
        report,
        authorId: deciderId,
        note: '',
        ...decided,
      });
    }
  } catch (err) {
    if (isDuplicateKey(err)) throw staleReport(number);
    throw err;
  }
  await Meeting.updateOne({ _id: meetingId }, { $set: { report, reportVersion: number } });
  return number;
}

export async function createProposal(
  meeting: MeetingRecord,
  input: z.infer<typeof ProposeReportSchema>,
  author: Actor,
): Promise<ReportProposalRecord> {
  const _id = new Types.ObjectId();
  const created = await ReportProposal.create({
    _id,
    meetingId: meeting._id,
    status: 'proposed',
    baseVersion: input.baseVersion,
    versionKey: `${String(meeting._id)}:p:${String(_id)}`,
    report: input.report,
    note: input.note,
    authorId: author._id,
  });
  entityChanged('meeting', meeting.slug, meeting.visibility);
  // Hosts decide on proposals; every active host may read every meeting.
  const hosts = await User.find({ role: 'host', status: 'active' }, { _id: 1 }).lean();
  await notify({
    recipients: hosts.map((h) => h._id),
    kind: 'report-proposed',
    actorId: author._id,
    subject: { type: 'meeting', id: meeting._id },
    link: `/meetings/${meeting.slug}#report-proposals`,
    params: { actor: author.name, meeting: meeting.title },
  });
  return created.toObject() as ReportProposalRecord;
}

/** A meeting's report versions (proposed, accepted, declined), newest first, optionally of one status. */
export function findProposals(meeting: MeetingRecord, q: z.infer<typeof ProposalListQuerySchema>) {
  const filter: Record<string, unknown> = { meetingId: meeting._id };
  if (q.status) filter.status = q.status;
  return paginate(ReportProposal, filter, {
    field: 'createdAt',
    direction: -1,
    limit: q.limit,
    cursor: q.cursor,
  });
}

export async function loadProposal(meeting: MeetingRecord, id: string) {
  const row = await ReportProposal.findOne({
    _id: id,
    meetingId: meeting._id,
  }).lean<ReportProposalRecord>();
  if (!row) throw new NotFoundError('Proposal');
  return row;
}

/** A host accepts a proposal: it becomes the report's next version (409 if the report moved on). */
export async function acceptProposal(meeting: MeetingRecord, proposal: ReportProposalRecord, actor: Actor) {
  if (proposal.status !== 'proposed') throw new ConflictError('This proposal was already decided');
  const number = await reportLock.run(String(meeting._id), () =>
    acceptedVersion(meeting._id, proposal.report, proposal.baseVersion, actor._id, proposal),
  );
  await recordAudit({
    actorId: actor._id,
    action: 'meeting.report-accepted',
    targetType: 'meeting',
    targetId: meeting._id,
    ip: actor.ip,
    details: { proposalId: String(proposal._id), version: number },
  });
  entityChanged('meeting', meeting.slug, meeting.visibility);
  return loadProposal(meeting, String(proposal._id));
}

export async function rejectProposal(meeting: MeetingRecord, proposal: ReportProposalRecord, actor: Actor) {
  const res = await ReportProposal.updateOne(
    { _id: proposal._id, status: 'proposed' },
    { $set: { status: 'rejected', decidedBy: actor._id, decidedAt: new Date() } },
  );
  if (res.modifiedCount === 0) throw new ConflictError('This proposal was already decided');
  await recordAudit({
    actorId: actor._id,
    action: 'meeting.report-rejected',
    targetType: 'meeting',
    targetId: meeting._id,
    ip: actor.ip,
    details: { proposalId: String(proposal._id) },
  });
  entityChanged('meeting', meeting.slug, meeting.visibility);
  return loadProposal(meeting, String(proposal._id));
}

import type { Types } from 'mongoose';
import type { z } from 'zod';
import type { ApplicationListQuerySchema, SubmitApplicationSchema } from '@shared/schemas/application';
import { MembershipApplication, type MembershipApplicationRecord } from '../../models/MembershipApplication';
import { Organisation, type OrganisationRecord } from '../../models/Organisation';
import { ConflictError, NotFoundError } from '../../errors';
import { recordAudit } from '../audit/audit';
import { createInvitation, type InvitationContext, type IssuedInvitationRecord } from './invitations';
import { paginate } from '../../lib/pagination';
import { uniqueSlug } from '../../lib/slugs';
import { notifyHostsOfApplication } from './applicationNotifications';

/** One page of the review queue, newest first, in one status or all. */
export async function findApplications(q: z.infer<typeof ApplicationListQuerySchema>) {
  return paginate(MembershipApplication, q.status ? { status: q.status } : {}, {
    field: 'createdAt',
    direction: -1,
    limit: q.limit,
    cursor: q.cursor,
  });
}

/** Stores a public application; no account or organisation exists until a host approves it. */
export async function submitApplication(input: z.infer<typeof SubmitApplicationSchema>, ip: string | null) {
  const duplicate = await MembershipApplication.exists({
    contactEmail: input.contactEmail,
    status: 'pending',
  });
  if (duplicate)
    throw new ConflictError('An application from this email address is already waiting for review');
  const created = await MembershipApplication.create({ ...input, website: input.website ?? null, ip });
  await recordAudit({
    action: 'application.submitted',
    targetType: 'application',
    targetId: created._id,
    ip,
    details: { organisationName: input.organisationName },
  });
  await notifyHostsOfApplication(created.toObject());
  return created.toObject();
}

/** Moves a pending application to a final state exactly once (concurrent reviews cannot both win). */
async function claimPending(id: string, update: Partial<MembershipApplicationRecord>) {
  const claimed = await MembershipApplication.findOneAndUpdate(
    { _id: id, status: 'pending' },
    { $set: { ...update, reviewedAt: new Date() } },
    { returnDocument: 'after' },
  ).lean<MembershipApplicationRecord>();
  if (claimed) return claimed;
  if (!(await MembershipApplication.exists({ _id: id }))) throw new NotFoundError('Application');
  throw new ConflictError('This application has already been reviewed', 'already_reviewed');
}

/** Approves: creates the organisation (membership since this year) and invites the contact as a member. */
export async function approveApplication(
  id: string,
  ctx: InvitationContext,
): Promise<{
  application: MembershipApplicationRecord;
  organisation: OrganisationRecord;
  invitation: IssuedInvitationRecord;
}> {
  const app = await claimPending(id, { status: 'approved', reviewerId: ctx.actorId });
  const organisation = (
    await Organisation.create({
      name: app.organisationName,
      slug: await uniqueSlug(Organisation, app.organisationName),
      category: app.category,
      country: app.country,
      website: app.website,
      description: '',
      membership: 'member',
      joinedYear: new Date().getUTCFullYear(),
    })
  ).toObject();
  await MembershipApplication.updateOne({ _id: app._id }, { $set: { organisationId: organisation._id } });
  await recordAudit({
    actorId: ctx.actorId,
    action: 'application.approved',
    targetType: 'application',
    targetId: app._id,
    ip: ctx.ip,
    details: { organisationId: String(organisation._id) },
  });
  await recordAudit({
    actorId: ctx.actorId,
    action: 'organisation.created',
    targetType: 'organisation',
    targetId: organisation._id,
    ip: ctx.ip,
    details: { name: organisation.name, from: 'application' },
  });
  const invitation = await createInvitation(
    { email: app.contactEmail, role: 'member', organisationId: String(organisation._id) },
    ctx,
  );
  return { application: { ...app, organisationId: organisation._id }, organisation, invitation };
}

export async function rejectApplication(
  id: string,
  reason: string,
  ctx: { actorId: Types.ObjectId; ip: string | null },
): Promise<MembershipApplicationRecord> {
  const app = await claimPending(id, {
    status: 'rejected',
    reviewerId: ctx.actorId,
    rejectionReason: reason,
  });
  await recordAudit({
    actorId: ctx.actorId,
    action: 'application.rejected',
    targetType: 'application',
    targetId: app._id,
    ip: ctx.ip,
    details: { reason },
  });
  return app;
}

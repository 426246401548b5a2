import type { Types } from 'mongoose';
import type { CreateInvitationSchema, InvitationListQuerySchema } from '@shared/schemas/invitation';
import type { z } from 'zod';
import { Invitation, type InvitationRecord } from '../../models/Invitation';
import { Organisation } from '../../models/Organisation';
import { User, type UserRecord } from '../../models/User';
import { ConflictError, GoneError, NotFoundError, ValidationError, isDuplicateKey } from '../../errors';
import { hashToken, newToken } from './tokens';
import { hashPassword } from './passwords';
import { recordAudit } from '../audit/audit';
import type { Mailer } from '../email/mailer';
import { INTL_LOCALES, type Language } from '@shared/i18n/languages';
import { translator } from '../../i18n/index';
import { paginate } from '../../lib/pagination';

export interface InvitationContext {
  actorId: Types.ObjectId;
  ip: string | null;
  publicUrl: string;
  ttlMs: number;
  mailer: Mailer;
  /** The language the host reads (the request's): the invitation e-mail is written in it. */
  language: Language;
}

/** An invitation just made, with its one-time link (shown once: only its hash is stored). */
export interface IssuedInvitationRecord {
  invitation: InvitationRecord;
  token: string;
  acceptUrl: string;
  /** Whether the e-mail with the link went out. */
  emailed: boolean;
}

/** The invitation e-mail, in the language stored on the invitation. */
function invitationEmail(language: Language, role: InvitationRecord['role'], expiresAt: Date, url: string) {
  const t = translator(language);
  const expires = new Intl.DateTimeFormat(INTL_LOCALES[language], {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'UTC',
  }).format(expiresAt);
  return {
    subject: t('email:invitation.subject'),
    text: t('email:invitation.body', { role: t(`email:invitation.roles.${role}`), expires, url }),
  };
}

const acceptUrlFor = (publicUrl: string, token: string) => `${publicUrl}/invitations/${token}`;

/**
 * Creates an invitation and returns its one-time link. Older pending invitations for the same email
 * are revoked, so only the newest link works.
 */
export async function createInvitation(
  input: z.infer<typeof CreateInvitationSchema>,
  ctx: InvitationContext,
  /** A reissued invitation keeps the language of the one it replaces. */
  language: Language = ctx.language,
): Promise<IssuedInvitationRecord> {
  if (await User.exists({ email: input.email })) {
    throw new ConflictError('Someone with this email already has an account', 'account_exists');
  }
  const organisationId = input.organisationId ?? null;
  if (organisationId && !(await Organisation.exists({ _id: organisationId }))) {
    throw new ValidationError('organisationId: No such organisation', {
      organisationId: 'No such organisation',
    });
  }
  const now = new Date();
  await Invitation.updateMany(
    { email: input.email, acceptedAt: null, revokedAt: null, expiresAt: { $gt: now } },
    { $set: { revokedAt: now } },
  );
  const { token, hash } = newToken();
  const created = await Invitation.create({
    email: input.email,
    role: input.role,
    organisationId,
    tokenHash: hash,
    invitedBy: ctx.actorId,
    expiresAt: new Date(now.getTime() + ctx.ttlMs),
    language,
  });
  await recordAudit({
    actorId: ctx.actorId,
    action: 'user.invited',
    targetType: 'invitation',
    targetId: created._id,
    ip: ctx.ip,
    details: { email: input.email, role: input.role },
  });
  const acceptUrl = acceptUrlFor(ctx.publicUrl, token);
  const mail = invitationEmail(language, input.role, created.expiresAt, acceptUrl);
  const emailed = await ctx.mailer.send(input.email, mail.subject, mail.text, language);
  return { invitation: created.toObject(), token, acceptUrl, emailed };
}

/** Revokes a pending invitation; accepted ones cannot be revoked (suspend the user instead). */
export async function revokeInvitation(id: string, ctx: Pick<InvitationContext, 'actorId' | 'ip'>) {
  const inv = await Invitation.findById(id).lean<InvitationRecord>();
  if (!inv) throw new NotFoundError('Invitation');
  if (inv.acceptedAt) throw new ConflictError('This invitation was already accepted');
  if (!inv.revokedAt) {
    await Invitation.updateOne({ _id: inv._id, revokedAt: null }, { $set: { revokedAt: new Date() } });
    await recordAudit({
      actorId: ctx.actorId,
      action: 'invitation.revoked',
      targetType: 'invitation',
      targetId: inv._id,
      ip: ctx.ip,
      details: { email: inv.email },
    });
  }
  return (await Invitation.findById(id).lean<InvitationRecord>())!;
}

/** Revokes the invitation (when still pending) and issues a new link for the same person and role. */
export async function reissueInvitation(id: string, ctx: InvitationContext): Promise<IssuedInvitationRecord> {
  const inv = await Invitation.findById(id).lean<InvitationRecord>();
  if (!inv) throw new NotFoundError('Invitation');
  if (inv.acceptedAt) throw new ConflictError('This invitation was already accepted');
  return createInvitation(
    {
      email: inv.email,
      role: inv.role,
      organisationId: inv.organisationId ? String(inv.organisationId) : null,
    },
    ctx,
    inv.language ?? ctx.language,
  );
}

function stateFilter(state: string | undefined, now = new Date()) {
  switch (state) {
    case 'pending':
      return { acceptedAt: null, revokedAt: null, expiresAt: { $gt: now } };
    case 'accepted':
      return { acceptedAt: { $ne: null } };
    case 'revoked':
      return { acceptedAt: null, revokedAt: { $ne: null } };
    case 'expired':
      return { acceptedAt: null, revokedAt: null, expiresAt: { $lte: now } };
    default:
      return {};
  }
}

/** One page of invitations, newest first, in one state or all. */
export async function findInvitations(q: z.infer<typeof InvitationListQuerySchema>) {
  return paginate(Invitation, stateFilter(q.state), {
    field: 'createdAt',
    direction: -1,
    limit: q.limit,
    cursor: q.cursor,
  });
}

/** Finds the invitation a token belongs to and says why it cannot be used, if it cannot. */
export async function findUsableInvitation(token: string): Promise<InvitationRecord> {
  const inv = await Invitation.findOne({ tokenHash: hashToken(token) }).lean<InvitationRecord>();
  if (!inv) throw new NotFoundError('Invitation');
  if (inv.acceptedAt) throw new GoneError('This invitation has already been used. Sign in instead.');
  if (inv.revokedAt) throw new GoneError('This invitation was withdrawn. Ask a host for a new one.');
  if (inv.expiresAt.getTime() <= Date.now())
    throw new GoneError('This invitation has expired. Ask a host for a new one.');
  return inv;
}

/**
 * Accepts an invitation: claims it atomically (so a token works exactly once, even under
 * concurrent use), then creates the account with the given name and password.
 */
export async function acceptInvitation(
  token: string,
  name: string,
  password: string,
  ip: string | null,
  /** The language the invitee chose as a visitor (the `lang` cookie), kept on the new account. */
  language: Language | null = null,
): Promise<UserRecord> {
  const inv = await findUsableInvitation(token);
  if (await User.exists({ email: inv.email })) {
    throw new ConflictError(
      'Someone with this email already has an account. Sign in instead.',
      'account_exists',
    );
  }
  const now = new Date();
  const claimed = await Invitation.findOneAndUpdate(
    { _id: inv._id, acceptedAt: null, revokedAt: null, expiresAt: { $gt: now } },
    { $set: { acceptedAt: now } },
    { returnDocument: 'after' },
  ).lean<InvitationRecord>();
  if (!claimed) throw new GoneError('This invitation has already been used. Sign in instead.');
  let user: UserRecord;
  try {
    const created = await User.create({
      email: inv.email,
      name,
      role: inv.role,
      organisationId: inv.organisationId,
      passwordHash: await hashPassword(password),
      language,
    });
    user = created.toObject();
  } catch (err) {
    await Invitation.updateOne({ _id: inv._id }, { $set: { acceptedAt: null } });
    if (isDuplicateKey(err)) {
      throw new ConflictError(
        'Someone with this email already has an account. Sign in instead.',
        'account_exists',
      );
    }
    throw err;
  }
  await Invitation.updateOne({ _id: inv._id }, { $set: { acceptedUserId: user._id } });
  await recordAudit({
    actorId: user._id,
    action: 'invitation.accepted',
    targetType: 'user',
    targetId: user._id,
    ip,
    details: { invitationId: String(inv._id), role: inv.role },
  });
  return user;
}

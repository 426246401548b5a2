import type { Types } from 'mongoose';
import { PasswordReset, type PasswordResetRecord } from '../../models/PasswordReset';
import { User, type UserRecord } from '../../models/User';
import { GoneError, NotFoundError } from '../../errors';
import { appEvents } from '../../events';
import { hashToken, newToken } from './tokens';
import { hashPassword } from './passwords';
import { recordAudit } from '../audit/audit';

const RESET_TTL_MS = 24 * 3600_000;

/** Issues a one-time password-reset link for a user (replacing any unused one). */
export async function issuePasswordReset(
  userId: string,
  actor: { _id: Types.ObjectId; ip?: string | null },
  publicUrl: string,
) {
  const user = await User.findById(userId, { _id: 1 }).lean();
  if (!user) throw new NotFoundError('User');
  await PasswordReset.deleteMany({ userId: user._id, usedAt: null });
  const { token, hash } = newToken();
  const expiresAt = new Date(Date.now() + RESET_TTL_MS);
  const reset = await PasswordReset.create({
    userId: user._id,
    tokenHash: hash,
    createdBy: actor._id,
    expiresAt,
  });
  await recordAudit({
    actorId: actor._id,
    action: 'user.password-reset-issued',
    targetType: 'user',
    targetId: user._id,
    ip: actor.ip,
    details: { resetId: String(reset._id) },
  });
  return { token, resetUrl: `${publicUrl}/reset-password/${token}`, expiresAt: expiresAt.toISOString() };
}

export async function findUsableReset(token: string): Promise<PasswordResetRecord> {
  const reset = await PasswordReset.findOne({ tokenHash: hashToken(token) }).lean<PasswordResetRecord>();
  if (!reset) throw new NotFoundError('Password reset link');
  if (reset.usedAt) throw new GoneError('This reset link has already been used');
  if (reset.expiresAt.getTime() <= Date.now())
    throw new GoneError('This reset link has expired. Ask a host for a new one.');
  return reset;
}

/** Sets the new password once per link; ends every existing session of the user and lifts a lock-out. */
export async function completePasswordReset(
  token: string,
  password: string,
  ip: string | null,
): Promise<UserRecord> {
  const reset = await findUsableReset(token);
  const claimed = await PasswordReset.findOneAndUpdate(
    { _id: reset._id, usedAt: null, expiresAt: { $gt: new Date() } },
    { $set: { usedAt: new Date() } },
    { returnDocument: 'after' },
  ).lean();
  if (!claimed) throw new GoneError('This reset link has already been used');
  const user = await User.findOneAndUpdate(
    { _id: reset.userId },
    {
      $set: { passwordHash: await hashPassword(password), failedLogins: 0, lockedUntil: null },
      $inc: { sessionVersion: 1 },
    },
    { returnDocument: 'after' },
  ).lean<UserRecord>();
  if (!user) throw new NotFoundError('User');
  appEvents.emit('user.sessions-revoked', String(user._id));
  await recordAudit({
    actorId: user._id,
    action: 'user.password-reset-completed',
    targetType: 'user',
    targetId: user._id,
    ip,
  });
  return user;
}

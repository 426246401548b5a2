import type { Config } from '../config';
import { User, type UserRecord } from '../models/User';
import { ForbiddenError, TooManyRequestsError, UnauthenticatedError } from '../errors';
import { dummyPasswordHash, hashPassword, verifyPassword } from './passwords';
import { recordAudit } from './audit';

const INVALID = 'Email or password is incorrect';

/**
 * Checks credentials with per-account throttling: after `maxFailures` wrong passwords in a row
 * the account is locked for `lockMs`, and every failure and lock-out is audited.
 */
export async function authenticate(
  email: string,
  password: string,
  ip: string | null,
  login: Config['login'],
): Promise<UserRecord> {
  const user = await User.findOne({ email }).lean<UserRecord>();
  if (!user) {
    await verifyPassword(password, await dummyPasswordHash());
    await recordAudit({ action: 'login.failed', ip, details: { email, reason: 'unknown-email' } });
    throw new UnauthenticatedError(INVALID);
  }
  const now = Date.now();
  if (user.lockedUntil && user.lockedUntil.getTime() > now) {
    const seconds = Math.ceil((user.lockedUntil.getTime() - now) / 1000);
    await recordAudit({
      action: 'login.failed',
      ip,
      targetType: 'user',
      targetId: user._id,
      details: { reason: 'locked' },
    });
    throw new TooManyRequestsError('Too many failed sign-in attempts. Try again later.', seconds);
  }
  if (!(await verifyPassword(password, user.passwordHash))) {
    await registerFailure(user, ip, login);
    throw new UnauthenticatedError(INVALID);
  }
  if (user.status !== 'active') {
    await recordAudit({
      action: 'login.failed',
      ip,
      targetType: 'user',
      targetId: user._id,
      details: { reason: 'suspended' },
    });
    throw new ForbiddenError('This account is suspended');
  }
  await User.updateOne({ _id: user._id }, { $set: { failedLogins: 0, lockedUntil: null } });
  return user;
}

async function registerFailure(user: UserRecord, ip: string | null, login: Config['login']) {
  // Atomic increment: concurrent guesses cannot slip past the counter.
  const updated = await User.findOneAndUpdate(
    { _id: user._id },
    { $inc: { failedLogins: 1 } },
    // No projection here: FerretDB v1 does not implement `fields` on findAndModify.
    { returnDocument: 'after' },
  ).lean();
  const failures = updated?.failedLogins ?? 0;
  await recordAudit({
    action: 'login.failed',
    ip,
    targetType: 'user',
    targetId: user._id,
    details: { failures },
  });
  if (failures >= login.maxFailures) {
    await User.updateOne(
      { _id: user._id },
      { $set: { lockedUntil: new Date(Date.now() + login.lockMs), failedLogins: 0 } },
    );
    await recordAudit({
      action: 'login.locked',
      ip,
      targetType: 'user',
      targetId: user._id,
      details: { failures },
    });
  }
}

/** Changes a signed-in user's password after checking the current one; ends their other sessions. */
export async function changePassword(
  userId: string,
  currentPassword: string,
  newPassword: string,
  ip: string | null,
) {
  const user = await User.findById(userId).lean<UserRecord>();
  if (!user) throw new UnauthenticatedError();
  if (!(await verifyPassword(currentPassword, user.passwordHash))) {
    throw new ForbiddenError('The current password is incorrect');
  }
  const passwordHash = await hashPassword(newPassword);
  const updated = await User.findOneAndUpdate(
    { _id: user._id },
    { $set: { passwordHash }, $inc: { sessionVersion: 1 } },
    { returnDocument: 'after' },
  ).lean<UserRecord>();
  await recordAudit({
    actorId: user._id,
    action: 'user.password-changed',
    targetType: 'user',
    targetId: user._id,
    ip,
  });
  return updated!;
}

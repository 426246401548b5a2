import mongoose, { type Types } from 'mongoose';
import type { Config } from '../config';
import { User, type UserRecord } from '../models/User';
import { ForbiddenError, TooManyRequestsError, UnauthenticatedError, isDuplicateKey } from '../errors';
import { KeyedLock } from './keyedLock';
import { dummyPasswordHash, hashPassword, verifyPassword } from './passwords';
import { recordAudit } from './audit';

const INVALID = 'Email or password is incorrect';

/** One sign-in attempt at a time per account in this process. */
const accountLocks = new KeyedLock();

/**
 * One document per password check of a round, `_id` `<round>:<n>` for n = 1…maxFailures. Being `_id`s
 * they are unique on every engine and across processes, which is what makes the count exact: FerretDB
 * v1 applies neither `$inc` nor a conditional update atomically.
 */
interface CheckSlot {
  _id: string;
  userId: Types.ObjectId;
  at: Date;
  ip: string | null;
}
const slots = () => mongoose.connection.collection<CheckSlot>('loginchecks');

/**
 * The checks counted since the account's last sign-in or lock-out form a round, named by its
 * `sessionVersion` and `lockedUntil`: a lock-out sets `lockedUntil` to its end, a sign-in to its
 * moment, a password change or reset bumps `sessionVersion` — each starts a fresh round.
 */
const roundOf = (u: UserRecord) => `${String(u._id)}:${u.sessionVersion}:${u.lockedUntil?.getTime() ?? 0}`;
const slotIds = (round: string, max: number) => Array.from({ length: max }, (_, i) => `${round}:${i + 1}`);

/** Takes the round's lowest free check slot; null when all `max` are taken. */
async function takeSlot(round: string, user: UserRecord, max: number, ip: string | null) {
  for (const [i, _id] of slotIds(round, max).entries()) {
    const at = new Date();
    try {
      await slots().insertOne({ _id, userId: user._id, at, ip });
      return { n: i + 1, at };
    } catch (err) {
      if (!isDuplicateKey(err)) throw err;
    }
  }
  return null;
}

/**
 * Checks credentials with per-account throttling: at most `maxFailures` passwords are checked per
 * round, the check that fills the round locks the account for `lockMs` if it fails, and every
 * failure and lock-out is audited. Exact under parallel guessing, within a process (the account's
 * lock) and across processes (the slots).
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
  return accountLocks.run(String(user._id), () => checkPassword(user._id, password, ip, login));
}

async function checkPassword(
  id: Types.ObjectId,
  password: string,
  ip: string | null,
  login: Config['login'],
): Promise<UserRecord> {
  // Read afresh under the account's lock; a second pass only when the round ended meanwhile.
  for (let pass = 0; pass < 2; pass++) {
    const user = await User.findById(id).lean<UserRecord>();
    if (!user) throw new UnauthenticatedError(INVALID);
    const now = Date.now();
    if (user.lockedUntil && user.lockedUntil.getTime() > now)
      throw await lockedOut(user, ip, user.lockedUntil);
    const round = roundOf(user);
    const slot = await takeSlot(round, user, login.maxFailures, ip);
    if (!slot) {
      // The round is full: the lock-out runs from its last check, whether or not that check's
      // taker (maybe another process, maybe still hashing) has recorded it yet.
      const last = await slots().findOne({ _id: `${round}:${login.maxFailures}` });
      if (last) {
        const until = new Date(last.at.getTime() + login.lockMs);
        if (until.getTime() > now) throw await lockedOut(user, ip, until);
        // Over, but never recorded (its taker died): that starts the next round.
        await User.updateOne({ _id: user._id }, { $set: { lockedUntil: until } });
      } // else a sign-in ended the round meanwhile
      continue;
    }
    if (!(await verifyPassword(password, user.passwordHash))) {
      await registerFailure(user, slot, ip, login);
      throw new UnauthenticatedError(INVALID);
    }
    // The right password ends the round (and frees its slots) even if the account is suspended.
    await User.updateOne({ _id: user._id }, { $set: { lockedUntil: new Date() } });
    await slots().deleteMany({ _id: { $in: slotIds(round, login.maxFailures) } });
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
    return user;
  }
  throw new TooManyRequestsError('Too many sign-in attempts at once. Try again in a moment.', 1);
}

async function lockedOut(user: UserRecord, ip: string | null, until: Date) {
  await recordAudit({
    action: 'login.failed',
    ip,
    targetType: 'user',
    targetId: user._id,
    details: { reason: 'locked' },
  });
  const seconds = Math.ceil((until.getTime() - Date.now()) / 1000);
  return new TooManyRequestsError('Too many failed sign-in attempts. Try again later.', Math.max(1, seconds));
}

async function registerFailure(
  user: UserRecord,
  slot: { n: number; at: Date },
  ip: string | null,
  login: Config['login'],
) {
  const failures = slot.n;
  await recordAudit({
    action: 'login.failed',
    ip,
    targetType: 'user',
    targetId: user._id,
    details: { failures },
  });
  if (failures < login.maxFailures) return;
  // The same end as any other process derives from this slot (see checkPassword).
  await User.updateOne(
    { _id: user._id },
    { $set: { lockedUntil: new Date(slot.at.getTime() + login.lockMs) } },
  );
  await recordAudit({
    action: 'login.locked',
    ip,
    targetType: 'user',
    targetId: user._id,
    details: { failures },
  });
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

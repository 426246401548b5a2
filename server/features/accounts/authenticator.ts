import { createHmac } from 'node:crypto';
import mongoose, { Types } from 'mongoose';
import type { Config } from '../../config';
import { User, type UserRecord } from '../../models/User';
import {
  ForbiddenError,
  TooManyRequestsError,
  UnauthenticatedError,
  isDuplicateKey,
  type DomainError,
} from '../../errors';
import { KeyedLock } from '../../lib/keyedLock';
import { dummyPasswordHash, hashPassword, verifyPassword } from './passwords';
import { recordAudit, type AuditInput } from '../audit/audit';

const INVALID = 'Email or password is incorrect';

/** What the throttled checks need from the configuration. */
export type ThrottleConfig = Pick<Config, 'login' | 'sessionSecret'>;

/** One password check at a time per account (or unknown email) in this process. */
const accountLocks = new KeyedLock();

/**
 * One document per password check of a round, `_id` `<round>:<n>` for n = 1…maxFailures. Being `_id`s
 * they are unique on every engine and across processes, which is what makes the count exact: FerretDB
 * v1 applies neither `$inc` nor a conditional update atomically.
 */
interface CheckSlot {
  _id: string;
  /** null for an email no account has. */
  userId: Types.ObjectId | null;
  at: Date;
  ip: string | null;
}
const slots = () => mongoose.connection.collection<CheckSlot>('loginchecks');

/**
 * Stands in for the account record of an email no account has: the end of its last lock-out (which
 * names its next round). `_id` is the keyed hash of the normalised email (see `emailKey`).
 */
interface UnknownLogin {
  _id: string;
  lockedUntil: Date;
}
const unknownLogins = () => mongoose.connection.collection<UnknownLogin>('unknownlogins');

/**
 * The checks counted since the account's last sign-in or lock-out form a round, named by its
 * `sessionVersion` and `lockedUntil`: a lock-out sets `lockedUntil` to its end, a sign-in to its
 * moment, a password change or reset bumps `sessionVersion` — each starts a fresh round.
 */
const roundOf = (u: UserRecord) => `${String(u._id)}:${u.sessionVersion}:${u.lockedUntil?.getTime() ?? 0}`;
const slotIds = (round: string, max: number) => Array.from({ length: max }, (_, i) => `${round}:${i + 1}`);

/** The current round of whatever the attempt is counted against. */
interface Round {
  name: string;
  lockedUntil: Date | null;
  /** null for an unknown email: no password can pass. */
  user: UserRecord | null;
}

/**
 * Whose rounds an attempt counts in: an account, or an email no account has. Both go through the
 * same slots, locks and answers, so nothing tells them apart from outside.
 */
interface Subject {
  /** The per-process lock's key. */
  lockKey: string;
  userId: Types.ObjectId | null;
  /** Read afresh (under the lock): the current round. null when the account is gone. */
  read(): Promise<Round | null>;
  /** Records a lock-out's end, or the moment a round ended: either starts the next round. */
  lockUntil(at: Date): Promise<void>;
  /** How the audit log names the subject. */
  audit: Pick<AuditInput, 'targetType' | 'targetId'> & { details: Record<string, unknown> };
}

function account(id: Types.ObjectId): Subject {
  return {
    lockKey: String(id),
    userId: id,
    async read() {
      const user = await User.findById(id).lean<UserRecord>();
      return user && { name: roundOf(user), lockedUntil: user.lockedUntil, user };
    },
    async lockUntil(at) {
      await User.updateOne({ _id: id }, { $set: { lockedUntil: at } });
    },
    audit: { targetType: 'user', targetId: id, details: {} },
  };
}

/**
 * The keyed hash (HMAC with SESSION_SECRET) that names an unknown email's rounds: the slots and
 * records hold no email, and nobody without the secret can tell which email a record stands for.
 */
const emailKey = (email: string, secret: string) =>
  createHmac('sha256', secret).update(`login-round:${email}`).digest('base64url');
const normaliseEmail = (email: string) => email.trim().toLowerCase();

function unknownEmail(email: string, secret: string): Subject {
  const key = emailKey(email, secret);
  return {
    lockKey: `email:${key}`,
    userId: null,
    async read() {
      const record = await unknownLogins().findOne({ _id: key });
      const lockedUntil = record?.lockedUntil ?? null;
      return { name: `email:${key}:${lockedUntil?.getTime() ?? 0}`, lockedUntil, user: null };
    },
    async lockUntil(at) {
      const set = { $set: { lockedUntil: at } };
      try {
        await unknownLogins().updateOne({ _id: key }, set, { upsert: true });
      } catch (err) {
        // Two processes created it at once: the record exists now.
        if (!isDuplicateKey(err)) throw err;
        await unknownLogins().updateOne({ _id: key }, set);
      }
    },
    audit: { details: { email } },
  };
}

/** One password check in a subject's round. */
interface Check {
  ip: string | null;
  login: Config['login'];
  /** Checks the password against the round's account (null: an unknown email, which never passes). */
  verify(user: UserRecord | null): Promise<boolean>;
  /** The answer to a wrong password. */
  wrong(): DomainError;
  /** The message of the answer while locked. */
  locked: string;
  actorId?: Types.ObjectId;
  /** Added to the audit details. */
  context?: Record<string, unknown>;
}

/** Takes the round's lowest free check slot; null when all `max` are taken. */
async function takeSlot(round: string, userId: Types.ObjectId | null, max: number, ip: string | null) {
  for (const [i, _id] of slotIds(round, max).entries()) {
    const at = new Date();
    try {
      await slots().insertOne({ _id, userId, at, ip });
      return { n: i + 1, at };
    } catch (err) {
      if (!isDuplicateKey(err)) throw err;
    }
  }
  return null;
}

/**
 * Checks one password with per-subject throttling: at most `maxFailures` passwords are checked per
 * round, the check that fills the round locks the subject for `lockMs` if it fails, and every
 * failure and lock-out is audited. Exact under parallel guessing, within a process (the subject's
 * lock, held by the caller) and across processes (the slots). The right password ends the round.
 */
async function checkInRound(subject: Subject, check: Check): Promise<UserRecord> {
  const { login } = check;
  // Read afresh under the lock; a second pass only when the round ended meanwhile.
  for (let pass = 0; pass < 2; pass++) {
    const round = await subject.read();
    if (!round) throw check.wrong();
    const now = Date.now();
    if (round.lockedUntil && round.lockedUntil.getTime() > now)
      throw await lockedOut(subject, check, round.lockedUntil);
    const slot = await takeSlot(round.name, subject.userId, login.maxFailures, check.ip);
    if (!slot) {
      // The round is full: the lock-out runs from its last check, whether or not that check's
      // taker (maybe another process, maybe still hashing) has recorded it yet.
      const last = await slots().findOne({ _id: `${round.name}:${login.maxFailures}` });
      if (last) {
        const until = new Date(last.at.getTime() + login.lockMs);
        if (until.getTime() > now) throw await lockedOut(subject, check, until);
        // Over, but never recorded (its taker died): that starts the next round.
        await subject.lockUntil(until);
      } // else a sign-in ended the round meanwhile
      continue;
    }
    // An unknown email is hashed like any password (against a dummy hash), and never passes.
    const passed = await check.verify(round.user);
    if (!passed || !round.user) {
      await registerFailure(subject, check, slot);
      throw check.wrong();
    }
    // The right password ends the round (and frees its slots).
    await subject.lockUntil(new Date());
    await slots().deleteMany({ _id: { $in: slotIds(round.name, login.maxFailures) } });
    return round.user;
  }
  throw new TooManyRequestsError('Too many sign-in attempts at once. Try again in a moment.', 1);
}

const auditBase = (subject: Subject, check: Check) => ({
  actorId: check.actorId ?? null,
  ip: check.ip,
  targetType: subject.audit.targetType,
  targetId: subject.audit.targetId,
});

async function lockedOut(subject: Subject, check: Check, until: Date) {
  await recordAudit({
    ...auditBase(subject, check),
    action: 'login.failed',
    details: { ...subject.audit.details, ...check.context, reason: 'locked' },
  });
  const seconds = Math.ceil((until.getTime() - Date.now()) / 1000);
  return new TooManyRequestsError(check.locked, Math.max(1, seconds));
}

async function registerFailure(subject: Subject, check: Check, slot: { n: number; at: Date }) {
  const failures = slot.n;
  const details = { ...subject.audit.details, ...check.context };
  await recordAudit({
    ...auditBase(subject, check),
    action: 'login.failed',
    details: { ...details, ...(subject.userId ? {} : { reason: 'unknown-email' }), failures },
  });
  if (failures < check.login.maxFailures) return;
  // The same end as any other process derives from this slot (see checkInRound).
  await subject.lockUntil(new Date(slot.at.getTime() + check.login.lockMs));
  await recordAudit({
    ...auditBase(subject, check),
    action: 'login.locked',
    details: { ...details, failures },
  });
}

/**
 * Checks sign-in credentials (see checkInRound). An unknown email is counted in rounds of its own,
 * keyed by a keyed hash of the normalised email, and checked against a dummy hash: its answers —
 * 401 until the round is full, then 429 with the same Retry-After — and their timing are a known
 * account's.
 */
export async function authenticate(
  email: string,
  password: string,
  ip: string | null,
  config: ThrottleConfig,
): Promise<UserRecord> {
  const found = await User.findOne({ email }, { _id: 1 }).lean<{ _id: Types.ObjectId }>();
  const subject = found ? account(found._id) : unknownEmail(normaliseEmail(email), config.sessionSecret);
  const user = await accountLocks.run(subject.lockKey, () =>
    checkInRound(subject, {
      ip,
      login: config.login,
      verify: async (u) => verifyPassword(password, u?.passwordHash ?? (await dummyPasswordHash())),
      wrong: () => new UnauthenticatedError(INVALID),
      locked: 'Too many failed sign-in attempts. Try again later.',
    }),
  );
  // The right password ended the round even if the account is suspended.
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

/**
 * Changes a signed-in user's password after checking the current one; ends their other sessions
 * (bumps `sessionVersion`). Wrong current passwords count in the account's sign-in round: after
 * LOGIN_MAX_FAILURES of them (sign-in failures included) the account is locked, and even the right
 * one is answered 429 until the lock ends.
 */
export async function changePassword(
  userId: Types.ObjectId | string,
  currentPassword: string,
  newPassword: string,
  ip: string | null,
  config: ThrottleConfig,
) {
  const id = new Types.ObjectId(String(userId));
  const subject = account(id);
  const user = await accountLocks.run(subject.lockKey, () =>
    checkInRound(subject, {
      ip,
      login: config.login,
      actorId: id,
      verify: async (u) => verifyPassword(currentPassword, u?.passwordHash ?? (await dummyPasswordHash())),
      wrong: () => new ForbiddenError('The current password is incorrect'),
      locked: 'Too many wrong passwords. Try again later.',
      context: { during: 'password-change' },
    }),
  );
  const passwordHash = await hashPassword(newPassword);
  const updated = await User.findOneAndUpdate(
    { _id: user._id },
    { $set: { passwordHash }, $inc: { sessionVersion: 1 } },
    { returnDocument: 'after' },
  ).lean<UserRecord>();
  if (!updated) throw new UnauthenticatedError();
  await recordAudit({
    actorId: user._id,
    action: 'user.password-changed',
    targetType: 'user',
    targetId: user._id,
    ip,
  });
  return updated;
}

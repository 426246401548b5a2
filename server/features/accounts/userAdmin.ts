import type { Types } from 'mongoose';
import type { z } from 'zod';
import type { UpdateUserSchema, UserListQuerySchema } from '@shared/schemas/user';
import { User, type UserRecord } from '../../models/User';
import { Organisation } from '../../models/Organisation';
import { ConflictError, NotFoundError, ValidationError } from '../../errors';
import { appEvents } from '../../events';
import { recordAudit } from '../audit/audit';
import { paginate } from '../../lib/pagination';
import { escapeRegex } from '../../lib/text';

/** One page of users by name, with filters; `q` matches anywhere in the name or email. */
export async function findUsers(q: z.infer<typeof UserListQuerySchema>) {
  const filter: Record<string, unknown> = {};
  if (q.role) filter.role = q.role;
  if (q.status) filter.status = q.status;
  if (q.organisation) filter.organisationId = q.organisation;
  if (q.q) {
    const re = { $regex: escapeRegex(q.q), $options: 'i' };
    filter.$or = [{ name: re }, { email: re }];
  }
  return paginate(
    User,
    filter,
    { field: 'name', direction: 1, limit: q.limit, cursor: q.cursor },
    { passwordHash: 0 },
  );
}

const activeHosts = () => User.countDocuments({ role: 'host', status: 'active' });

/**
 * Changes a user's role, status or organisation. Suspension revokes every session and socket at once.
 * The last active host can never be demoted or suspended: the change is checked before and, against
 * a concurrent change, re-checked after the write and undone if it left no active host.
 */
export async function updateUser(
  id: string,
  changes: z.infer<typeof UpdateUserSchema>,
  actor: { _id: Types.ObjectId; ip?: string | null },
): Promise<UserRecord> {
  const before = await User.findById(id).lean<UserRecord>();
  if (!before) throw new NotFoundError('User');
  if (changes.organisationId && !(await Organisation.exists({ _id: changes.organisationId }))) {
    throw new ValidationError('organisationId: No such organisation', {
      organisationId: 'No such organisation',
    });
  }
  const losesHost =
    before.role === 'host' &&
    before.status === 'active' &&
    ((changes.role && changes.role !== 'host') || changes.status === 'suspended');
  const lastHostError = new ConflictError(
    'This is the last active host: make someone else a host first',
    'last_host',
  );
  if (losesHost && (await activeHosts()) <= 1) throw lastHostError;

  const suspending = changes.status === 'suspended' && before.status !== 'suspended';
  const update: Record<string, unknown> = { $set: { ...changes } };
  if (suspending) update.$inc = { sessionVersion: 1 };
  const after = await User.findOneAndUpdate({ _id: before._id }, update, {
    returnDocument: 'after',
  }).lean<UserRecord>();
  if (!after) throw new NotFoundError('User');
  if (losesHost && (await activeHosts()) === 0) {
    await User.updateOne({ _id: before._id }, { $set: { role: before.role, status: before.status } });
    throw lastHostError;
  }
  if (suspending) appEvents.emit('user.sessions-revoked', String(after._id));

  const base = { actorId: actor._id, targetType: 'user', targetId: after._id, ip: actor.ip };
  if (changes.role && changes.role !== before.role) {
    appEvents.emit('user.role-changed', String(after._id), after.role);
    await recordAudit({
      ...base,
      action: 'user.role-changed',
      details: { from: before.role, to: after.role },
    });
  }
  if (changes.status && changes.status !== before.status) {
    await recordAudit({ ...base, action: suspending ? 'user.suspended' : 'user.reactivated' });
  }
  if (
    changes.organisationId !== undefined &&
    String(changes.organisationId) !== String(before.organisationId)
  ) {
    await recordAudit({
      ...base,
      action: 'user.organisation-changed',
      details: {
        from: before.organisationId ? String(before.organisationId) : null,
        to: changes.organisationId,
      },
    });
  }
  return after;
}

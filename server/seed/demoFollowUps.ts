import type { Types } from 'mongoose';
import { FollowUp, NO_DUE_DATE } from '../models/FollowUp';
import { User } from '../models/User';
import { BALI_FOLLOW_UPS } from './data/followUps';

/** The Bali 2013 follow-ups, found again by meeting and title so a second run adds nothing. */
export async function seedBaliFollowUps(meetingId: Types.ObjectId, idOf: Map<string, Types.ObjectId>) {
  const emails = BALI_FOLLOW_UPS.flatMap((f) => (f.assignee ? [f.assignee] : []));
  const users = await User.find({ email: { $in: emails } }, { email: 1 }).lean();
  const userId = new Map(users.map((u) => [u.email, u._id]));
  let created = 0;
  for (const f of BALI_FOLLOW_UPS) {
    const ownerOrganisationId = idOf.get(f.owner);
    if (!ownerOrganisationId) continue;
    const dueAt = new Date(`${f.dueAt}T00:00:00Z`);
    const r = await FollowUp.updateOne(
      { meetingId, title: f.title },
      {
        $setOnInsert: {
          meetingId,
          title: f.title,
          description: f.description,
          ownerOrganisationId,
          assigneeId: (f.assignee && userId.get(f.assignee)) ?? null,
          dueAt,
          dueSort: dueAt ?? NO_DUE_DATE,
          status: f.status,
          statusChangedAt: f.status === 'open' ? null : new Date('2014-06-30T00:00:00Z'),
          visibility: 'members',
          createdBy: null,
        },
      },
      { upsert: true },
    );
    created += r.upsertedCount;
  }
  return created;
}

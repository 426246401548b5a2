import type { FollowUpStatus } from '@shared/schemas/followUp';
import { NO_DUE_DATE, type FollowUpRecord } from '../../server/models/FollowUp';
import type { NotificationRecord } from '../../server/models/Notification';
import { DAY_MS, utcMidnight } from './random';
import { VOLUME, roleReads, type Person, type World } from './world';

const STATUS_WORDS: Record<FollowUpStatus, string> = {
  open: 'open',
  'in-progress': 'in progress',
  done: 'done',
  dropped: 'dropped',
};
const VERBS = ['Circulate', 'Draft', 'Collect', 'Review', 'Publish', 'Translate', 'Summarise', 'Map'];

/**
 * 2,000 follow-ups, most agreed at the meetings: owned by member organisations (the demo member's
 * among them), assigned to their people, older ones mostly done, recent ones open, some overdue.
 */
export function generateFollowUps(w: World): FollowUpRecord[] {
  const { rng, corpus } = w;
  const owners = w.orgs.filter((o) => o.membership === 'member');
  const memberOrg = String(w.demo.member.organisationId);
  const peopleOf = new Map<string, Person[]>();
  for (const p of w.people)
    if (p.organisationId && p.status === 'active' && p.role !== 'observer')
      peopleOf.set(String(p.organisationId), [...(peopleOf.get(String(p.organisationId)) ?? []), p]);
  const hosts = w.people.filter((p) => p.role === 'host' && p.status === 'active');
  const records: FollowUpRecord[] = [];
  for (let i = 0; i < VOLUME.actions; i++) {
    const meeting = rng.chance(0.8) ? rng.pick(w.meetings) : null;
    const createdAt = meeting
      ? new Date(meeting.startsAt.getTime() + rng.int(1, 10) * DAY_MS)
      : rng.between(w.start, w.end.getTime() - DAY_MS);
    const owner = rng.chance(0.08) ? owners.find((o) => String(o._id) === memberOrg)! : rng.pick(owners);
    const visibility = rng.chance(0.92) ? 'members' : 'hosts';
    const candidates = visibility === 'hosts' ? hosts : (peopleOf.get(String(owner._id)) ?? []);
    const memberOwns = String(owner._id) === memberOrg && visibility === 'members';
    const assignee =
      memberOwns && rng.chance(0.4)
        ? w.demo.member
        : rng.chance(0.7) && candidates.length
          ? rng.pick(candidates)
          : null;
    const dueAt = rng.chance(0.9)
      ? utcMidnight(new Date(createdAt.getTime() + rng.int(20, 180) * DAY_MS))
      : null;
    const longAgo = (dueAt ?? createdAt).getTime() < w.end.getTime() - 60 * DAY_MS;
    const status: FollowUpStatus = longAgo
      ? rng.weighted({ done: 70, dropped: 15, 'in-progress': 10, open: 5 })
      : rng.weighted({ open: 50, 'in-progress': 35, done: 15 });
    const statusChangedAt =
      status === 'open'
        ? null
        : rng.between(createdAt, Math.min(w.end.getTime(), (dueAt ?? createdAt).getTime() + 30 * DAY_MS));
    const creator = rng.pick(candidates.length ? candidates : hosts);
    const title = `${rng.pick(VERBS)} ${corpus.words(rng.int(3, 7))}`;
    const item: FollowUpRecord = {
      _id: rng.oid(createdAt),
      meetingId: meeting?._id ?? null,
      title,
      description: rng.chance(0.7) ? corpus.text(rng.int(15, 60)) : '',
      ownerOrganisationId: owner._id,
      assigneeId: assignee?._id ?? null,
      dueAt,
      dueSort: dueAt ?? NO_DUE_DATE,
      status,
      statusChangedAt,
      visibility,
      createdBy: creator._id,
      createdAt,
      updatedAt: statusChangedAt ?? createdAt,
    };
    records.push(item);
    w.actions.push({ _id: item._id, title, visibility, createdAt, ownerOrganisationId: owner._id });
    const concerned = [...(assignee ? [assignee] : []), ...rng.sample(candidates, 2)];
    if (assignee)
      notifyAbout(
        w,
        item,
        concerned,
        creator,
        createdAt,
        'action-assigned',
        `${creator.name} assigned the follow-up “${title}” to ${assignee.name}`,
      );
    if (statusChangedAt) {
      const actor = assignee ?? creator;
      notifyAbout(
        w,
        item,
        concerned,
        actor,
        statusChangedAt,
        'action-status',
        `${actor.name} marked “${title}” as ${STATUS_WORDS[status]}`,
      );
    }
  }
  return records;
}

/** What notify() stores for the people concerned by a follow-up (never the actor). */
function notifyAbout(
  w: World,
  item: FollowUpRecord,
  people: Person[],
  actor: Person,
  at: Date,
  kind: 'action-assigned' | 'action-status',
  text: string,
) {
  const seen = new Set([String(actor._id)]);
  for (const p of people) {
    if (seen.has(String(p._id)) || !roleReads(p.role, item.visibility)) continue;
    seen.add(String(p._id));
    const notice: NotificationRecord = {
      _id: w.rng.oid(at),
      recipientId: p._id,
      kind,
      actorId: actor._id,
      subjectType: 'action',
      subjectId: item._id,
      link: `/follow-ups/${String(item._id)}`,
      text,
      readAt: null,
      createdAt: at,
    };
    w.notices.push(notice);
  }
}

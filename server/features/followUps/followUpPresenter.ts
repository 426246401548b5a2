import type { FollowUpDto } from '@shared/schemas/followUp';
import type { FollowUpRecord } from '../../models/FollowUp';
import type { OrganisationRecord } from '../../models/Organisation';
import type { MeetingRecord } from '../../models/Meeting';
import type { Viewer } from '../../policies/index';
import { canEditFollowUp } from '../../policies/followUp';
import { renderMarkdownCached } from '../../lib/markdown';
import { isOverdue } from '../../lib/overdue';

/** Names and titles the presenter needs, loaded once per page of items. */
export interface FollowUpRefs {
  orgs: Map<string, Pick<OrganisationRecord, '_id' | 'name' | 'slug'>>;
  users: Map<string, string>;
  meetings: Map<string, Pick<MeetingRecord, '_id' | 'slug' | 'title'>>;
}

export function presentFollowUp(
  a: FollowUpRecord,
  refs: FollowUpRefs,
  viewer: Viewer,
  now = new Date(),
): FollowUpDto {
  const owner = refs.orgs.get(String(a.ownerOrganisationId));
  const meeting = a.meetingId ? refs.meetings.get(String(a.meetingId)) : undefined;
  return {
    id: String(a._id),
    title: a.title,
    description: a.description ?? '',
    descriptionHtml: renderMarkdownCached(a.description ?? ''),
    status: a.status,
    dueAt: a.dueAt ? a.dueAt.toISOString() : null,
    overdue: isOverdue(a, now),
    owner: owner ? { id: String(owner._id), name: owner.name, slug: owner.slug } : null,
    assignee: a.assigneeId
      ? { id: String(a.assigneeId), name: refs.users.get(String(a.assigneeId)) ?? 'Former user' }
      : null,
    // A meeting the viewer may not read is left out rather than revealed.
    meeting: meeting ? { id: String(meeting._id), slug: meeting.slug, title: meeting.title } : null,
    visibility: a.visibility === 'hosts' ? 'hosts' : 'members',
    createdAt: a.createdAt.toISOString(),
    updatedAt: a.updatedAt.toISOString(),
    statusChangedAt: a.statusChangedAt ? a.statusChangedAt.toISOString() : null,
    can: { edit: canEditFollowUp(viewer, a) },
  };
}

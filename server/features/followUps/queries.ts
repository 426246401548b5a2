import type { z } from 'zod';
import type { FollowUpDto, FollowUpListQuerySchema } from '@shared/schemas/followUp';
import type { List } from '@shared/schemas/common';
import { authorize, roleOf, type Viewer } from '../../policies/index';
import { canReadFollowUp } from '../../policies/followUp';
import type { FollowUpRecord } from '../../models/FollowUp';
import { onEveryInstance } from '../../events';
import { ReadCache } from '../../lib/readCache';
import { findFollowUps, loadFollowUp, loadFollowUpRefs } from './followUps';
import { presentFollowUp } from './followUpPresenter';

/** Items as the viewer sees them, with their organisations, assignees and meetings loaded once for all. */
export async function followUpViews(items: FollowUpRecord[], viewer: Viewer): Promise<FollowUpDto[]> {
  const refs = await loadFollowUpRefs(items, viewer);
  const now = new Date();
  return items.map((a) => presentFollowUp(a, refs, viewer, now));
}

export async function followUpView(item: FollowUpRecord, viewer: Viewer): Promise<FollowUpDto> {
  return (await followUpViews([item], viewer))[0]!;
}

type ListQuery = z.infer<typeof FollowUpListQuerySchema>;
type BoardPage = {
  page: Awaited<ReturnType<typeof findFollowUps>>;
  refs: Awaited<ReturnType<typeof loadFollowUpRefs>>;
};

/**
 * A board page's records and what they refer to depend only on the viewer's role and the filters
 * ("mine" and "me" name the viewer's organisation or the viewer): they are kept 2 s per role and
 * filters, and dropped at once by a write to a follow-up, a meeting, a person or an organisation.
 * Abilities (`can`) are still worked out per viewer.
 */
const boardPages = new ReadCache<BoardPage>(2_000, 500);
onEveryInstance(
  'entity.changed',
  ({ kind }) => (kind === 'followUp' || kind === 'meeting') && boardPages.invalidate(),
);
onEveryInstance('user.changed', () => boardPages.invalidate());
onEveryInstance('organisation.changed', () => boardPages.invalidate());

const boardKey = (viewer: Viewer & object, q: ListQuery) =>
  JSON.stringify([
    roleOf(viewer),
    q.assignee === 'me' ? String(viewer._id) : q.assignee,
    q.owner === 'mine' ? String(viewer.organisationId) : q.owner,
    q.meeting,
    q.status,
    q.overdue,
    q.limit,
    q.cursor,
  ]);

/** Follow-ups the viewer may read, by due date, with the board's filters. */
export async function listFollowUps(viewer: Viewer & object, q: ListQuery): Promise<List<FollowUpDto>> {
  const { page, refs } = await boardPages.get(boardKey(viewer, q), async () => {
    const page = await findFollowUps(viewer, q);
    return { page, refs: await loadFollowUpRefs(page.items, viewer) };
  });
  const now = new Date();
  return { items: page.items.map((a) => presentFollowUp(a, refs, viewer, now)), nextCursor: page.nextCursor };
}

/** A follow-up the viewer may read (anything else is "not found", so its existence does not leak). */
export async function readableFollowUp(viewer: Viewer, id: string): Promise<FollowUpRecord> {
  const item = await loadFollowUp(id);
  authorize(canReadFollowUp(viewer, item), viewer, { hide: 'Follow-up' });
  return item;
}

export async function readFollowUp(viewer: Viewer, id: string): Promise<FollowUpDto> {
  return followUpView(await readableFollowUp(viewer, id), viewer);
}

import type { z } from 'zod';
import type { FollowUpDto, FollowUpListQuerySchema } from '@shared/schemas/followUp';
import type { List } from '@shared/schemas/common';
import { authorize, type Viewer } from '../../policies/index';
import { canReadFollowUp } from '../../policies/followUp';
import type { FollowUpRecord } from '../../models/FollowUp';
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

/** Follow-ups the viewer may read, by due date, with the board's filters. */
export async function listFollowUps(
  viewer: Viewer & object,
  q: z.infer<typeof FollowUpListQuerySchema>,
): Promise<List<FollowUpDto>> {
  const page = await findFollowUps(viewer, q);
  return { items: await followUpViews(page.items, viewer), nextCursor: page.nextCursor };
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

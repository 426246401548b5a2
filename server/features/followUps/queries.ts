import type { z } from 'zod';
import type { ActionDto, ActionListQuerySchema } from '@shared/schemas/action';
import type { List } from '@shared/schemas/common';
import { authorize, type Viewer } from '../../policies/index';
import { canReadAction } from '../../policies/action';
import type { ActionItemRecord } from '../../models/ActionItem';
import { findActions, loadAction, loadActionRefs } from './followUps';
import { presentAction } from './followUpPresenter';

/** Items as the viewer sees them, with their organisations, assignees and meetings loaded once for all. */
export async function actionViews(items: ActionItemRecord[], viewer: Viewer): Promise<ActionDto[]> {
  const refs = await loadActionRefs(items, viewer);
  const now = new Date();
  return items.map((a) => presentAction(a, refs, viewer, now));
}

export async function actionView(item: ActionItemRecord, viewer: Viewer): Promise<ActionDto> {
  return (await actionViews([item], viewer))[0]!;
}

/** Follow-ups the viewer may read, by due date, with the board's filters. */
export async function listActions(
  viewer: Viewer & object,
  q: z.infer<typeof ActionListQuerySchema>,
): Promise<List<ActionDto>> {
  const page = await findActions(viewer, q);
  return { items: await actionViews(page.items, viewer), nextCursor: page.nextCursor };
}

/** A follow-up the viewer may read (anything else is "not found", so its existence does not leak). */
export async function readableAction(viewer: Viewer, id: string): Promise<ActionItemRecord> {
  const item = await loadAction(id);
  authorize(canReadAction(viewer, item), viewer, { hide: 'Follow-up' });
  return item;
}

export async function readAction(viewer: Viewer, id: string): Promise<ActionDto> {
  return actionView(await readableAction(viewer, id), viewer);
}

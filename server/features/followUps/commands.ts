import type { z } from 'zod';
import type { ActionDto, CreateActionSchema, UpdateActionSchema } from '@shared/schemas/action';
import { authorize } from '../../policies/index';
import { canChangeActionVisibility, canCreateAction, canEditAction } from '../../policies/action';
import type { Actor } from '../actor';
import { createAction, updateAction } from './followUps';
import { actionView, readableAction } from './queries';

/** A member or host records a follow-up; only hosts make one hosts-only. */
export async function recordAction(
  actor: Actor,
  input: z.infer<typeof CreateActionSchema>,
): Promise<ActionDto> {
  authorize(canCreateAction(actor, input.visibility), actor);
  return actionView(await createAction(input, actor), actor);
}

/** Changes a follow-up (the people doing the work, and hosts); changing who may read it is the hosts'. */
export async function editAction(
  actor: Actor,
  id: string,
  changes: z.infer<typeof UpdateActionSchema>,
): Promise<ActionDto> {
  const item = await readableAction(actor, id);
  authorize(canEditAction(actor, item), actor);
  if (changes.visibility && changes.visibility !== item.visibility)
    authorize(canChangeActionVisibility(actor), actor);
  return actionView(await updateAction(item, changes, actor), actor);
}

import type { z } from 'zod';
import type { FollowUpDto, CreateFollowUpSchema, UpdateFollowUpSchema } from '@shared/schemas/followUp';
import { authorize } from '../../policies/index';
import { canChangeFollowUpVisibility, canCreateFollowUp, canEditFollowUp } from '../../policies/followUp';
import type { Actor } from '../actor';
import { createFollowUp, updateFollowUp } from './followUps';
import { followUpView, readableFollowUp } from './queries';

/** A member or host records a follow-up; only hosts make one hosts-only. */
export async function recordFollowUp(
  actor: Actor,
  input: z.infer<typeof CreateFollowUpSchema>,
): Promise<FollowUpDto> {
  authorize(canCreateFollowUp(actor, input.visibility), actor);
  return followUpView(await createFollowUp(input, actor), actor);
}

/** Changes a follow-up (the people doing the work, and hosts); changing who may read it is the hosts'. */
export async function editFollowUp(
  actor: Actor,
  id: string,
  changes: z.infer<typeof UpdateFollowUpSchema>,
): Promise<FollowUpDto> {
  const item = await readableFollowUp(actor, id);
  authorize(canEditFollowUp(actor, item), actor);
  if (changes.visibility && changes.visibility !== item.visibility)
    authorize(canChangeFollowUpVisibility(actor), actor);
  return followUpView(await updateFollowUp(item, changes, actor), actor);
}

import type { z } from 'zod';
import type { AdminUserDto, PasswordResetLinkSchema, UpdateUserSchema } from '@shared/schemas/user';
import { authorize } from '../../policies/index';
import { canAdminister } from '../../policies/admin';
import type { Actor } from '../actor';
import { updateUser } from './userAdmin';
import { issuePasswordReset } from './passwordResets';
import { adminUserViews } from './queries';

/** A host changes someone's role, status (suspend, reactivate) or organisation. */
export async function changeUser(
  actor: Actor,
  id: string,
  changes: z.infer<typeof UpdateUserSchema>,
): Promise<AdminUserDto> {
  authorize(canAdminister(actor), actor);
  const [view] = await adminUserViews([await updateUser(id, changes, actor)]);
  return view!;
}

/** A host issues a one-time password-reset link for someone, on the origin links are built on. */
export async function issueResetLink(
  actor: Actor,
  id: string,
  publicUrl: string,
): Promise<z.infer<typeof PasswordResetLinkSchema>> {
  authorize(canAdminister(actor), actor);
  return issuePasswordReset(id, actor, publicUrl);
}

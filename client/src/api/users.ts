import type { z } from 'zod';
import { listOf, type List } from '@shared/schemas/common';
import type { Role, UserStatus } from '@shared/roles';
import {
  AdminUserDtoSchema,
  PasswordResetLinkSchema,
  type AdminUserDto,
  type UpdateUserInput,
} from '@shared/schemas/user';
import { apiFetch, queryString } from './client';

export type PasswordResetLink = z.infer<typeof PasswordResetLinkSchema>;

const UserListSchema = listOf(AdminUserDtoSchema);

export interface UserListParams {
  role?: Role;
  status?: UserStatus;
  /** An organisation id. */
  organisation?: string;
  /** Part of the name or email. */
  q?: string;
  cursor?: string | null;
  limit?: number;
}

/** Accounts sorted by name, with filters and search (host). */
export function listUsers(params: UserListParams = {}, signal?: AbortSignal): Promise<List<AdminUserDto>> {
  return apiFetch(`/api/users${queryString({ ...params, q: params.q?.trim() })}`, {
    schema: UserListSchema,
    signal,
  });
}

/**
 * Changes a user's role, status or organisation (host). A change that would leave no active host
 * fails with 409 `last_host` and a message to show as it is.
 */
export function updateUser(id: string, changes: UpdateUserInput): Promise<AdminUserDto> {
  return apiFetch(`/api/users/${encodeURIComponent(id)}`, {
    method: 'PATCH',
    body: changes,
    schema: AdminUserDtoSchema,
  });
}

/** Issues a one-time password-reset link for the user (host); it is shown only this once. */
export function createPasswordResetLink(id: string): Promise<PasswordResetLink> {
  return apiFetch(`/api/users/${encodeURIComponent(id)}/password-reset`, {
    method: 'POST',
    schema: PasswordResetLinkSchema,
  });
}

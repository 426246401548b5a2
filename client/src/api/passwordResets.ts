import type { z } from 'zod';
import { MeResponseSchema, type UserDto } from '@shared/schemas/auth';
import { PasswordResetPreviewSchema, type CompletePasswordResetInput } from '@shared/schemas/user';
import { apiFetch } from './client';

export type PasswordResetPreview = z.infer<typeof PasswordResetPreviewSchema>;

/** Whose password a reset link sets. 404 for an unknown link, 410 when used or expired. */
export function previewPasswordReset(token: string, signal?: AbortSignal): Promise<PasswordResetPreview> {
  return apiFetch(`/api/password-resets/${encodeURIComponent(token)}`, {
    schema: PasswordResetPreviewSchema,
    signal,
  });
}

/**
 * Sets the new password with a one-time link. The server signs the browser in, unless the account
 * is suspended (the returned user's status says which).
 */
export async function completePasswordReset(
  token: string,
  input: CompletePasswordResetInput,
): Promise<UserDto> {
  const { user } = await apiFetch(`/api/password-resets/${encodeURIComponent(token)}`, {
    method: 'POST',
    body: input,
    schema: MeResponseSchema,
  });
  return user;
}

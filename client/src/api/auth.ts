import {
  MeResponseSchema,
  type ChangePasswordInput,
  type LoginInput,
  type UserDto,
} from '@shared/schemas/auth';
import type { UpdateProfileInput } from '@shared/schemas/user';
import { ApiError, apiFetch } from './client';

export async function login(input: LoginInput): Promise<UserDto> {
  const { user } = await apiFetch('/api/auth/login', {
    method: 'POST',
    body: input,
    schema: MeResponseSchema,
  });
  return user;
}

export function logout(): Promise<void> {
  return apiFetch('/api/auth/logout', { method: 'POST' });
}

/** The signed-in user, or null when the visitor is anonymous (401). */
export async function me(signal?: AbortSignal): Promise<UserDto | null> {
  try {
    const { user } = await apiFetch('/api/auth/me', { schema: MeResponseSchema, signal });
    return user;
  } catch (err) {
    if (err instanceof ApiError && err.status === 401) return null;
    throw err;
  }
}

/** Changes the password; the server ends the user's other sessions and keeps this one. */
export async function changePassword(input: ChangePasswordInput): Promise<UserDto> {
  const { user } = await apiFetch('/api/auth/password', {
    method: 'POST',
    body: input,
    schema: MeResponseSchema,
  });
  return user;
}

/** Changes your own name. */
export async function updateProfile(input: UpdateProfileInput): Promise<UserDto> {
  const { user } = await apiFetch('/api/auth/me', { method: 'PATCH', body: input, schema: MeResponseSchema });
  return user;
}

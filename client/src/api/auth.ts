import type { Language } from '@shared/i18n/languages';
import {
  LanguageChoiceSchema,
  MeResponseSchema,
  SessionResponseSchema,
  type ChangePasswordInput,
  type LoginInput,
  type UserDto,
} from '@shared/schemas/auth';
import type { UpdateProfileInput } from '@shared/schemas/user';
import { apiFetch } from './client';

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

/** The signed-in user, or null when the visitor is anonymous (an answer, not an error). */
export async function session(signal?: AbortSignal): Promise<UserDto | null> {
  const { user } = await apiFetch('/api/auth/session', { schema: SessionResponseSchema, signal });
  return user;
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

/** Keeps the interface language: in a cookie, and on the account when signed in. */
export async function chooseLanguage(language: Language): Promise<Language> {
  const res = await apiFetch('/api/language', {
    method: 'PUT',
    body: { language },
    schema: LanguageChoiceSchema,
  });
  return res.language;
}

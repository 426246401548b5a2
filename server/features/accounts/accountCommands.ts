import type { z } from 'zod';
import type { ChangePasswordSchema } from '@shared/schemas/auth';
import type { UpdateProfileSchema } from '@shared/schemas/user';
import type { Language } from '@shared/i18n/languages';
import { appEvents } from '../../events';
import type { Actor } from '../actor';
import { recordAudit } from '../audit/audit';
import { changePassword, type ThrottleConfig } from './authenticator';
import { completePasswordReset } from './passwordResets';
import { loadUser, setLanguage, setName } from './userDirectory';
import { userView, type SignedIn } from './queries';

/**
 * The caller's session, as the commands that start or end one need it. The transport builds it
 * (over HTTP: passport's `req.logIn`/`req.logOut` and the session cookie), so signing in stays one
 * rule whatever the path: password, invitation, reset link.
 */
export interface SessionHandle {
  /** The session's id now (a sign-in gives it a new one). */
  id(): string;
  /** Starts a session for the user under a new id, and records the visit. */
  signIn(user: Express.User): Promise<void>;
  /** Signs out and ends the session. */
  end(): Promise<void>;
}

/** After the password was checked: starts the session, audits the sign-in, answers the account. */
export async function completeSignIn(
  user: Express.User,
  ip: string | null | undefined,
  session: SessionHandle,
): Promise<SignedIn> {
  await session.signIn(user);
  await recordAudit({
    actorId: user._id,
    action: 'login.succeeded',
    targetType: 'user',
    targetId: user._id,
    ip,
  });
  // Read again: the sign-in has just recorded the visit.
  return { user: await userView(await loadUser(user._id)) };
}

/** Signs out; the sockets of the session that ended are told to go too. */
export async function signOut(viewer: Express.User | undefined, session: SessionHandle): Promise<void> {
  const ended = viewer ? session.id() : null;
  await session.end();
  if (ended) appEvents.emit('session.ended', ended);
}

/** Edits the caller's own profile. */
export async function editProfile(
  actor: Actor,
  input: z.infer<typeof UpdateProfileSchema>,
): Promise<SignedIn> {
  return { user: await userView(await setName(actor._id, input.name)) };
}

/**
 * Changes the caller's password. This session goes on under a new id (and the new version); every
 * other one ends, their sockets too.
 */
export async function changeOwnPassword(
  actor: Actor,
  input: z.infer<typeof ChangePasswordSchema>,
  config: ThrottleConfig,
  session: SessionHandle,
): Promise<SignedIn> {
  const from = session.id();
  const updated = await changePassword(
    actor._id,
    input.currentPassword,
    input.newPassword,
    actor.ip ?? null,
    config,
  );
  let to: string | null = null;
  try {
    await session.signIn(updated);
    to = session.id();
  } finally {
    appEvents.emit('user.other-sessions-revoked', String(updated._id), { from, to });
  }
  return { user: await userView(updated) };
}

/** Sets a new password with a one-time link, and signs in (unless the account is suspended). */
export async function resetPassword(
  token: string,
  password: string,
  ip: string | null,
  session: SessionHandle,
): Promise<SignedIn> {
  const user = await completePasswordReset(token, password, ip);
  if (user.status === 'active') await session.signIn(user);
  return { user: await userView(user) };
}

/** Keeps a signed-in caller's interface language on their account (visitors keep it in a cookie only). */
export async function chooseLanguage(
  viewer: Express.User | undefined,
  language: Language,
): Promise<{ language: Language }> {
  if (viewer) await setLanguage(viewer._id, language);
  return { language };
}

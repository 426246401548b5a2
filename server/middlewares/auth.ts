import type { NextFunction, Request, Response } from 'express';
import { UnauthenticatedError } from '../errors';
import { recordSignIn } from '../features/accounts/userDirectory';

/** Lets only signed-in, active users through. */
export function requireUser(req: Request, _res: Response, next: NextFunction) {
  if (!req.user) return next(new UnauthenticatedError());
  next();
}

/** The signed-in user; only call after requireUser. */
export function currentUser(req: Request): Express.User {
  if (!req.user) throw new UnauthenticatedError();
  return req.user;
}

/**
 * Starts a session for the user (every sign-in path: password, invitation, reset link) and records
 * when they were last seen. passport ≥ 0.6 regenerates the session id here (no session fixation).
 */
export async function signInUser(req: Request, user: Express.User): Promise<void> {
  await new Promise<void>((resolve, reject) => req.logIn(user, (err) => (err ? reject(err) : resolve())));
  await recordSignIn(user._id);
}

/** The caller's IP for audit records. */
export const clientIp = (req: Request): string | null => req.ip ?? null;

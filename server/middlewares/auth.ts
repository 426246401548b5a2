import type { NextFunction, Request, Response } from 'express';
import { UnauthenticatedError } from '../errors';

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

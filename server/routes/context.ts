import type { Request, RequestHandler, Response } from 'express';
import type { Config } from '../config';
import { clientIp, currentUser, signInUser } from '../middlewares/auth';
import { SESSION_COOKIE } from '../middlewares/session';
import type { SessionHandle } from '../features/accounts/accountCommands';
import type { InvitationDelivery } from '../features/accounts/invitationCommands';
import type { Mailer } from '../features/email/mailer';
import { requestLanguage } from '../i18n/requestLanguage';

/** The origin links are built on: PUBLIC_URL when set, else the origin the request came to. */
export const publicOrigin = (req: Request, config: Config) =>
  config.publicUrl ?? `${req.protocol}://${req.get('host')}`;

/** The signed-in user making this request, with their address: the `actor` services audit. */
export const actorOf = (req: Request) => ({ ...currentUser(req), ip: clientIp(req) });

/** How the invitations a host makes in this request reach their people (links, e-mail, language). */
export const invitationDelivery = (req: Request, config: Config, mailer: Mailer): InvitationDelivery => ({
  publicUrl: publicOrigin(req, config),
  ttlMs: config.invitationTtlMs,
  mailer,
  language: requestLanguage(req),
});

/** The request's session for the commands that start or end one (passport, the session cookie). */
export const sessionHandle = (req: Request, res: Response): SessionHandle => ({
  id: () => req.sessionID,
  signIn: (user) => signInUser(req, user),
  end: () =>
    new Promise<void>((resolve, reject) =>
      // passport's logOut regenerates the session; destroying it then removes it from the store.
      req.logOut((err) => {
        if (err) return reject(err as Error);
        req.session.destroy(() => {
          res.clearCookie(SESSION_COOKIE);
          resolve();
        });
      }),
    ),
});

/**
 * Runs a middleware (a rate limiter) inside a handler, once the request has been parsed: a request
 * refused as invalid (400) is not counted against the caller's limit.
 */
export const runMiddleware = (middleware: RequestHandler, req: Request, res: Response) =>
  new Promise<void>((resolve, reject) => {
    void middleware(req, res, (err?: unknown) => (err ? reject(err as Error) : resolve()));
  });

import type { Request } from 'express';
import type { Config } from '../config';
import { clientIp, currentUser } from '../middlewares/auth';
import type { InvitationContext } from '../features/accounts/invitations';
import type { Mailer } from '../features/email/mailer';
import { requestLanguage } from '../i18n/requestLanguage';

/** The origin links are built on: PUBLIC_URL when set, else the origin the request came to. */
export const publicOrigin = (req: Request, config: Config) =>
  config.publicUrl ?? `${req.protocol}://${req.get('host')}`;

/** The signed-in user making this request, with their address: the `actor` services audit. */
export const actorOf = (req: Request) => ({ ...currentUser(req), ip: clientIp(req) });

/** What the invitation service needs to know about the signed-in host making this request. */
export const invitationContext = (req: Request, config: Config, mailer: Mailer): InvitationContext => ({
  actorId: currentUser(req)._id,
  ip: clientIp(req),
  publicUrl: publicOrigin(req, config),
  ttlMs: config.invitationTtlMs,
  mailer,
  language: requestLanguage(req),
});

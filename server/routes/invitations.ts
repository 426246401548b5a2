import { Router, type Request } from 'express';
import { z } from 'zod';
import { listOf, ObjectIdSchema } from '@shared/schemas/common';
import { MeResponseSchema } from '@shared/schemas/auth';
import {
  AcceptInvitationSchema,
  CreateInvitationSchema,
  InvitationDtoSchema,
  InvitationListQuerySchema,
  InvitationPreviewSchema,
  IssuedInvitationSchema,
  TokenParamsSchema,
} from '@shared/schemas/invitation';
import type { Config } from '../config';
import { defineLegacyRoute } from '../openapi/defineRoute';
import { valid } from '../middlewares/validate';
import { clientIp, signInUser } from '../middlewares/auth';
import { authorize } from '../policies';
import { canAdminister } from '../policies/admin';
import { Invitation } from '../models/Invitation';
import { Organisation } from '../models/Organisation';
import { paginate } from '../lib/pagination';
import {
  acceptInvitation,
  createInvitation,
  findUsableInvitation,
  reissueInvitation,
  revokeInvitation,
} from '../features/accounts/invitations';
import type { Mailer } from '../features/email/mailer';
import { invitationContext } from './context';
import { cookieLanguage } from '../i18n/requestLanguage';
import { presentInvitations } from '../features/accounts/invitationPresenter';
import { loadUserDto } from '../features/accounts/userDirectory';

const base = '/api/invitations';
const IdParams = z.strictObject({ id: ObjectIdSchema });

function stateFilter(state: string | undefined, now = new Date()) {
  switch (state) {
    case 'pending':
      return { acceptedAt: null, revokedAt: null, expiresAt: { $gt: now } };
    case 'accepted':
      return { acceptedAt: { $ne: null } };
    case 'revoked':
      return { acceptedAt: null, revokedAt: { $ne: null } };
    case 'expired':
      return { acceptedAt: null, revokedAt: null, expiresAt: { $lte: now } };
    default:
      return {};
  }
}

export function invitationsRouter(config: Config, mailer: Mailer) {
  const router = Router();
  const context = (req: Request) => invitationContext(req, config, mailer);

  defineLegacyRoute(
    router,
    base,
    {
      method: 'post',
      path: '/',
      summary: 'Invite someone (host); returns the one-time accept link',
      access: 'user',
      body: CreateInvitationSchema,
      response: { status: 201, schema: IssuedInvitationSchema },
      errors: [409],
    },
    async (req, res) => {
      authorize(canAdminister(req.user), req.user);
      res.status(201).json(await createInvitation(valid(req, CreateInvitationSchema), context(req)));
    },
  );

  defineLegacyRoute(
    router,
    base,
    {
      method: 'get',
      path: '/',
      summary: 'Invitations, newest first (host)',
      access: 'user',
      query: InvitationListQuerySchema,
      response: { status: 200, schema: listOf(InvitationDtoSchema) },
    },
    async (req, res) => {
      authorize(canAdminister(req.user), req.user);
      const q = valid(req, InvitationListQuerySchema, 'query');
      const page = await paginate(Invitation, stateFilter(q.state), {
        field: 'createdAt',
        direction: -1,
        limit: q.limit,
        cursor: q.cursor,
      });
      res.json({ items: await presentInvitations(page.items), nextCursor: page.nextCursor });
    },
  );

  defineLegacyRoute(
    router,
    base,
    {
      method: 'delete',
      path: '/:id',
      summary: 'Revoke a pending invitation (host)',
      access: 'user',
      params: IdParams,
      response: { status: 200, schema: InvitationDtoSchema },
      errors: [404, 409],
    },
    async (req, res) => {
      authorize(canAdminister(req.user), req.user);
      const inv = await revokeInvitation(valid(req, IdParams, 'params').id, context(req));
      res.json((await presentInvitations([inv]))[0]);
    },
  );

  defineLegacyRoute(
    router,
    base,
    {
      method: 'post',
      path: '/:id/reissue',
      summary: 'Withdraw the old link and issue a new one (host)',
      access: 'user',
      params: IdParams,
      response: { status: 201, schema: IssuedInvitationSchema },
      errors: [404, 409],
    },
    async (req, res) => {
      authorize(canAdminister(req.user), req.user);
      res.status(201).json(await reissueInvitation(valid(req, IdParams, 'params').id, context(req)));
    },
  );

  defineLegacyRoute(
    router,
    base,
    {
      method: 'get',
      path: '/:token',
      summary: 'What an invitation link is for (public, with the token)',
      access: 'public',
      params: TokenParamsSchema,
      response: { status: 200, schema: InvitationPreviewSchema },
      errors: [404, 410],
    },
    async (req, res) => {
      const inv = await findUsableInvitation(valid(req, TokenParamsSchema, 'params').token);
      const org = inv.organisationId
        ? await Organisation.findById(inv.organisationId, { name: 1 }).lean()
        : null;
      res.set('Cache-Control', 'no-store');
      res.json({
        email: inv.email,
        role: inv.role,
        organisation: org ? { name: org.name } : null,
        expiresAt: inv.expiresAt.toISOString(),
      });
    },
  );

  defineLegacyRoute(
    router,
    base,
    {
      method: 'post',
      path: '/:token/accept',
      summary: 'Accept an invitation: set name and password, and sign in',
      access: 'public',
      params: TokenParamsSchema,
      body: AcceptInvitationSchema,
      response: { status: 201, schema: MeResponseSchema },
      errors: [404, 409, 410],
    },
    async (req, res) => {
      const { token } = valid(req, TokenParamsSchema, 'params');
      const body = valid(req, AcceptInvitationSchema);
      const user = await acceptInvitation(
        token,
        body.name,
        body.password,
        clientIp(req),
        cookieLanguage(req),
      );
      await signInUser(req, user);
      res.status(201).json({ user: await loadUserDto(user) });
    },
  );
  return router;
}

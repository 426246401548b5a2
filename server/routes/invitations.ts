import { Router } from 'express';
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
import { defineRoute } from '../openapi/defineRoute';
import { clientIp } from '../middlewares/auth';
import type { Mailer } from '../features/email/mailer';
import { cookieLanguage } from '../i18n/requestLanguage';
import { listInvitations, previewInvitation } from '../features/accounts/queries';
import {
  invite,
  joinByInvitation,
  reissueInvitationLink,
  withdrawInvitation,
} from '../features/accounts/invitationCommands';
import { actorOf, invitationDelivery, sessionHandle } from './context';

const base = '/api/invitations';
const IdParams = z.strictObject({ id: ObjectIdSchema });

/** Invitations: hosts invite, withdraw and reissue; the invitee opens the link and joins. */
export function invitationsRouter(config: Config, mailer: Mailer) {
  const router = Router();

  defineRoute(
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
    ({ req, body }) => invite(actorOf(req), body, invitationDelivery(req, config, mailer)),
  );

  defineRoute(
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
    ({ viewer, query }) => listInvitations(viewer, query),
  );

  defineRoute(
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
    ({ req, params }) => withdrawInvitation(actorOf(req), params.id),
  );

  defineRoute(
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
    ({ req, params }) =>
      reissueInvitationLink(actorOf(req), params.id, invitationDelivery(req, config, mailer)),
  );

  defineRoute(
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
    async ({ params, res }) => {
      const preview = await previewInvitation(params.token);
      res.set('Cache-Control', 'no-store');
      return preview;
    },
  );

  defineRoute(
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
    ({ req, res, params, body }) =>
      joinByInvitation(params.token, body, clientIp(req), cookieLanguage(req), sessionHandle(req, res)),
  );
  return router;
}

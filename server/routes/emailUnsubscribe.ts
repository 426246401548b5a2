import { Router } from 'express';
import { z } from 'zod';
import { UnsubscribeQuerySchema, UnsubscribeResultSchema } from '@shared/schemas/emailPreferences';
import type { Config } from '../config';
import { defineRoute } from '../openapi/defineRoute';
import { requestLanguage } from '../i18n/requestLanguage';
import { unsubscribePreview } from '../features/email/queries';
import { unsubscribe } from '../features/email/commands';

const base = '/api/email/unsubscribe';

const UnsubscribePreviewSchema = z.object({
  topics: z.array(z.object({ topic: z.string(), label: z.string() })),
});

/**
 * One-click unsubscribe (RFC 8058), without signing in: the signed token names the person and the
 * topics. Mounted before the Origin check, since mail providers POST without one; the token is the
 * proof (it cannot be forged without the session secret). GET only describes, never changes.
 */
export function emailUnsubscribeRouter(config: Config) {
  const router = Router();
  defineRoute(
    router,
    base,
    {
      method: 'get',
      path: '/',
      summary: 'What an unsubscribe link would turn off (changes nothing)',
      access: 'public',
      query: UnsubscribeQuerySchema,
      response: { status: 200, schema: UnsubscribePreviewSchema },
      errors: [404],
    },
    async ({ query, req }) => unsubscribePreview(config, query.token, requestLanguage(req)),
  );
  defineRoute(
    router,
    base,
    {
      method: 'post',
      path: '/',
      summary: 'One-click unsubscribe (List-Unsubscribe-Post): turns the link’s topics off',
      access: 'public',
      query: UnsubscribeQuerySchema,
      response: { status: 200, schema: UnsubscribeResultSchema },
      errors: [404],
    },
    ({ query }) => unsubscribe(config, query.token),
  );
  return router;
}

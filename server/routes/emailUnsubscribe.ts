import { Router } from 'express';
import { z } from 'zod';
import {
  EMAIL_TOPIC_LABELS,
  UnsubscribeQuerySchema,
  UnsubscribeResultSchema,
  type EmailTopic,
} from '@shared/schemas/emailPreferences';
import type { Config } from '../config';
import { defineLegacyRoute } from '../openapi/defineRoute';
import { valid } from '../middlewares/validate';
import { authorize } from '../policies';
import { canUnsubscribeWith } from '../policies/email';
import { setFrequencies, topicLabel } from '../features/email/preferences';
import { requestLanguage } from '../i18n/requestLanguage';
import { verifyPayload } from '../features/email/signing';
import { UNSUBSCRIBE_PURPOSE } from '../features/email/context';

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
  const tokenOf = (token: string) => {
    const payload = verifyPayload<{ u: string; t: EmailTopic[] }>(
      config.sessionSecret,
      UNSUBSCRIBE_PURPOSE,
      token,
    );
    const ok = payload && /^[0-9a-f]{24}$/.test(payload.u) && Array.isArray(payload.t) ? payload : null;
    authorize(canUnsubscribeWith(ok), null, { hide: 'Unsubscribe link' });
    return ok!;
  };
  defineLegacyRoute(
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
    (req, res) => {
      const { t } = tokenOf(valid(req, UnsubscribeQuerySchema, 'query').token);
      const language = requestLanguage(req);
      res.json({
        topics: t
          .filter((k) => k in EMAIL_TOPIC_LABELS)
          .map((topic) => ({ topic, label: topicLabel(language, topic) })),
      });
    },
  );
  defineLegacyRoute(
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
    async (req, res) => {
      const { u, t } = tokenOf(valid(req, UnsubscribeQuerySchema, 'query').token);
      const topics = t.filter((k) => k in EMAIL_TOPIC_LABELS);
      await setFrequencies(u, Object.fromEntries(topics.map((k) => [k, 'off'])));
      res.json({ unsubscribed: topics });
    },
  );
  return router;
}

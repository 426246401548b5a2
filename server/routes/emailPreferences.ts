import { Router } from 'express';
import { EmailPreferencesDtoSchema, UpdateEmailPreferencesSchema } from '@shared/schemas/emailPreferences';
import type { Config } from '../config';
import { defineRoute } from '../openapi/defineRoute';
import { requestLanguage } from '../i18n/requestLanguage';
import { myEmailPreferences } from '../features/email/queries';
import { chooseEmailTopics } from '../features/email/commands';
import { actorOf } from './context';

const base = '/api/email-preferences';

/** The caller's own e-mail choices, per topic: off, at once, daily or weekly digest. */
export function emailPreferencesRouter(config: Config) {
  const router = Router();
  const enabled = Boolean(config.smtpUrl);
  defineRoute(
    router,
    base,
    {
      method: 'get',
      path: '/',
      summary: 'Your e-mail choices per topic',
      access: 'user',
      response: { status: 200, schema: EmailPreferencesDtoSchema },
    },
    ({ viewer, req }) => myEmailPreferences(viewer, enabled, requestLanguage(req)),
  );
  defineRoute(
    router,
    base,
    {
      method: 'put',
      path: '/',
      summary: 'Change some of your e-mail choices (hosts-only topics are for hosts)',
      access: 'user',
      body: UpdateEmailPreferencesSchema,
      response: { status: 200, schema: EmailPreferencesDtoSchema },
    },
    ({ req, body }) => chooseEmailTopics(actorOf(req), body.topics, enabled, requestLanguage(req)),
  );
  return router;
}

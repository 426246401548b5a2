import { Router } from 'express';
import {
  EmailPreferencesDtoSchema,
  UpdateEmailPreferencesSchema,
  type EmailTopic,
} from '@shared/schemas/emailPreferences';
import type { Config } from '../config';
import { defineLegacyRoute } from '../openapi/defineRoute';
import { valid } from '../middlewares/validate';
import { currentUser } from '../middlewares/auth';
import { authorize } from '../policies';
import { canChooseEmailTopics, canManageEmailPreferences } from '../policies/email';
import { presentPreferences, setFrequencies } from '../features/email/preferences';
import { requestLanguage } from '../i18n/requestLanguage';

const base = '/api/email-preferences';

/** The caller's own e-mail choices, per topic: off, at once, daily or weekly digest. */
export function emailPreferencesRouter(config: Config) {
  const router = Router();
  const enabled = Boolean(config.smtpUrl);
  defineLegacyRoute(
    router,
    base,
    {
      method: 'get',
      path: '/',
      summary: 'Your e-mail choices per topic',
      access: 'user',
      response: { status: 200, schema: EmailPreferencesDtoSchema },
    },
    async (req, res) => {
      authorize(canManageEmailPreferences(req.user), req.user);
      res.json(await presentPreferences(currentUser(req), enabled, requestLanguage(req)));
    },
  );
  defineLegacyRoute(
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
    async (req, res) => {
      const { topics } = valid(req, UpdateEmailPreferencesSchema);
      authorize(canChooseEmailTopics(req.user, Object.keys(topics) as EmailTopic[]), req.user);
      const user = currentUser(req);
      await setFrequencies(user._id, topics);
      res.json(await presentPreferences(user, enabled, requestLanguage(req)));
    },
  );
  return router;
}

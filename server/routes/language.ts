import { Router } from 'express';
import { LanguageChoiceSchema } from '@shared/schemas/auth';
import type { Config } from '../config';
import { defineRoute } from '../openapi/defineRoute';
import { setLanguageCookie } from '../i18n/requestLanguage';
import { chooseLanguage } from '../features/accounts/accountCommands';

const base = '/api/language';

export function languageRouter(config: Config) {
  const router = Router();
  const secure = (config.publicUrl ?? '').startsWith('https://');

  defineRoute(
    router,
    base,
    {
      method: 'put',
      path: '/',
      summary: 'Choose the interface language (kept in a cookie, and on the account when signed in)',
      access: 'public',
      body: LanguageChoiceSchema,
      response: { status: 200, schema: LanguageChoiceSchema },
    },
    async ({ viewer, body, res }) => {
      const chosen = await chooseLanguage(viewer, body.language);
      setLanguageCookie(res, chosen.language, secure);
      return chosen;
    },
  );
  return router;
}

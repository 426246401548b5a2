import { Router } from 'express';
import { LanguageChoiceSchema } from '@shared/schemas/auth';
import type { Config } from '../config';
import { defineLegacyRoute } from '../openapi/defineRoute';
import { valid } from '../middlewares/validate';
import { setLanguageCookie } from '../i18n/requestLanguage';
import { User } from '../models/User';

const base = '/api/language';

export function languageRouter(config: Config) {
  const router = Router();
  const secure = (config.publicUrl ?? '').startsWith('https://');

  defineLegacyRoute(
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
    async (req, res) => {
      const { language } = valid(req, LanguageChoiceSchema);
      if (req.user) await User.updateOne({ _id: req.user._id }, { $set: { language } });
      setLanguageCookie(res, language, secure);
      res.json({ language });
    },
  );
  return router;
}

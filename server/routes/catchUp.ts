import { Router } from 'express';
import { CatchUpDtoSchema } from '@shared/schemas/catchUp';
import { defineLegacyRoute } from '../openapi/defineRoute';
import { catchUp } from '../features/catchUp/catchUp';
import { localize } from '../errors';
import { requestLanguage } from '../i18n/requestLanguage';

/** The signed-in newcomer's catch-up page in one request. */
export function catchUpRouter() {
  const router = Router();
  defineLegacyRoute(
    router,
    '/api/catch-up',
    {
      method: 'get',
      path: '/',
      summary:
        'What changed since your last visit, latest reports, indicator overview, recent decisions and changes, open follow-ups, busy threads',
      access: 'user',
      response: { status: 200, schema: CatchUpDtoSchema },
    },
    async (req, res) => {
      const page = await catchUp(req.user, req.user?.previousSeenAt ?? null);
      // What changed is said in a few English words ("Revised; now in consultation"), each a key of
      // the `errors` catalogue: answered in the reader's language.
      const language = requestLanguage(req);
      res.json(
        page.sinceLastVisit
          ? {
              ...page,
              sinceLastVisit: {
                ...page.sinceLastVisit,
                changes: page.sinceLastVisit.changes.map((c) => ({ ...c, what: localize(language, c.what) })),
              },
            }
          : page,
      );
    },
  );
  return router;
}

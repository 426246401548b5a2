import { Router } from 'express';
import { CatchUpDtoSchema } from '@shared/schemas/catchUp';
import { defineRoute } from '../openapi/defineRoute';
import { readCatchUp } from '../features/catchUp/queries';
import { requestLanguage } from '../i18n/requestLanguage';

/** The signed-in newcomer's catch-up page in one request. */
export function catchUpRouter() {
  const router = Router();
  defineRoute(
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
    ({ viewer, req }) => readCatchUp(viewer, requestLanguage(req)),
  );
  return router;
}

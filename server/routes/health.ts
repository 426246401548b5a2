import { Router } from 'express';
import { HealthSchema } from '@shared/schemas/health';
import { defineLegacyRoute } from '../openapi/defineRoute';
import { databaseIsUp } from '../db/connect';

export function healthRouter() {
  const router = Router();
  defineLegacyRoute(
    router,
    '/api/health',
    {
      method: 'get',
      path: '/',
      summary: 'Liveness and database status',
      access: 'public',
      response: { status: 200, schema: HealthSchema },
      errors: [503],
    },
    async (_req, res) => {
      const up = await databaseIsUp();
      res.set('Cache-Control', 'no-store');
      res.status(up ? 200 : 503).json({ status: up ? 'ok' : 'unavailable', db: up ? 'up' : 'down' });
    },
  );
  return router;
}

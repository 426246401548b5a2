import { Router } from 'express';
import { HealthSchema, type Health } from '@shared/schemas/health';
import { defineRoute, withStatus } from '../openapi/defineRoute';
import { databaseIsUp } from '../db/connect';

export function healthRouter() {
  const router = Router();
  defineRoute(
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
    async ({ res }) => {
      const up = await databaseIsUp();
      res.set('Cache-Control', 'no-store');
      const health: Health = up ? { status: 'ok', db: 'up' } : { status: 'unavailable', db: 'down' };
      return up ? health : withStatus(503, health);
    },
  );
  return router;
}

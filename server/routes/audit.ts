import { Router } from 'express';
import { listOf } from '@shared/schemas/common';
import { AuditEventDtoSchema, AuditListQuerySchema } from '@shared/schemas/audit';
import { defineRoute } from '../openapi/defineRoute';
import { requestLanguage } from '../i18n/requestLanguage';
import { listAuditEvents } from '../features/audit/queries';

const base = '/api/audit';

/** Read-only: the audit log has no route that changes or deletes it. */
export function auditRouter() {
  const router = Router();
  defineRoute(
    router,
    base,
    {
      method: 'get',
      path: '/',
      summary: 'The audit log, newest first, with filters (host)',
      access: 'user',
      query: AuditListQuerySchema,
      response: { status: 200, schema: listOf(AuditEventDtoSchema) },
    },
    ({ viewer, query, req }) => listAuditEvents(viewer, query, requestLanguage(req)),
  );
  return router;
}

import { Router } from 'express';
import { DocumentIdParamsSchema } from '@shared/schemas/document';
import { DocumentPreviewDtoSchema, PreviewQuerySchema } from '@shared/schemas/documentPreview';
import { defineRoute } from '../openapi/defineRoute';
import type { Library } from '../features/library/library';
import { previewableVersion, previewOf } from '../features/library/queries';

/** A document version as a readable page: Markdown, text, CSV and Word files (PDFs and images are shown inline). */
export function documentPreviewRouter(library: Library) {
  const router = Router();
  defineRoute(
    router,
    '/api/documents',
    {
      method: 'get',
      path: '/:id/preview',
      summary: 'The current or a given version as sanitised HTML (Markdown, DOCX) or plain text (text, CSV)',
      access: 'public',
      params: DocumentIdParamsSchema,
      query: PreviewQuerySchema,
      response: { status: 200, schema: DocumentPreviewDtoSchema },
      errors: [404, 415],
    },
    async ({ viewer, params, query, res }) => {
      const version = await previewableVersion(viewer, params.id, query.version);
      // Once the version is found, every answer (the preview, or 415 for a type without one) is private.
      res.set('Cache-Control', 'private, no-cache');
      return previewOf(library, version);
    },
  );
  return router;
}

import { Router } from 'express';
import { DocumentIdParamsSchema } from '@shared/schemas/document';
import { DocumentPreviewDtoSchema, PreviewQuerySchema } from '@shared/schemas/documentPreview';
import { defineLegacyRoute } from '../openapi/defineRoute';
import { valid } from '../middlewares/validate';
import { authorize } from '../policies';
import { canReadDocument } from '../policies/document';
import { DocumentVersion, type DocumentVersionRecord } from '../models/DocumentVersion';
import { NotFoundError } from '../errors';
import type { Library } from '../features/library/library';
import { loadDocument, subjectOf } from '../features/library/documents';
import { previewFile } from '../features/library/documentPreview';

/** A document version as a readable page: Markdown, text, CSV and Word files (PDFs and images are shown inline). */
export function documentPreviewRouter(library: Library) {
  const router = Router();
  defineLegacyRoute(
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
    async (req, res) => {
      const doc = await loadDocument(valid(req, DocumentIdParamsSchema, 'params').id);
      authorize(canReadDocument(req.user, subjectOf(doc)), req.user, { hide: 'Document' });
      const number = valid(req, PreviewQuerySchema, 'query').version ?? doc.currentVersion;
      const v = await DocumentVersion.findOne(
        { documentId: doc._id, number },
        { text: 0 },
      ).lean<DocumentVersionRecord>();
      if (!v) throw new NotFoundError('Version');
      res.set('Cache-Control', 'private, no-cache');
      res.json(await previewFile(library.store.pathOf(v.storageKey), v.mimeType, v.sha256));
    },
  );
  return router;
}

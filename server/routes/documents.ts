import { Router, type Request } from 'express';
import contentDisposition from 'content-disposition';
import type { z } from 'zod';
import { listOf } from '@shared/schemas/common';
import {
  DocumentDtoSchema,
  DocumentFieldsSchema,
  DocumentListSchema,
  DocumentIdParamsSchema,
  DocumentListQuerySchema,
  DocumentVersionDtoSchema,
  DownloadQuerySchema,
  NewVersionFieldsSchema,
  UpdateDocumentSchema,
} from '@shared/schemas/document';
import type { Config } from '../config';
import { defineLegacyRoute } from '../openapi/defineRoute';
import { actorOf } from './context';
import { currentUser } from '../middlewares/auth';
import { parseIn, valid, toValidationError } from '../middlewares/validate';
import { requestLanguage } from '../i18n/requestLanguage';
import { singleFileUpload, uploadedFile } from '../middlewares/upload';
import { authorize } from '../policies';
import {
  canManageDocument,
  canReadDocument,
  canUploadDocument,
  canUseVisibility,
  documentAbilities,
} from '../policies/document';
import { DocumentVersion, type DocumentVersionRecord } from '../models/DocumentVersion';
import { ConflictError, NotFoundError } from '../errors';
import type { Library } from '../features/library/library';
import { loadRefs } from '../features/library/library';
import { listDocumentsJson } from '../features/library/documentSearch';
import { addVersion, createDocument } from '../features/library/documentUploader';
import { displayFilename } from '../features/library/uploads/displayName';
import { storageUsedBy } from '../features/library/uploads/quota';
import { loadDocument, setArchived, subjectOf, updateDocument } from '../features/library/documents';
import { presentVersion, type DocumentView } from '../features/library/documentPresenter';

const base = '/api/documents';
const INLINE_TYPES = new Set(['application/pdf', 'image/png', 'image/jpeg']);
const VersionList = listOf(DocumentVersionDtoSchema);
/** ASCII names go as they are; others get an ASCII fallback plus the RFC 5987 UTF-8 name. */
function dispositionHeader(type: 'inline' | 'attachment', name: string): string {
  const ascii = asciiName(name);
  if (ascii === name) return contentDisposition(name, { type });
  const utf8 = encodeURIComponent(name).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `${type}; filename="${ascii}"; filename*=UTF-8''${utf8}`;
}
const asciiName = (name: string) =>
  name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\x20-\x7e]/g, '_')
    .replace(/["\\]/g, '_');

/** Parses multipart text fields with a zod schema (they are not JSON, so this runs after multer). */
function parseFields<S extends z.ZodType>(schema: S, req: Request): z.infer<S> {
  const language = requestLanguage(req);
  const parsed = parseIn(schema, req.body ?? {}, language);
  if (!parsed.success) throw toValidationError(parsed.error, language);
  return parsed.data;
}

export function documentsRouter(config: Config, library: Library) {
  const router = Router();
  const quota = config.uploadQuotaBytes;
  const upload = singleFileUpload(
    library.store,
    config.uploadMaxBytes,
    quota === null ? null : { bytes: quota, usedBy: (req) => storageUsedBy(currentUser(req)._id) },
  );
  const withCan = (req: Request, view: DocumentView) => ({
    ...view,
    can: documentAbilities(req.user, {
      visibility: view.visibility,
      archived: view.archived,
      ownerId: view.owner?.id ?? '',
    }),
  });

  /** Loads a document the caller may read; anything else is a 404 so its existence does not leak. */
  const readable = async (req: Request) => {
    const doc = await loadDocument(valid(req, DocumentIdParamsSchema, 'params').id);
    authorize(canReadDocument(req.user, subjectOf(doc)), req.user, { hide: 'Document' });
    return doc;
  };
  const managed = async (req: Request) => {
    const doc = await readable(req);
    authorize(canManageDocument(req.user, subjectOf(doc)), req.user);
    return doc;
  };

  defineLegacyRoute(
    router,
    base,
    {
      method: 'get',
      path: '/',
      summary:
        'Search and browse the library (prefix word search in every script, filters incl. language, sort, pages)',
      access: 'public',
      query: DocumentListQuerySchema,
      response: { status: 200, schema: DocumentListSchema },
    },
    async (req, res) => {
      const query = valid(req, DocumentListQuerySchema, 'query');
      res.type('json').send(await listDocumentsJson(library, req.user, query));
    },
  );

  defineLegacyRoute(
    router,
    base,
    {
      method: 'post',
      path: '/',
      summary:
        'Upload a document (multipart: file + metadata fields; language defaults to the request language)',
      access: 'user',
      response: { status: 201, schema: DocumentDtoSchema },
      errors: [400, 413, 415],
    },
    async (req, res, next) => {
      // Refuse before reading a single byte of the body.
      authorize(canUploadDocument(req.user), req.user);
      next();
    },
    upload,
    async (req, res) => {
      const { file, originalName } = uploadedFile(req);
      try {
        const parsed = parseFields(DocumentFieldsSchema, req);
        // Written in the uploader's interface language unless the form says otherwise.
        const fields = { ...parsed, language: parsed.language ?? requestLanguage(req) };
        authorize(canUseVisibility(req.user, fields.visibility), req.user);
        const view = await createDocument(library, fields, file, originalName, actorOf(req), req.user, quota);
        res.status(201).json(withCan(req, view));
      } finally {
        await library.store.remove(file.path);
      }
    },
  );

  defineLegacyRoute(
    router,
    base,
    {
      method: 'get',
      path: '/:id',
      summary: 'One document with its current version',
      access: 'public',
      params: DocumentIdParamsSchema,
      response: { status: 200, schema: DocumentDtoSchema },
      errors: [404],
    },
    async (req, res) => {
      const doc = await readable(req);
      res.json(withCan(req, (await library.reindex(doc._id))!));
    },
  );

  defineLegacyRoute(
    router,
    base,
    {
      method: 'patch',
      path: '/:id',
      summary: 'Edit metadata (owner or host)',
      access: 'user',
      params: DocumentIdParamsSchema,
      body: UpdateDocumentSchema,
      response: { status: 200, schema: DocumentDtoSchema },
      errors: [404],
    },
    async (req, res) => {
      const doc = await managed(req);
      const changes = valid(req, UpdateDocumentSchema);
      if (changes.visibility) authorize(canUseVisibility(req.user, changes.visibility), req.user);
      res.json(withCan(req, await updateDocument(library, doc, changes, actorOf(req), req.user)));
    },
  );

  defineLegacyRoute(
    router,
    base,
    {
      method: 'delete',
      path: '/:id',
      summary: 'Archive a document (owner or host); files and versions are kept',
      access: 'user',
      params: DocumentIdParamsSchema,
      response: { status: 200, schema: DocumentDtoSchema },
      errors: [404],
    },
    async (req, res) => {
      res.json(withCan(req, await setArchived(library, await managed(req), true, actorOf(req))));
    },
  );

  defineLegacyRoute(
    router,
    base,
    {
      method: 'post',
      path: '/:id/restore',
      summary: 'Restore an archived document (owner or host)',
      access: 'user',
      params: DocumentIdParamsSchema,
      response: { status: 200, schema: DocumentDtoSchema },
      errors: [404],
    },
    async (req, res) => {
      res.json(withCan(req, await setArchived(library, await managed(req), false, actorOf(req))));
    },
  );

  defineLegacyRoute(
    router,
    base,
    {
      method: 'post',
      path: '/:id/versions',
      summary: 'Upload a new version (multipart: file + note)',
      access: 'user',
      params: DocumentIdParamsSchema,
      response: { status: 201, schema: DocumentDtoSchema },
      errors: [404, 409, 413, 415],
    },
    async (req, _res, next) => {
      const doc = await managed(req);
      if (doc.archivedAt) throw new ConflictError('Restore the document before adding a version');
      next();
    },
    upload,
    async (req, res) => {
      const { file, originalName } = uploadedFile(req);
      try {
        const { note } = parseFields(NewVersionFieldsSchema, req);
        const doc = await loadDocument(valid(req, DocumentIdParamsSchema, 'params').id);
        res
          .status(201)
          .json(withCan(req, await addVersion(library, doc, file, originalName, note, actorOf(req), quota)));
      } finally {
        await library.store.remove(file.path);
      }
    },
  );

  defineLegacyRoute(
    router,
    base,
    {
      method: 'get',
      path: '/:id/versions',
      summary: 'All versions, newest first',
      access: 'public',
      params: DocumentIdParamsSchema,
      response: { status: 200, schema: VersionList },
      errors: [404],
    },
    async (req, res) => {
      const doc = await readable(req);
      const versions = await DocumentVersion.find({ documentId: doc._id }, { text: 0 })
        .sort({ number: -1 })
        .lean<DocumentVersionRecord[]>();
      const refs = await loadRefs([], versions);
      res.json({ items: versions.map((v) => presentVersion(v, refs)), nextCursor: null });
    },
  );

  defineLegacyRoute(
    router,
    base,
    {
      method: 'get',
      path: '/:id/download',
      summary: 'Download the current or a given version (supports Range requests)',
      access: 'public',
      params: DocumentIdParamsSchema,
      query: DownloadQuerySchema,
      response: { status: 200, schema: null, description: 'The file' },
      errors: [404],
    },
    async (req, res, next) => {
      const doc = await readable(req);
      const q = valid(req, DownloadQuerySchema, 'query');
      const number = q.version ?? doc.currentVersion;
      const v = await DocumentVersion.findOne(
        { documentId: doc._id, number },
        { text: 0 },
      ).lean<DocumentVersionRecord>();
      if (!v) throw new NotFoundError('Version');
      const inline = q.inline === '1' && INLINE_TYPES.has(v.mimeType);
      res.sendFile(
        library.store.pathOf(v.storageKey),
        {
          headers: {
            'Content-Type': v.mimeType,
            // Cleaned again for files stored before names were (see displayFilename: idempotent).
            'Content-Disposition': dispositionHeader(
              inline ? 'inline' : 'attachment',
              displayFilename(v.originalName, v.mimeType),
            ),
            'X-Content-Type-Options': 'nosniff',
            'Cache-Control': 'private, max-age=0, must-revalidate',
            ETag: `"${v.sha256}"`,
          },
          acceptRanges: true,
          lastModified: false,
        },
        (err) => {
          if (err && !res.headersSent) next(new NotFoundError('File'));
        },
      );
    },
  );
  return router;
}

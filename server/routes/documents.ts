import { Router, type Request, type RequestHandler, type Response } from 'express';
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
import { defineRoute, jsonText, SENT } from '../openapi/defineRoute';
import { actorOf } from './context';
import { currentUser } from '../middlewares/auth';
import { parseRequestPart } from '../middlewares/validate';
import { requestLanguage } from '../i18n/requestLanguage';
import { singleFileUpload, uploadFields, withUploadedFile } from '../middlewares/upload';
import { NotFoundError } from '../errors';
import type { Library } from '../features/library/library';
import {
  listDocumentsJson,
  listVersions,
  readDocument,
  readDownload,
  storageUsed,
} from '../features/library/queries';
import {
  addDocumentVersion,
  archiveDocument,
  checkMayAddVersion,
  checkMayUpload,
  editDocument,
  uploadDocument,
} from '../features/library/commands';
import type { FileDownload } from '../features/library/download';

const base = '/api/documents';

/** A check run before multer: a refused upload is answered before a single byte of it is read. */
const refuseEarly =
  (check: (req: Request) => unknown): RequestHandler =>
  async (req, _res, next) => {
    await check(req);
    next();
  };

/** Streams a stored file (Range requests included); a file missing on disk is a 404. */
const sendStoredFile = (res: Response, file: FileDownload) =>
  new Promise<typeof SENT>((resolve, reject) =>
    res.sendFile(file.path, { headers: file.headers, acceptRanges: true, lastModified: false }, (err) => {
      if (err && !res.headersSent) reject(new NotFoundError('File'));
      else resolve(SENT);
    }),
  );

export function documentsRouter(config: Config, library: Library) {
  const router = Router();
  const quota = config.uploadQuotaBytes;
  const upload = singleFileUpload(
    library.store,
    config.uploadMaxBytes,
    quota === null ? null : { bytes: quota, usedBy: (req) => storageUsed(currentUser(req)) },
  );

  defineRoute(
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
    async ({ viewer, query }) => jsonText(await listDocumentsJson(library, viewer, query)),
  );

  defineRoute(
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
      use: [refuseEarly((req) => checkMayUpload(req.user)), upload],
    },
    ({ req }) =>
      withUploadedFile(req, library.store, (file) =>
        uploadDocument(library, actorOf(req), uploadFields(req, DocumentFieldsSchema), file, {
          language: requestLanguage(req),
          quotaBytes: quota,
        }),
      ),
  );

  defineRoute(
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
    ({ viewer, params }) => readDocument(library, viewer, params.id),
  );

  defineRoute(
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
    ({ req, params, body }) => editDocument(library, actorOf(req), params.id, body),
  );

  defineRoute(
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
    ({ req, params }) => archiveDocument(library, actorOf(req), params.id, true),
  );

  defineRoute(
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
    ({ req, params }) => archiveDocument(library, actorOf(req), params.id, false),
  );

  defineRoute(
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
      use: [
        // The middleware runs before the route's own parsing: it parses the id itself (400 first).
        refuseEarly((req) =>
          checkMayAddVersion(req.user, parseRequestPart(req, DocumentIdParamsSchema, req.params).id),
        ),
        upload,
      ],
    },
    ({ req, params }) =>
      withUploadedFile(req, library.store, (file) =>
        addDocumentVersion(
          library,
          actorOf(req),
          params.id,
          uploadFields(req, NewVersionFieldsSchema).note,
          file,
          quota,
        ),
      ),
  );

  defineRoute(
    router,
    base,
    {
      method: 'get',
      path: '/:id/versions',
      summary: 'All versions, newest first',
      access: 'public',
      params: DocumentIdParamsSchema,
      response: { status: 200, schema: listOf(DocumentVersionDtoSchema) },
      errors: [404],
    },
    ({ viewer, params }) => listVersions(viewer, params.id),
  );

  defineRoute(
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
    async ({ viewer, params, query, res }) =>
      sendStoredFile(res, await readDownload(library, viewer, params.id, query)),
  );
  return router;
}

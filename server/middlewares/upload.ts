import type { NextFunction, Request, Response } from 'express';
import multer from 'multer';
import type { z } from 'zod';
import { DomainError, ValidationError, message } from '../errors';
import { parseRequestPart } from './validate';
import type { FileStore } from '../features/library/uploads/fileStore';
import { hashingStorage, type StoredTempFile } from '../features/library/uploads/hashingStorage';
import { QuotaExceededError } from '../features/library/uploads/quota';

class PayloadTooLargeError extends DomainError {
  constructor(maxBytes: number) {
    super(
      'payload_too_large',
      message('The file is larger than the {{megabytes}} MB limit', {
        megabytes: Math.round(maxBytes / 1024 / 1024),
      }),
    );
  }
}

/**
 * multer's reasons (its own English wording, which is what the reader saw before), by code: each
 * is a key of the `errors` catalogue. See multer/lib/multer-error.js.
 */
export const MULTER_REASONS: Record<string, string> = {
  LIMIT_PART_COUNT: 'Too many parts',
  LIMIT_FILE_SIZE: 'File too large',
  LIMIT_FILE_COUNT: 'Too many files',
  LIMIT_FIELD_KEY: 'Field name too long',
  LIMIT_FIELD_VALUE: 'Field value too long',
  LIMIT_FIELD_COUNT: 'Too many fields',
  LIMIT_UNEXPECTED_FILE: 'Unexpected file field',
  MISSING_FIELD_NAME: 'Field name missing',
  LIMIT_FIELD_NESTING: 'Field name nesting too deep',
  LIMIT_FIELD_ARRAY_INDEX: 'Field name array index too large',
  STREAM_DESTROYED: 'File stream was destroyed',
  INVALID_FIELD_NAME: 'Invalid field name',
};

/** A per-person storage quota: its size, and how much the person making a request already stores. */
export interface UploadQuota {
  bytes: number;
  usedBy(req: Request): Promise<number>;
}

/**
 * Accepts one multipart file field `file` plus small text fields, streamed to a temporary file.
 * Multer errors become domain errors: too large → 413, anything malformed → 400. With a quota, a
 * person who has used it up is refused before a byte is read, and a file is cut off (its partial
 * file removed) as soon as it outgrows what is left: 413 stating the quota and the usage. The
 * services check the quota again when recording the file (concurrent uploads: see withinQuota).
 */
export function singleFileUpload(store: FileStore, maxBytes: number, quota: UploadQuota | null = null) {
  const storage = hashingStorage(store);
  const uploadUpTo = (fileSize: number) =>
    multer({
      storage,
      limits: { fileSize, files: 1, fields: 20, fieldSize: 16 * 1024, parts: 25 },
    }).single('file');
  const upToMax = uploadUpTo(maxBytes);
  return async (req: Request, res: Response, next: NextFunction) => {
    let upload = upToMax;
    let tooLarge: () => DomainError = () => new PayloadTooLargeError(maxBytes);
    if (quota) {
      const used = await quota.usedBy(req);
      const left = quota.bytes - used;
      if (left <= 0) return next(new QuotaExceededError(quota.bytes, used));
      if (left < maxBytes) {
        upload = uploadUpTo(left);
        tooLarge = () => new QuotaExceededError(quota.bytes, used);
      }
    }
    upload(req, res, (err: unknown) => {
      if (!err) return next();
      if (err instanceof multer.MulterError) {
        if (err.code === 'LIMIT_FILE_SIZE') return next(tooLarge());
        const reason = message(MULTER_REASONS[err.code] ?? err.message);
        return next(
          new ValidationError(
            message('Upload refused: {{reason}}', { reason }),
            err.field ? { [err.field]: reason } : undefined,
          ),
        );
      }
      next(
        new ValidationError(
          'The upload could not be read; send it as multipart/form-data with a "file" field',
        ),
      );
    });
  };
}

/** The uploaded temporary file, or a 400 when the request had none. */
function uploadedFile(req: Request): { file: StoredTempFile; originalName: string } {
  const f = req.file as (Express.Multer.File & StoredTempFile) | undefined;
  if (!f) throw new ValidationError('file: Choose a file to upload', { file: 'Choose a file to upload' });
  return {
    file: { path: f.path, size: f.size, sha256: f.sha256 },
    originalName: Buffer.from(f.originalname, 'latin1').toString('utf8'),
  };
}

/**
 * Runs `use` with the uploaded temporary file (400 when the request had none), then removes that
 * file whatever happened: a service that kept it has moved it away by then, and a refused or failed
 * upload leaves nothing behind.
 */
export async function withUploadedFile<T>(
  req: Request,
  store: FileStore,
  use: (upload: { file: StoredTempFile; originalName: string }) => Promise<T>,
): Promise<T> {
  const upload = uploadedFile(req);
  try {
    return await use(upload);
  } finally {
    await store.remove(upload.file.path);
  }
}

/** The multipart text fields parsed with a zod schema (they are not JSON, so this runs after multer). */
export function uploadFields<S extends z.ZodType>(req: Request, schema: S): z.infer<S> {
  return parseRequestPart(req, schema, req.body ?? {});
}

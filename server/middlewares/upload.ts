import type { NextFunction, Request, Response } from 'express';
import multer from 'multer';
import { DomainError, ValidationError } from '../errors';
import type { FileStore } from '../services/uploads/fileStore';
import { hashingStorage, type StoredTempFile } from '../services/uploads/hashingStorage';

export class PayloadTooLargeError extends DomainError {
  constructor(maxBytes: number) {
    super('payload_too_large', `The file is larger than the ${Math.round(maxBytes / 1024 / 1024)} MB limit`);
  }
}

/**
 * Accepts one multipart file field `file` plus small text fields, streamed to a temporary file.
 * Multer errors become domain errors: too large → 413, anything malformed → 400.
 */
export function singleFileUpload(store: FileStore, maxBytes: number) {
  const upload = multer({
    storage: hashingStorage(store),
    limits: { fileSize: maxBytes, files: 1, fields: 20, fieldSize: 16 * 1024, parts: 25 },
  }).single('file');
  return (req: Request, res: Response, next: NextFunction) => {
    upload(req, res, (err: unknown) => {
      if (!err) return next();
      if (err instanceof multer.MulterError) {
        if (err.code === 'LIMIT_FILE_SIZE') return next(new PayloadTooLargeError(maxBytes));
        return next(
          new ValidationError(
            `Upload refused: ${err.message}`,
            err.field ? { [err.field]: err.message } : undefined,
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
export function uploadedFile(req: Request): { file: StoredTempFile; originalName: string } {
  const f = req.file as (Express.Multer.File & StoredTempFile) | undefined;
  if (!f) throw new ValidationError('file: Choose a file to upload', { file: 'Choose a file to upload' });
  return {
    file: { path: f.path, size: f.size, sha256: f.sha256 },
    originalName: Buffer.from(f.originalname, 'latin1').toString('utf8'),
  };
}

import type { NextFunction, Request, Response } from 'express';
import mongoose from 'mongoose';
import { ConflictError, DomainError, TooManyRequestsError } from '../errors';
import type { Logger } from '../logger';

const STATUS: Record<string, number> = {
  invalid_input: 400,
  invalid_json: 400,
  unauthenticated: 401,
  forbidden: 403,
  csrf_rejected: 403,
  not_found: 404,
  conflict: 409,
  account_exists: 409,
  last_host: 409,
  already_reviewed: 409,
  thread_locked: 409,
  not_editable: 409,
  consultation_closed: 409,
  transition_refused: 409,
  gone: 410,
  payload_too_large: 413,
  unsupported_media_type: 415,
  too_many_requests: 429,
  unavailable: 503,
};

interface HttpishError {
  type?: string;
  status?: number;
  statusCode?: number;
}

/** Maps domain errors to statuses; anything unknown becomes a bare 500 with no internals. */
export function errorHandler(log: Logger) {
  return (err: unknown, req: Request, res: Response, _next: NextFunction) => {
    if (res.headersSent) return void res.end();
    if (err instanceof DomainError) {
      const status = STATUS[err.code] ?? 400;
      if (err instanceof TooManyRequestsError && err.retryAfterSeconds)
        res.set('Retry-After', String(err.retryAfterSeconds));
      return void res.status(status).json({
        error: err.code,
        message: err.message,
        ...(err.fields ? { fields: err.fields } : {}),
        ...(err instanceof ConflictError ? err.payload : {}),
      });
    }
    const e = err as HttpishError;
    if (e?.type === 'entity.parse.failed') {
      return void res
        .status(400)
        .json({ error: 'invalid_json', message: 'The request body is not valid JSON' });
    }
    if (e?.type === 'entity.too.large') {
      return void res
        .status(413)
        .json({ error: 'payload_too_large', message: 'The request body is too large' });
    }
    const status = e?.status ?? e?.statusCode;
    if (typeof status === 'number' && status >= 400 && status < 500) {
      return void res
        .status(status)
        .json({ error: 'bad_request', message: 'The request could not be processed' });
    }
    if (err instanceof mongoose.Error.CastError) {
      return void res.status(400).json({ error: 'invalid_input', message: `Invalid value for ${err.path}` });
    }
    if (err instanceof mongoose.Error.ValidationError) {
      return void res.status(400).json({ error: 'invalid_input', message: err.message });
    }
    if (isUnreachable(err)) {
      log.warn({ err, url: req.originalUrl }, 'database unavailable');
      return void res
        .status(503)
        .json({ error: 'unavailable', message: 'The database is unreachable; try again shortly' });
    }
    log.error({ err, url: req.originalUrl }, 'unhandled error');
    res.status(500).json({ error: 'internal', message: 'Something went wrong on our side' });
  };
}

/**
 * The database is away, or answered with something the driver could not read (seen once from the
 * embedded FerretDB under load): the request may succeed if retried, so it is a 503, not a 500.
 */
function isUnreachable(err: unknown): boolean {
  const name = (err as Error)?.name ?? '';
  return /MongoServerSelectionError|MongoNetworkError|MongoNotConnectedError|MongoTopologyClosedError|MongoUnexpectedServerResponseError/.test(
    name,
  );
}

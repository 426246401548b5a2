import type { NextFunction, Request, Response } from 'express';
import mongoose from 'mongoose';
import {
  ConflictError,
  DomainError,
  TooManyRequestsError,
  databaseDomainError,
  localize,
  message,
} from '../errors';
import type { Logger } from '../logger';
import { requestLanguage } from '../i18n/requestLanguage';

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

/**
 * Maps domain errors (and database failures, see databaseDomainError) to statuses; anything unknown
 * is a bare 500. Every `message` and `fields` text is answered in the reader's language
 * (requestLanguage: the account's, the `lang` cookie's, Accept-Language's, else English).
 */
export function errorHandler(log: Logger) {
  return (thrown: unknown, req: Request, res: Response, _next: NextFunction) => {
    if (res.headersSent) return void res.end();
    const language = requestLanguage(req);
    const say = (text: Parameters<typeof localize>[1]) => localize(language, text);
    // A duplicate key (409) or an unreachable database (503), whatever the engine's way of saying it.
    const dbError = databaseDomainError(thrown);
    if (dbError) log.warn({ err: thrown, url: req.originalUrl }, `database: ${dbError.code}`);
    const err = dbError ?? thrown;
    if (err instanceof DomainError) {
      const status = STATUS[err.code] ?? 400;
      if (err instanceof TooManyRequestsError && err.retryAfterSeconds)
        res.set('Retry-After', String(err.retryAfterSeconds));
      return void res.status(status).json({
        error: err.code,
        message: say(err.text),
        ...(err.fieldTexts
          ? { fields: Object.fromEntries(Object.entries(err.fieldTexts).map(([k, v]) => [k, say(v)])) }
          : {}),
        ...(err instanceof ConflictError ? err.payload : {}),
      });
    }
    const e = err as HttpishError;
    if (e?.type === 'entity.parse.failed') {
      return void res
        .status(400)
        .json({ error: 'invalid_json', message: say('The request body is not valid JSON') });
    }
    if (e?.type === 'entity.too.large') {
      return void res
        .status(413)
        .json({ error: 'payload_too_large', message: say('The request body is too large') });
    }
    const status = e?.status ?? e?.statusCode;
    if (typeof status === 'number' && status >= 400 && status < 500) {
      return void res
        .status(status)
        .json({ error: 'bad_request', message: say('The request could not be processed') });
    }
    if (err instanceof mongoose.Error.CastError) {
      return void res.status(400).json({
        error: 'invalid_input',
        message: say(message('Invalid value for {{path}}', { path: err.path })),
      });
    }
    if (err instanceof mongoose.Error.ValidationError) {
      // mongoose's own wording exists only in English: other readers get the generic text.
      const text = language === 'en' ? err.message : say('Invalid input');
      return void res.status(400).json({ error: 'invalid_input', message: text });
    }
    log.error({ err, url: req.originalUrl }, 'unhandled error');
    res.status(500).json({ error: 'internal', message: say('Something went wrong on our side') });
  };
}

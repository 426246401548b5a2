import type { RequestHandler } from 'express';
import type { Logger } from '../logger';

/**
 * One log line per request when it ends: method, path, status, duration and the client address
 * (never headers, so no cookies). pino-http did this before, but it serialised and redacted every
 * request up front to bind it to a child logger, which cost a tenth of a cached library search's
 * CPU even with info logging off; this does no work at all unless the line will be written.
 * Server errors are logged at error level, by the error handler, with their stack.
 */
export function requestLog(log: Logger, skip: (url: string) => boolean): RequestHandler {
  return (req, res, next) => {
    if (!log.isLevelEnabled('info') || skip(req.url)) return next();
    const started = performance.now();
    res.once('close', () => {
      log.info(
        {
          req: { method: req.method, url: req.originalUrl, remoteAddress: req.ip },
          res: { statusCode: res.statusCode },
          responseTime: Math.round(performance.now() - started),
          ...(res.writableFinished ? {} : { aborted: true }),
        },
        res.writableFinished ? 'request completed' : 'request aborted',
      );
    });
    next();
  };
}

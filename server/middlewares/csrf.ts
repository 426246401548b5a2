import type { NextFunction, Request, Response } from 'express';
import { DomainError } from '../errors';

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

class CsrfError extends DomainError {
  constructor() {
    super('csrf_rejected', 'Cross-site request refused: the Origin header is missing or not this site');
  }
}

/**
 * Refuses state-changing requests whose Origin is neither the public origin nor the origin of
 * the request's own Host. Browsers send Origin on these requests by themselves.
 */
export function originCheck(publicOrigin: string | null) {
  return (req: Request, _res: Response, next: NextFunction) => {
    if (!UNSAFE.has(req.method)) return next();
    const origin = req.get('origin');
    const ownOrigin = `${req.protocol}://${req.get('host')}`;
    if (origin && (origin === publicOrigin || origin === ownOrigin)) return next();
    next(new CsrfError());
  };
}

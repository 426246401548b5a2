import type { z } from 'zod';
import type { Ack } from '@shared/realtime';
import { DomainError, databaseDomainError } from '../errors';
import { toValidationError } from '../middlewares/validate';

/**
 * Wraps a socket event handler: validates the payload with zod, turns thrown domain errors (and
 * database failures, in the same vocabulary as HTTP: `conflict`, `unavailable`) into an error
 * acknowledgement, and never lets an exception escape to crash the process.
 */
export function safeHandler<S extends z.ZodType, R extends object>(
  schema: S,
  handler: (payload: z.infer<S>) => Promise<R>,
) {
  return async (payload: unknown, ack?: (res: Ack<R>) => void) => {
    const reply = typeof ack === 'function' ? ack : () => undefined;
    const parsed = schema.safeParse(payload ?? {});
    if (!parsed.success) {
      const err = toValidationError(parsed.error);
      return reply({ ok: false, error: err.code, message: err.message });
    }
    try {
      reply({ ok: true, ...(await handler(parsed.data)) });
    } catch (thrown) {
      const err = databaseDomainError(thrown) ?? thrown;
      if (err instanceof DomainError) return reply({ ok: false, error: err.code, message: err.message });
      reply({ ok: false, error: 'internal', message: 'Something went wrong on our side' });
    }
  };
}

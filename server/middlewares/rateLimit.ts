import type { RequestHandler } from 'express';
import { rateLimit } from 'express-rate-limit';
import { RedisStore, type RedisReply } from 'rate-limit-redis';
import type { Redis } from 'ioredis';
import { TooManyRequestsError } from '../errors';

interface LimitSpec {
  windowMs: number;
  limit: number;
  /** Shown to the person refused; retryAfterS goes in Retry-After. */
  message: string;
  retryAfterS: number;
}
/** Makes a per-address limiter named `name` (the name keys its counts in Redis). */
export type LimiterFactory = (name: string, spec: LimitSpec) => RequestHandler;

/**
 * Per-address limiters. With Redis every instance counts in one place (rate-limit-redis); while
 * Redis is away requests pass rather than fail (`passOnStoreError`), the message limits still hold
 * through the flood guard's local fallback.
 */
export function limiterFactory(redis: Redis | null): LimiterFactory {
  return (name, spec) =>
    rateLimit({
      windowMs: spec.windowMs,
      limit: spec.limit,
      standardHeaders: 'draft-8',
      legacyHeaders: false,
      passOnStoreError: true,
      store: redis
        ? new RedisStore({
            prefix: `cw:rl:${name}:`,
            sendCommand: (command: string, ...args: string[]) =>
              redis.call(command, ...args) as Promise<RedisReply>,
          })
        : undefined,
      handler: (_req, _res, next) => next(new TooManyRequestsError(spec.message, spec.retryAfterS)),
    });
}

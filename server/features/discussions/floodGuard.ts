import type { Redis } from 'ioredis';
import {
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible';
import { TooManyRequestsError } from '../../errors';

/**
 * Per-user message rate limit: at most `max` messages per `windowMs` window. With Redis the count
 * is shared by every instance (and falls back to this process's own count while Redis is away).
 * Refusals are errors the caller turns into an error acknowledgement — the connection stays open.
 */
export class FloodGuard {
  private readonly limiter: RateLimiterAbstract;

  constructor(max = 10, windowMs = 10_000, redis?: Redis | null) {
    const options = {
      points: max,
      duration: Math.max(1, Math.round(windowMs / 1000)),
      keyPrefix: 'cw:flood',
    };
    const local = new RateLimiterMemory(options);
    this.limiter = redis
      ? new RateLimiterRedis({ ...options, storeClient: redis, insuranceLimiter: local })
      : local;
  }

  async check(userId: string): Promise<void> {
    try {
      await this.limiter.consume(userId);
    } catch (err) {
      if (!(err instanceof RateLimiterRes)) throw err;
      throw new TooManyRequestsError(
        'You are sending messages too fast; wait a few seconds',
        Math.max(1, Math.ceil(err.msBeforeNext / 1000)),
      );
    }
  }
}

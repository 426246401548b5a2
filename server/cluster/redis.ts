import { Redis } from 'ioredis';
import type { Logger } from '../logger';

/**
 * A Redis connection that reconnects by itself (every 0.1–2 s) and queues commands meanwhile; it
 * resolves once Redis answers, and rejects if it does not within `timeoutMs` at start-up.
 */
export async function connectRedis(url: string, log: Logger, timeoutMs = 15_000): Promise<Redis> {
  const redis = new Redis(url, {
    lazyConnect: true,
    maxRetriesPerRequest: null,
    retryStrategy: (times) => Math.min(times * 100, 2_000),
  });
  let lastWarned = 0;
  redis.on('error', (err: Error) => {
    if (Date.now() - lastWarned < 10_000) return;
    lastWarned = Date.now();
    log.warn({ err: err.message }, 'redis unreachable; retrying');
  });
  redis.on('ready', () => log.info({ url: redactedUrl(url) }, 'redis ready'));
  const timer = setTimeout(() => redis.disconnect(), timeoutMs);
  try {
    await redis.connect();
  } catch (err) {
    throw new Error(`Redis at ${redactedUrl(url)} did not answer: ${(err as Error).message}`);
  } finally {
    clearTimeout(timer);
  }
  return redis;
}

const redactedUrl = (url: string) => url.replace(/\/\/[^@/]*@/, '//***@');

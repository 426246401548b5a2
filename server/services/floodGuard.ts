import { TooManyRequestsError } from '../errors';

/**
 * Per-user message rate limit: at most `max` messages in any `windowMs`. Refusals are errors the
 * caller turns into an error acknowledgement — the connection stays open.
 */
export class FloodGuard {
  private sent = new Map<string, number[]>();

  constructor(
    private readonly max = 10,
    private readonly windowMs = 10_000,
  ) {}

  check(userId: string, now = Date.now()): void {
    const recent = (this.sent.get(userId) ?? []).filter((t) => now - t < this.windowMs);
    if (recent.length >= this.max) {
      this.sent.set(userId, recent);
      throw new TooManyRequestsError(
        'You are sending messages too fast; wait a few seconds',
        Math.ceil((this.windowMs - (now - recent[0]!)) / 1000),
      );
    }
    recent.push(now);
    this.sent.set(userId, recent);
  }
}

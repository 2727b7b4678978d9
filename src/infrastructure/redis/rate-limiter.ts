import type Redis from 'ioredis';

/**
 * A per-key rate limit shared by every worker: a fixed one-second window counted in Redis.
 * `acquire` waits until the key has room in a window, so a workspace's sends are spread instead of
 * refused. Losing Redis only loses the current second's count.
 */
export class RateLimiter {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
  ) {}

  async acquire(key: string, perSecond: number): Promise<void> {
    for (;;) {
      const second = Math.floor(Date.now() / 1000);
      const counter = `${this.prefix}:rate:${key}:${second}`;
      const [[, count]] = (await this.redis.multi().incr(counter).expire(counter, 2).exec()) as [[Error | null, number]];
      if (count <= perSecond) return;
      await new Promise((resolve) => setTimeout(resolve, (second + 1) * 1000 - Date.now() + 1));
    }
  }
}

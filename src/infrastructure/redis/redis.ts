import Redis, { type RedisOptions } from 'ioredis';
import { unreachable } from '../connectivity';

/**
 * Opens an ioredis connection and proves it answers before returning it, so that a Redis that is
 * down fails the start with one sentence instead of an endless reconnect loop.
 */
export async function connectRedis(redisUrl: string, options: RedisOptions = {}): Promise<Redis> {
  let connected = false;
  const client = new Redis(redisUrl, {
    lazyConnect: true,
    connectTimeout: 5_000,
    maxRetriesPerRequest: options.maxRetriesPerRequest === undefined ? 3 : options.maxRetriesPerRequest,
    // During the first connection, fail fast; afterwards reconnect with a capped backoff.
    retryStrategy: (times) => (connected ? Math.min(times * 200, 5_000) : null),
    ...options,
  });
  // Errors surface through commands and the health check; the first one explains a failed start.
  let firstError: unknown;
  client.on('error', (error) => (firstError ??= error));
  try {
    await client.connect();
    await client.ping();
    connected = true;
    return client;
  } catch (error) {
    client.disconnect();
    throw unreachable('Redis', redisUrl, firstError ?? error);
  }
}

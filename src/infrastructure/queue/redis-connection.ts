import Redis from 'ioredis';

/** BullMQ wants its own connections, with no per-command retry limit for blocking workers. */
export function bullConnection(redisUrl: string): Redis {
  const connection = new Redis(redisUrl, { maxRetriesPerRequest: null, enableReadyCheck: false });
  connection.on('error', () => undefined); // reconnects on its own; failures surface through jobs and health
  return connection;
}

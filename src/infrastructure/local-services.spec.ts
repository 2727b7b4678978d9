import { resolveLocalServices } from './local-services';

// Port 1 on loopback: nothing listens, as on a machine without PostgreSQL or Redis. These cases never
// reach the embedded server (the end-to-end test test/embedded-postgres.e2e-spec.ts starts it).
const CLOSED_REDIS = 'redis://127.0.0.1:1';

describe('resolveLocalServices: which PostgreSQL and which queue', () => {
  it('keeps a DATABASE_URL on another host as given, and the queue named by CLARION_QUEUE', async () => {
    const env = { DATABASE_URL: 'postgres://app@db.internal:5432/clarion', CLARION_QUEUE: 'redis', REDIS_URL: CLOSED_REDIS };
    const services = await resolveLocalServices(env);
    expect(services).toMatchObject({ database: 'configured', queue: 'redis', embedded: null });
    expect(env.DATABASE_URL).toBe('postgres://app@db.internal:5432/clarion');
    expect(services.lines).toEqual(['Queue: Redis at 127.0.0.1:1 (CLARION_QUEUE=redis).']);
  });

  it('in production: no embedded server for a local DATABASE_URL nothing answers, and the queue stays on Redis', async () => {
    const env: Record<string, string | undefined> = { NODE_ENV: 'production', DATABASE_URL: 'postgres://postgres@127.0.0.1:1/clarion', REDIS_URL: CLOSED_REDIS };
    const services = await resolveLocalServices(env);
    expect(services).toMatchObject({ database: 'configured', queue: 'redis', embedded: null });
    expect(env.DATABASE_URL).toBe('postgres://postgres@127.0.0.1:1/clarion');
    expect(env.CLARION_QUEUE).toBe('redis');
  });

  it('outside production: the queue on PostgreSQL when nothing answers at a local REDIS_URL, said in one line', async () => {
    const env: Record<string, string | undefined> = { DATABASE_URL: 'postgres://app@db.internal:5432/clarion', REDIS_URL: CLOSED_REDIS };
    const services = await resolveLocalServices(env);
    expect(services.queue).toBe('postgres');
    expect(env.CLARION_QUEUE).toBe('postgres');
    expect(services.lines).toEqual(['Queue: PostgreSQL, schema bullmq of the database: nothing answers at 127.0.0.1:1 (Redis).']);
  });

  it('never falls back for a Redis on another host: its failure is reported at start', async () => {
    const env: Record<string, string | undefined> = { DATABASE_URL: 'postgres://app@db.internal:5432/clarion', REDIS_URL: 'redis://redis.internal:6379' };
    expect((await resolveLocalServices(env)).queue).toBe('redis');
  });

  it('CLARION_QUEUE=postgres runs the queue on PostgreSQL even with Redis configured', async () => {
    const env: Record<string, string | undefined> = { DATABASE_URL: 'postgres://app@db.internal:5432/clarion', REDIS_URL: 'redis://redis.internal:6379', CLARION_QUEUE: 'postgres' };
    const services = await resolveLocalServices(env);
    expect(services.queue).toBe('postgres');
    expect(services.lines).toEqual(['Queue: PostgreSQL, schema bullmq of the database (CLARION_QUEUE=postgres).']);
  });
});

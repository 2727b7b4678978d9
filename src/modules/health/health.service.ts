import { Inject, Injectable } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import Redis from 'ioredis';
import { DataSource } from 'typeorm';
import { AppConfig, type QueueBackend } from '../../config/app-config';
import { QUEUE_SCHEMA } from '../../infrastructure/queue/queue-backend';

export class DependencyHealth {
  @ApiProperty({ enum: ['up', 'down'] })
  status: 'up' | 'down';

  @ApiProperty({ example: 2 })
  latencyMs: number;

  @ApiProperty({ required: false })
  error?: string;
}

export class QueueHealth extends DependencyHealth {
  @ApiProperty({ enum: ['redis', 'postgres'], description: "Where the queue runs: Redis, or the `bullmq` schema of Clarion's PostgreSQL database when there is no Redis" })
  backend: QueueBackend;
}

export class HealthReport {
  @ApiProperty({ enum: ['ok', 'degraded'] })
  status: 'ok' | 'degraded';

  @ApiProperty({ type: DependencyHealth })
  postgres: DependencyHealth;

  @ApiProperty({ type: QueueHealth })
  queue: QueueHealth;

  @ApiProperty({ type: DependencyHealth, required: false, description: 'Present when the queue runs on Redis' })
  redis?: DependencyHealth;
}

const TIMEOUT_MS = 2_000;

@Injectable()
export class HealthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(Redis) private readonly redis: Redis | null,
    private readonly config: AppConfig,
  ) {}

  async check(): Promise<HealthReport> {
    const redisClient = this.redis;
    const backend = this.config.queueBackend;
    const [postgres, queue] = await Promise.all([
      probe(() => this.dataSource.query('SELECT 1')),
      redisClient
        ? probe(() => redisClient.ping())
        : // The queue's tables, in the same database: up once BullMQ has created its schema.
          probe(async () => {
            const [row] = await this.dataSource.query(`SELECT to_regclass($1) AS job`, [`${QUEUE_SCHEMA}.job`]);
            if (!row?.job) throw new Error(`the ${QUEUE_SCHEMA} schema has no job table yet`);
          }),
    ]);
    const status = postgres.status === 'up' && queue.status === 'up' ? 'ok' : 'degraded';
    return { status, postgres, queue: { backend, ...queue }, ...(redisClient ? { redis: queue } : {}) };
  }
}

async function probe(call: () => Promise<unknown>): Promise<DependencyHealth> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      call(),
      new Promise((_, reject) => {
        // Judged after the I/O already received is read (setImmediate): an event loop busy with
        // heavy work must not turn an answer that came in time into a failure.
        timer = setTimeout(() => setImmediate(() => reject(new Error(`no answer within ${TIMEOUT_MS} ms`))), TIMEOUT_MS);
      }),
    ]);
    return { status: 'up', latencyMs: Math.round(performance.now() - started) };
  } catch (error) {
    return { status: 'down', latencyMs: Math.round(performance.now() - started), error: (error as Error).message };
  } finally {
    clearTimeout(timer);
  }
}

import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { type Job, Worker } from 'bullmq';
import { AppConfig } from '../../config/app-config';
import { type JobData, JobName, QUEUE_OF, QueueName } from './jobs';
import { queueBackendParts, type QueueBackendParts } from './queue-backend';

type Handler = (data: never, job: Job) => Promise<void>;

/**
 * Consumer side, in the worker only: processors register one handler per job name; at start every
 * job name must have exactly one handler, then one BullMQ worker per queue runs them.
 */
@Injectable()
export class JobRunner implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(JobRunner.name);
  private readonly handlers = new Map<JobName, Handler>();
  private readonly workers: Worker[] = [];
  private readonly connections: QueueBackendParts[] = [];

  constructor(private readonly config: AppConfig) {}

  register<N extends JobName>(name: N, handler: (data: JobData<N>, job: Job) => Promise<void>): void {
    if (this.handlers.has(name)) throw new Error(`Job ${name} has two handlers`);
    this.handlers.set(name, handler as Handler);
  }

  onApplicationBootstrap(): void {
    const missing = Object.values(JobName).filter((name) => !this.handlers.has(name));
    if (missing.length) throw new Error(`No handler registered for job(s): ${missing.join(', ')}`);

    for (const queue of new Set(Object.values(QUEUE_OF))) {
      // On PostgreSQL the pool serves the worker's slots (its waits use their own LISTEN connection).
      const parts = queueBackendParts(this.config, Math.min(this.config.workerConcurrency, 8) + 2);
      this.connections.push(parts);
      const opts = { connection: parts.connection, prefix: this.config.queuePrefix, concurrency: this.config.workerConcurrency };
      const processor = (job: Job) => this.run(queue, job);
      const worker = (parts.backend ? new Worker(queue, processor, opts, parts.backend) : new Worker(queue, processor, opts as never)) as Worker;
      worker.on('failed', (job, error) => this.logger.warn({ err: error, job: job?.name, jobId: job?.id }, 'Job failed'));
      worker.on('error', (error) => this.logger.error({ err: error }, 'Queue worker error'));
      this.workers.push(worker);
    }
  }

  private async run(queue: QueueName, job: Job): Promise<void> {
    const handler = this.handlers.get(job.name as JobName);
    if (!handler || QUEUE_OF[job.name as JobName] !== queue) throw new Error(`Unknown job ${job.name} on queue ${queue}`);
    await handler(job.data as never, job);
  }

  /** Finishes the jobs in hand (BullMQ waits for them), then closes the connections. */
  async onApplicationShutdown(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.close()));
    await Promise.all(this.connections.map((c) => c.close()));
  }
}

import { Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { type JobsOptions, Queue } from 'bullmq';
import { AppConfig } from '../../config/app-config';
import { type JobItem, QUEUE_OF, QueueName } from './jobs';
import { queueBackendParts, type QueueBackendParts } from './queue-backend';

/** Producer side: adds jobs to their queue. Call only after the transaction they refer to commits. */
@Injectable()
export class JobQueue implements OnApplicationShutdown {
  private readonly parts: QueueBackendParts;
  private readonly queues = new Map<QueueName, Queue>();

  constructor(private readonly config: AppConfig) {
    // On Redis one connection serves every queue of the producer; on PostgreSQL each queue opens a small pool.
    this.parts = queueBackendParts(config, 2);
  }

  queue(name: QueueName): Queue {
    let queue = this.queues.get(name);
    if (!queue) {
      const opts = {
        connection: this.parts.connection,
        prefix: this.config.queuePrefix,
        defaultJobOptions: { removeOnComplete: true, removeOnFail: { age: 24 * 3600, count: 1000 } },
      };
      queue = (this.parts.backend ? new Queue(name, opts, this.parts.backend) : new Queue(name, opts as never)) as Queue;
      this.queues.set(name, queue);
    }
    return queue;
  }

  async addBulk(items: (JobItem & { opts?: JobsOptions })[]): Promise<void> {
    const byQueue = new Map<QueueName, (JobItem & { opts?: JobsOptions })[]>();
    for (const item of items) {
      const name = QUEUE_OF[item.name];
      byQueue.set(name, [...(byQueue.get(name) ?? []), item]);
    }
    for (const [name, jobs] of byQueue) await this.queue(name).addBulk(jobs);
  }

  /** Jobs waiting or running in a queue: the dispatcher's back-pressure signal. */
  async backlog(name: QueueName): Promise<number> {
    const counts = await this.queue(name).getJobCounts('waiting', 'active', 'delayed', 'prioritized');
    return Object.values(counts).reduce((a, b) => a + b, 0);
  }

  /** The jobs of a queue that no worker has taken yet. */
  async waitingJobs(name: QueueName): Promise<JobItem[]> {
    const jobs = await this.queue(name).getJobs(['waiting', 'prioritized']);
    return jobs.map((job) => ({ name: job.name, data: job.data }) as JobItem);
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all([...this.queues.values()].map((q) => q.close()));
    await this.parts.close();
  }
}

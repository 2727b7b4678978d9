import { Injectable, Logger } from '@nestjs/common';
import { AppConfig } from '../../config/app-config';
import { JobQueue } from '../../infrastructure/queue/job-queue';
import { JobName, QueueName } from '../../infrastructure/queue/jobs';
import { DeliveriesRepository } from './deliveries.repository';

/**
 * Moves due deliveries from PostgreSQL into the queue: claim a batch (SKIP LOCKED), enqueue it in
 * send jobs of ids, repeat while there is more and the queue is not backed up. A crash between
 * claim and enqueue leaves the rows queued until their lease expires and the sweeper frees them.
 */
@Injectable()
export class DispatcherService {
  private readonly logger = new Logger(DispatcherService.name);

  constructor(
    private readonly config: AppConfig,
    private readonly deliveries: DeliveriesRepository,
    private readonly queue: JobQueue,
  ) {}

  async dispatch(): Promise<number> {
    // Keep a few jobs per worker slot waiting, no more: the schedule lives in PostgreSQL, not Redis.
    const maxBacklog = Math.max(4, this.config.workerConcurrency * 4);
    let dispatched = 0;
    for (;;) {
      const room = maxBacklog - (await this.queue.backlog(QueueName.Delivery));
      if (room <= 0) break;
      const limit = Math.min(this.config.dispatchBatchSize, room * this.config.sendBatchSize);
      const ids = await this.deliveries.claimDue(limit, this.config.deliveryLeaseSeconds);
      if (!ids.length) break;
      const jobs = [];
      for (let i = 0; i < ids.length; i += this.config.sendBatchSize) {
        jobs.push({ name: JobName.SendDeliveries as const, data: { deliveryIds: ids.slice(i, i + this.config.sendBatchSize) } });
      }
      await this.queue.addBulk(jobs);
      dispatched += ids.length;
      if (ids.length < limit) break;
    }
    if (dispatched) this.logger.debug({ dispatched }, 'Deliveries dispatched');
    return dispatched;
  }
}

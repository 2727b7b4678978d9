import { Injectable, Logger } from '@nestjs/common';
import { AppConfig } from '../../config/app-config';
import { JobQueue } from '../../infrastructure/queue/job-queue';
import { JobName, QueueName } from '../../infrastructure/queue/jobs';
import { DeliveriesRepository } from './deliveries.repository';

/**
 * Moves due deliveries from PostgreSQL into the queue. Each round shares the room the queue has
 * among the workspaces with due work, round robin, and each workspace takes no more than its
 * budget (its email rate, spent as it claims): a 1 message/s workspace never holds a worker slot
 * waiting for its next token, and a 1,000 messages/s workspace beside it is not starved. Claims
 * carry a token the send job presents; a crash between claim and enqueue leaves the rows queued
 * until their lease lapses and the sweeper frees them. While a job waits in the queue, every
 * tick renews its claim.
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
    let room = Math.min(this.config.dispatchBatchSize, (maxBacklog - (await this.queue.backlog(QueueName.Delivery))) * this.config.sendBatchSize);
    let waiting = await this.deliveries.workspacesWithDueWork();
    let dispatched = 0;
    while (room > 0 && waiting.length) {
      const share = Math.ceil(room / waiting.length);
      const more: typeof waiting = [];
      for (const ws of waiting) {
        const want = Math.min(share, room);
        if (want <= 0) break;
        const claim = await this.deliveries.claimForWorkspace(ws.workspaceId, ws.ratePerSecond, want, this.config.deliveryLeaseSeconds);
        if (!claim.ids.length) continue;
        const jobs = [];
        for (let i = 0; i < claim.ids.length; i += this.config.sendBatchSize) {
          jobs.push({ name: JobName.SendDeliveries as const, data: { claimToken: claim.token, deliveryIds: claim.ids.slice(i, i + this.config.sendBatchSize) } });
        }
        await this.queue.addBulk(jobs);
        room -= claim.ids.length;
        dispatched += claim.ids.length;
        // Took all it was offered: it may have more, and a share of what others leave.
        if (claim.ids.length === want) more.push(ws);
      }
      waiting = more;
    }
    if (dispatched) this.logger.debug({ dispatched }, 'Deliveries dispatched');
    return dispatched;
  }

  /**
   * Keeps the claims of the jobs still waiting in the queue. A claim's lease is there to notice a
   * holder that died or a job that Redis lost, not a queue that drains slower than the lease: a
   * claim that lapsed while its job waited would be swept and claimed again at the back of the
   * queue, its budget spent for nothing, over and over under load.
   */
  async renewWaitingClaims(): Promise<void> {
    const ids: string[] = [];
    const tokens: string[] = [];
    for (const job of await this.queue.waitingJobs(QueueName.Delivery)) {
      if (job.name !== JobName.SendDeliveries || !job.data.claimToken) continue;
      for (const id of job.data.deliveryIds) {
        ids.push(id);
        tokens.push(job.data.claimToken);
      }
    }
    if (ids.length) await this.deliveries.renewWaitingClaims(ids, tokens, this.config.deliveryLeaseSeconds);
  }
}

import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig } from '../../config/app-config';
import { AbWinnerService } from '../analytics/ab-winner.service';
import { DeliveriesRepository } from './deliveries.repository';
import { DispatcherService } from './dispatcher.service';
import { PlannerService } from './planner.service';

// Any constant will do; it only has to be the same for every worker of a database.
const PLANNER_LOCK = 0x636c6172; // "clar"

/**
 * The worker's clock. Every tick: plan (one worker at a time, under an advisory lock), renew the
 * claims of jobs still waiting in the queue, sweep expired leases, dispatch due deliveries. Its
 * state is all in PostgreSQL, so a flushed Redis or a killed worker loses nothing: the next tick
 * anywhere picks the work up again.
 */
@Injectable()
export class SchedulerService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(SchedulerService.name);
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = false;

  constructor(
    private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly planner: PlannerService,
    private readonly deliveries: DeliveriesRepository,
    private readonly dispatcher: DispatcherService,
    private readonly abWinners: AbWinnerService,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.schedulerEnabled) this.schedule(0);
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  /** One full round; exposed for the CLI demo and tests that want to drive time themselves. */
  async tick(): Promise<void> {
    await this.withPlannerLock(async () => {
      await this.abWinners.decideDueWinners();
      await this.planner.plan();
    });
    await this.dispatcher.renewWaitingClaims();
    await this.deliveries.sweepExpiredLeases();
    await this.dispatcher.dispatch();
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.tick()
        .catch((error) => this.logger.error({ err: error }, 'Scheduler tick failed'))
        .finally(() => this.schedule(this.config.schedulerIntervalMs));
    }, delayMs);
  }

  private async withPlannerLock(work: () => Promise<void>): Promise<void> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      const [{ locked }] = await runner.query(`SELECT pg_try_advisory_lock($1) AS locked`, [PLANNER_LOCK]);
      if (!locked) return;
      try {
        await work();
      } finally {
        await runner.query(`SELECT pg_advisory_unlock($1)`, [PLANNER_LOCK]);
      }
    } finally {
      await runner.release();
    }
  }
}

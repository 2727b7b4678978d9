import { Injectable, Logger } from '@nestjs/common';
import { Duration } from 'luxon';
import { decideWinner } from './ab-test';
import { ReportRepository } from './report.repository';

/**
 * Auto-winner A/B tests: once `ab_decide_after` has passed since a step's first send, records the
 * variant the rest of the audience gets. Called by the worker's scheduler; safe to run from several
 * workers at once (the winner is written only while still null).
 */
@Injectable()
export class AbWinnerService {
  private readonly logger = new Logger(AbWinnerService.name);

  constructor(private readonly repository: ReportRepository) {}

  /** Returns the steps decided by this call, with their winner. */
  async decideDueWinners(now: Date = new Date()): Promise<Array<{ stepId: string; winner: string }>> {
    const decided: Array<{ stepId: string; winner: string }> = [];
    for (const step of await this.repository.pendingAbSteps()) {
      const wait = Duration.fromISO(step.abDecideAfter);
      if (!wait.isValid || step.firstSentAt.getTime() + wait.toMillis() > now.getTime()) continue;
      const arms = await this.repository.armsOfStep(step);
      const byVariant = new Map(arms.map((a) => [a.variant, a]));
      const winner = decideWinner(
        step.variantKeys.map((key) => ({ key, trials: byVariant.get(key)?.delivered ?? 0, successes: byVariant.get(key)?.clicked ?? 0 })),
      );
      if (winner && (await this.repository.setWinner(step.workspaceId, step.id, winner))) {
        this.logger.log(`A/B step ${step.id}: variant ${winner} wins`);
        decided.push({ stepId: step.id, winner });
      }
    }
    return decided;
  }
}

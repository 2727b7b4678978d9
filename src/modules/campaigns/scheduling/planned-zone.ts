import { isKnownZone } from './zoned-time';

/**
 * The zone a learner's messages are timed in: their own, or the workspace's when theirs is not a
 * zone the engine can compute with (written before zones were checked on every write path). One
 * rule for the planner, the sender's window check and the dry run.
 */
export function plannedZone(learnerZone: string | null | undefined, workspaceZone: string, known: (zone: string) => boolean = isKnownZone): string {
  return learnerZone && known(learnerZone) ? learnerZone : workspaceZone;
}

import { isKnownZone } from './scheduling/zoned-time';

/**
 * The zone a learner's messages are timed in: their own IANA zone, or the workspace's when theirs
 * is unknown to the time-zone database (a typo imported from the HR system, a zone renamed since).
 * The planner and the dry run both go through it, so a learner is never timed two ways.
 */
export function plannedZone(learnerZone: string | null | undefined, workspaceZone: string): string {
  return learnerZone && isKnownZone(learnerZone) ? learnerZone : workspaceZone;
}

/**
 * The zone a learner's messages are timed in: their own, or the workspace's when theirs is not a
 * zone the engine knows (written before zones were checked on every write path). One rule for the
 * planner, the sender's window check and the dry run; `known` is `TimeZones.isKnown`.
 */
export function plannedZone(learnerZone: string | null | undefined, workspaceZone: string, known: (zone: string) => boolean): string {
  return learnerZone && known(learnerZone) ? learnerZone : workspaceZone;
}

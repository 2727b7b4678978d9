/**
 * The zone a learner's messages are timed in: their own, or the workspace's when theirs is not a
 * zone the engine knows (a typo imported from the HR system, a zone renamed since). One rule for the
 * planner and the dry run; `known` says which zones the engine can compute with.
 */
export function plannedZone(learnerZone: string | null | undefined, workspaceZone: string, known: (zone: string) => boolean): string {
  return learnerZone && known(learnerZone) ? learnerZone : workspaceZone;
}

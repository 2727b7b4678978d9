import type { AudienceCheck, FenceRound } from './deliveries.repository';

export interface FenceRequest {
  id: string;
  token: string;
  learnerId: string | null;
  audience: AudienceCheck;
}

/**
 * Splits the fences that wait together into statements: one per step audience (its SQL differs),
 * and never one learner twice in a statement — their second message waits for the next round, so
 * the frequency cap counts the first. Rounds keep the order the requests came in.
 */
export function fenceRounds(requests: readonly FenceRequest[]): FenceRound[] {
  const rounds: FenceRound[] = [];
  let left = requests;
  while (left.length) {
    const round = new Map<string, FenceRound>();
    const later: FenceRequest[] = [];
    const learners = new Set<string>();
    for (const request of left) {
      if (request.learnerId && learners.has(request.learnerId)) {
        later.push(request);
        continue;
      }
      if (request.learnerId) learners.add(request.learnerId);
      const key = `${request.audience.sql}\u0000${JSON.stringify(request.audience.params)}`;
      if (!round.has(key)) round.set(key, { audience: request.audience, rows: [] });
      round.get(key)!.rows.push({ id: request.id, token: request.token });
    }
    rounds.push(...round.values());
    left = later;
  }
  return rounds;
}

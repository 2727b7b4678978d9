/** One ambassador of a campaign as the leaderboard counts them. */
export interface AmbassadorTally {
  learnerId: string;
  firstName: string | null;
  clicks: number;
  enrolled: number;
  optedOut: boolean;
}

export interface PublicRank {
  rank: number;
  /** First name only; null for an ambassador who keeps their name off the board (and for one without a first name). */
  firstName: string | null;
  clicks: number;
  enrolled: number;
  /** The reader's own row: shown with their name whatever their choice, since only they see it. */
  you: boolean;
}

/**
 * The leaderboard an ambassador sees on their page: first names only, never a last name or a
 * department, and no name at all for those who opted out. Most enrolments first, then most clicks;
 * ties share a rank (competition ranking); names break ties in the order only.
 */
export function publicLeaderboard(tallies: AmbassadorTally[], readerId: string): PublicRank[] {
  const sorted = [...tallies].sort(
    (a, b) => b.enrolled - a.enrolled || b.clicks - a.clicks || (a.firstName ?? '').localeCompare(b.firstName ?? '') || a.learnerId.localeCompare(b.learnerId),
  );
  return sorted.map((t, i) => {
    const first = sorted.findIndex((o) => o.enrolled === t.enrolled && o.clicks === t.clicks);
    const you = t.learnerId === readerId;
    return { rank: first + 1, firstName: you || !t.optedOut ? t.firstName?.trim() || null : null, clicks: t.clicks, enrolled: t.enrolled, you };
  });
}

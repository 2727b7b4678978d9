/** One ambassador of a campaign as the leaderboard counts them. */
export interface AmbassadorTally {
  learnerId: string;
  firstName: string | null;
  /** Only its initial ever leaves the server, and only to tell apart two ambassadors of the same first name. */
  lastName?: string | null;
  clicks: number;
  enrolled: number;
  optedOut: boolean;
}

export interface PublicRank {
  rank: number;
  /** First name, followed by the last name's initial ("Hiro T.") when another ambassador shares it; null for an ambassador who keeps their name off the board (and for one without a first name). */
  firstName: string | null;
  clicks: number;
  enrolled: number;
  /** The reader's own row: shown with their name whatever their choice, since only they see it. */
  you: boolean;
}

/**
 * The leaderboard an ambassador sees on their page: first names only (with the last name's
 * initial when two ambassadors share a first name), never a full last name or a department, and no name at all for those who opted out. Most enrolments first, then most clicks;
 * ties share a rank (competition ranking); names break ties in the order only.
 */
export function publicLeaderboard(tallies: AmbassadorTally[], readerId: string): PublicRank[] {
  const sorted = [...tallies].sort(
    (a, b) => b.enrolled - a.enrolled || b.clicks - a.clicks || (a.firstName ?? '').localeCompare(b.firstName ?? '') || a.learnerId.localeCompare(b.learnerId),
  );
  const key = (name: string | null | undefined) => name?.trim().toLocaleLowerCase() ?? '';
  const namesakes = new Map<string, number>();
  for (const t of tallies) if (key(t.firstName)) namesakes.set(key(t.firstName), (namesakes.get(key(t.firstName)) ?? 0) + 1);
  return sorted.map((t) => {
    const first = sorted.findIndex((o) => o.enrolled === t.enrolled && o.clicks === t.clicks);
    const you = t.learnerId === readerId;
    return { rank: first + 1, firstName: you || !t.optedOut ? shownName(t, (namesakes.get(key(t.firstName)) ?? 0) > 1) : null, clicks: t.clicks, enrolled: t.enrolled, you };
  });
}

function shownName(t: AmbassadorTally, sharedFirstName: boolean): string | null {
  const first = t.firstName?.trim();
  if (!first) return null;
  const initial = sharedFirstName ? [...(t.lastName?.trim() ?? '')][0] : undefined;
  return initial ? `${first} ${initial.toLocaleUpperCase()}.` : first;
}

/** A session ends after 12 hours without use, and 30 days after sign-in whatever its use. */
export const SESSION_IDLE_MS = 12 * 3600_000;
export const SESSION_ABSOLUTE_MS = 30 * 24 * 3600_000;
/** `last_seen_at` moves at most once a minute, so reads do not each turn into a write. */
export const SESSION_TOUCH_MS = 60_000;

export interface SessionTimes {
  lastSeenAt: Date;
  expiresAt: Date;
}

/** Whether a session may still be used at `now`. */
export function sessionAlive(session: SessionTimes, now: Date): boolean {
  return session.expiresAt.getTime() > now.getTime() && now.getTime() - session.lastSeenAt.getTime() < SESSION_IDLE_MS;
}

/** Whether this use should move `last_seen_at` (sliding idle timeout). */
export function sessionNeedsTouch(session: SessionTimes, now: Date): boolean {
  return now.getTime() - session.lastSeenAt.getTime() >= SESSION_TOUCH_MS;
}

/** The absolute end of a session started at `now`. */
export function sessionExpiry(now: Date): Date {
  return new Date(now.getTime() + SESSION_ABSOLUTE_MS);
}

/** Failed sign-ins counted over a sliding window, per email address and per client address. */
export interface ThrottleLimits {
  windowMs: number;
  perEmail: number;
  perIp: number;
}

export const SIGN_IN_LIMITS: ThrottleLimits = { windowMs: 15 * 60_000, perEmail: 5, perIp: 20 };

/** Failures within the window for one key, and the oldest of them. */
export interface FailureCount {
  failures: number;
  oldest: Date | null;
}

export type ThrottleDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * Whether another attempt may be made now. Attempts refused here are not recorded, so a key holds
 * at most `limit` failures: it is free again when the oldest leaves the window.
 */
export function throttleDecision(byEmail: FailureCount, byIp: FailureCount, now: Date, limits: ThrottleLimits = SIGN_IN_LIMITS): ThrottleDecision {
  const waits: number[] = [];
  const wait = (count: FailureCount, limit: number) => {
    if (count.failures < limit) return;
    const freeAt = (count.oldest?.getTime() ?? now.getTime()) + limits.windowMs;
    waits.push(Math.max(1, Math.ceil((freeAt - now.getTime()) / 1000)));
  };
  wait(byEmail, limits.perEmail);
  wait(byIp, limits.perIp);
  return waits.length ? { allowed: false, retryAfterSeconds: Math.max(...waits) } : { allowed: true };
}

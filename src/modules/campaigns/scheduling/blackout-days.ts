import type { SendWindow } from './send-window';
import { MS_PER_DAY } from './zoned-time';

/** A blackout as stored: local dates (inclusive) and an optional scope, a country or a site. */
export interface Blackout {
  readonly startsOn: string;
  readonly endsOn: string;
  /** ISO 3166-1 alpha-2, as learners store their country; null with `site` null: the whole workspace. */
  readonly country: string | null;
  readonly site: string | null;
}

/** Who a message goes to, as far as blackouts care; null fields for a network post. */
export interface BlackoutScope {
  readonly country: string | null;
  readonly site: string | null;
}

export const WORKSPACE_SCOPE: BlackoutScope = { country: null, site: null };

/** Whether a blackout holds for a recipient: workspace-wide ones for all, scoped ones for their country or site. */
export function blackoutApplies(blackout: Blackout, scope: BlackoutScope): boolean {
  if (blackout.country !== null) return scope.country === blackout.country;
  if (blackout.site !== null) return scope.site === blackout.site;
  return true;
}

/** Wall milliseconds of local midnight on a `YYYY-MM-DD` date. */
export function wallDayOf(date: string): number {
  const [year, month, day] = date.split('-').map(Number);
  return Date.UTC(year, month - 1, day);
}

/** The blackout days of a recipient (wall ms of each day's local midnight), every day of every range. */
export function blackoutDaysFor(blackouts: readonly Blackout[], scope: BlackoutScope): Set<number> {
  const days = new Set<number>();
  for (const blackout of blackouts) {
    if (!blackoutApplies(blackout, scope)) continue;
    for (let day = wallDayOf(blackout.startsOn), last = wallDayOf(blackout.endsOn); day <= last; day += MS_PER_DAY) days.add(day);
  }
  return days;
}

/**
 * The send window of one recipient: the workspace's, with the blackout days that hold for them.
 * Essential messages (a mandatory training notice) go out on blackout days, as DESIGN.md has it:
 * a blackout stops promotion, not service.
 */
export function blackoutWindow(window: SendWindow, blackouts: readonly Blackout[], scope: BlackoutScope, service: boolean): SendWindow {
  if (service || !blackouts.length) return window;
  const blackoutDays = blackoutDaysFor(blackouts, scope);
  return blackoutDays.size ? { ...window, blackoutDays } : window;
}

/**
 * The scope that decides a recipient's blackouts, narrowed to what the blackouts name: learners of a
 * country or site no blackout mentions share the workspace's scope, so the planner computes one send
 * time per zone and distinct scope, not per learner.
 */
export function effectiveScope(blackouts: readonly Blackout[], scope: BlackoutScope): BlackoutScope {
  const country = scope.country !== null && blackouts.some((b) => b.country === scope.country) ? scope.country : null;
  const site = scope.site !== null && blackouts.some((b) => b.site === scope.site) ? scope.site : null;
  return { country, site };
}

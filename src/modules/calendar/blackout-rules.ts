import type { ErrorDetail } from '../../common/errors/domain-error';
import { wallDayOf } from '../campaigns/scheduling/blackout-days';
import { MS_PER_DAY } from '../campaigns/scheduling/zoned-time';
import { isCalendarDate } from './calendar-rules';
import type { NewBlackoutDate } from './blackout-dates.repository';

export interface BlackoutInput {
  startsOn?: unknown;
  endsOn?: unknown;
  label?: unknown;
  country?: unknown;
  site?: unknown;
}

/** A closing lasts at most a year. */
export const MAX_BLACKOUT_DAYS = 366;

export type BlackoutResult = { ok: true; value: NewBlackoutDate } | { ok: false; errors: ErrorDetail[] };

/**
 * A blackout to store: real dates in order (`endsOn` defaults to `startsOn`), a label, and at most
 * one scope, a country (ISO 3166-1 alpha-2, upper-cased as learners' are) or a site (as learners spell it).
 */
export function parseBlackout(input: BlackoutInput): BlackoutResult {
  const errors: ErrorDetail[] = [];
  const startsOn = input.startsOn;
  const endsOn = input.endsOn ?? startsOn;
  if (!isCalendarDate(startsOn)) errors.push({ path: 'startsOn', message: 'startsOn must be a real date written YYYY-MM-DD', code: 'format' });
  if (input.endsOn !== undefined && input.endsOn !== null && !isCalendarDate(input.endsOn)) {
    errors.push({ path: 'endsOn', message: 'endsOn must be a real date written YYYY-MM-DD', code: 'format' });
  } else if (isCalendarDate(startsOn) && isCalendarDate(endsOn)) {
    const days = (wallDayOf(endsOn) - wallDayOf(startsOn)) / MS_PER_DAY + 1;
    if (days < 1) errors.push({ path: 'endsOn', message: 'endsOn must be on or after startsOn', code: 'range' });
    else if (days > MAX_BLACKOUT_DAYS) errors.push({ path: 'endsOn', message: `a blackout lasts at most ${MAX_BLACKOUT_DAYS} days`, code: 'range' });
  }
  const label = typeof input.label === 'string' ? input.label.trim() : '';
  if (!label) errors.push({ path: 'label', message: 'label is required (what the day is: a holiday, a company event, a closing)', code: 'required' });
  else if (label.length > 200) errors.push({ path: 'label', message: 'label is at most 200 characters', code: 'too_long' });
  const country = typeof input.country === 'string' && input.country.trim() ? input.country.trim().toUpperCase() : null;
  const site = typeof input.site === 'string' && input.site.trim() ? input.site.trim() : null;
  if (country !== null && !/^[A-Z]{2}$/.test(country)) errors.push({ path: 'country', message: 'country must be an ISO 3166-1 code of two letters, e.g. FR', code: 'format' });
  if (site !== null && site.length > 200) errors.push({ path: 'site', message: 'site is at most 200 characters', code: 'too_long' });
  if (country !== null && site !== null) errors.push({ path: 'site', message: 'a blackout is for the whole workspace, one country or one site: not both', code: 'conflict' });
  if (errors.length) return { ok: false, errors };
  return { ok: true, value: { startsOn: startsOn as string, endsOn: endsOn as string, label, country, site } };
}

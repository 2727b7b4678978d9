import type { ErrorDetail } from '../../common/errors/domain-error';
import { wallDayOf } from '../campaigns/scheduling/blackout-days';
import { MS_PER_DAY } from '../campaigns/scheduling/zoned-time';

/** The longest span the calendar answers for at once: a year and a bit, to compare a month with last year's. */
export const MAX_CALENDAR_DAYS = 400;
/** Days on which a learner would get more than this many messages are collisions, unless the caller says otherwise. */
export const DEFAULT_COLLISION_THRESHOLD = 1;
/** Learners named per collision day: enough to recognise a pattern, bounded whatever the audience. */
export const COLLISION_SAMPLE = 10;
/** Colours the console cycles through; a campaign keeps its index whatever else is on screen. */
export const CAMPAIGN_COLOURS = 10;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `text` is a real calendar date written `YYYY-MM-DD` (no 30 February). */
export function isCalendarDate(text: unknown): text is string {
  if (typeof text !== 'string') return false;
  const match = DATE.exec(text);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === text;
}

export interface CalendarRange {
  from: string;
  to: string;
  /** Days from `from` to `to`, both included. */
  days: number;
}

export type RangeResult = { ok: true; value: CalendarRange } | { ok: false; errors: ErrorDetail[] };

/** Validates a calendar range: both dates, real, in order, at most `MAX_CALENDAR_DAYS` days; each problem names its field. */
export function parseCalendarRange(from: unknown, to: unknown, maxDays = MAX_CALENDAR_DAYS): RangeResult {
  const errors: ErrorDetail[] = [];
  for (const [path, value] of [['from', from], ['to', to]] as const) {
    if (value === undefined || value === null || value === '') errors.push({ path, message: `${path} is required (a date, YYYY-MM-DD)`, code: 'required' });
    else if (!isCalendarDate(value)) errors.push({ path, message: `${path} must be a real date written YYYY-MM-DD`, code: 'format' });
  }
  if (errors.length) return { ok: false, errors };
  const days = (wallDayOf(to as string) - wallDayOf(from as string)) / MS_PER_DAY + 1;
  if (days < 1) return { ok: false, errors: [{ path: 'to', message: 'to must be on or after from', code: 'range' }] };
  if (days > maxDays) return { ok: false, errors: [{ path: 'to', message: `the calendar covers at most ${maxDays} days at once (asked for ${days})`, code: 'range' }] };
  return { ok: true, value: { from: from as string, to: to as string, days } };
}

/** A campaign's colour: from its id, so it never changes between requests, pages or people. */
export function campaignColour(campaignId: string): number {
  return parseInt(campaignId.replace(/-/g, '').slice(0, 8), 16) % CAMPAIGN_COLOURS;
}

export enum CalendarEntryStatus {
  /** Not planned yet (deliveries are written about a day and a half ahead): its expected day, no volume. */
  Unplanned = 'unplanned',
  Scheduled = 'scheduled',
  /** Part sent, part still to go. */
  Sending = 'sending',
  Sent = 'sent',
}

export function entryStatus(planned: number, sent: number): CalendarEntryStatus {
  if (sent === 0) return CalendarEntryStatus.Scheduled;
  return planned === 0 ? CalendarEntryStatus.Sent : CalendarEntryStatus.Sending;
}

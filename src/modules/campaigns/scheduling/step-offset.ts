import { parsed, refused, type ParseResult } from './parse-result';

/**
 * A step's offset from its anchor, as signed whole minutes (`-P1D` is -1440).
 * A day counts 24 hours: without a local send time that is an exact duration; with one, the offset
 * moves the learner's wall clock, so a day is a calendar day in the learner's zone.
 */
export interface StepOffset {
  readonly minutes: number;
}

/** Ten years either way: enough for an evergreen course, small enough to catch a typo. */
export const MAX_OFFSET_DAYS = 3660;

const MINUTES_PER_HOUR = 60;
const MINUTES_PER_DAY = 24 * MINUTES_PER_HOUR;
const EXAMPLES = 'e.g. -P14D, PT2H, -P1W, P1DT12H or -PT30M';

// The full ISO 8601 duration grammar, so unsupported parts get their own message instead of "invalid".
const ISO_DURATION =
  /^([+-])?P(?:([\d.,]+)Y)?(?:([\d.,]+)M)?(?:([\d.,]+)W)?(?:([\d.,]+)D)?(?:T(?:([\d.,]+)H)?(?:([\d.,]+)M)?(?:([\d.,]+)S)?)?$/;

/**
 * Parses an ISO 8601 duration made of weeks, days, hours and minutes, with an optional sign
 * (`-P14D`, `PT2H`, `-P1W`, `P1DT12H`, `-PT30M`). Years and months are refused: their length
 * depends on where they start, so "one month before the session" has no single meaning.
 */
export function parseStepOffset(text: string): ParseResult<StepOffset> {
  const input = text.trim();
  if (input === '') return refused(`an offset is required (${EXAMPLES})`);
  const match = ISO_DURATION.exec(input.toUpperCase());
  if (!match || input.toUpperCase().endsWith('T')) {
    return refused(`"${text}" is not an ISO 8601 duration (${EXAMPLES})`);
  }
  const [, sign, years, months, weeks, days, hours, minutes, seconds] = match;
  if (years !== undefined || months !== undefined) {
    return refused(
      `"${text}": years and months are not supported because their length varies (28 to 31 days); use weeks or days, e.g. -P4W or -P30D`,
    );
  }
  if (seconds !== undefined) return refused(`"${text}": seconds are not supported; use minutes, e.g. PT30M`);
  const parts = [weeks, days, hours, minutes];
  if (parts.every((part) => part === undefined)) return refused(`"${text}" has no weeks, days, hours or minutes (${EXAMPLES})`);
  if (parts.some((part) => part !== undefined && !/^\d+$/.test(part))) {
    return refused(`"${text}": fractions are not supported; write P1DT12H rather than P1.5D`);
  }
  const [w, d, h, m] = parts.map((part) => (part === undefined ? 0 : Number(part)));
  const total = (w * 7 + d) * MINUTES_PER_DAY + h * MINUTES_PER_HOUR + m;
  if (total > MAX_OFFSET_DAYS * MINUTES_PER_DAY) return refused(`"${text}" is longer than ${MAX_OFFSET_DAYS} days`);
  return parsed({ minutes: sign === '-' && total !== 0 ? -total : total });
}

/** The canonical ISO 8601 spelling: `-P14D`, `P1DT12H`, `-PT30M`, `PT0M`. */
export function formatStepOffset(offset: StepOffset): string {
  const { days, hours, minutes } = split(offset);
  const sign = offset.minutes < 0 ? '-' : '';
  const date = days ? `${days}D` : '';
  const time = `${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}`;
  if (!date && !time) return 'PT0M';
  return `${sign}P${date}${time ? `T${time}` : ''}`;
}

/**
 * A PostgreSQL interval literal for the offset (`-14 days`, `1 days 12 hours`), to pass as a bind
 * parameter cast with `::interval`. It holds no months, so its length in seconds is fixed.
 */
export function toPostgresInterval(offset: StepOffset): string {
  const { days, hours, minutes } = split(offset);
  const sign = offset.minutes < 0 ? '-' : '';
  const parts = [
    days ? `${sign}${days} days` : '',
    hours ? `${sign}${hours} hours` : '',
    minutes || offset.minutes === 0 ? `${sign}${minutes} minutes` : '',
  ];
  return parts.filter(Boolean).join(' ');
}

function split(offset: StepOffset): { days: number; hours: number; minutes: number } {
  const magnitude = Math.abs(offset.minutes);
  return {
    days: Math.floor(magnitude / MINUTES_PER_DAY),
    hours: Math.floor((magnitude % MINUTES_PER_DAY) / MINUTES_PER_HOUR),
    minutes: magnitude % MINUTES_PER_HOUR,
  };
}

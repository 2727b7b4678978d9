/** Calendar days as `YYYY-MM-DD` strings: arithmetic in UTC, so no browser zone can shift a day. */

const DAY_MS = 86_400_000;

export type CalendarView = 'month' | 'week';

export const toDay = (date: Date): string => date.toISOString().slice(0, 10);
export const dayMs = (day: string): number => Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
export const addDays = (day: string, n: number): string => toDay(new Date(dayMs(day) + n * DAY_MS));

/** ISO weekday, 1 = Monday … 7 = Sunday. */
export const isoWeekday = (day: string): number => ((new Date(dayMs(day)).getUTCDay() + 6) % 7) + 1;

/** The Monday that starts the week of `day`. */
export const startOfWeek = (day: string): string => addDays(day, 1 - isoWeekday(day));

/** Today in the viewer's own calendar. */
export function today(now = new Date()): string {
  return toDay(new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate())));
}

/**
 * The days a view shows around `anchor`: a week (Monday to Sunday), or the whole weeks that hold the
 * month of `anchor` (4 to 6 rows of 7 days). `inMonth` says which belong to the month itself.
 */
export function viewDays(view: CalendarView, anchor: string): { day: string; inMonth: boolean }[] {
  if (view === 'week') return Array.from({ length: 7 }, (_, i) => ({ day: addDays(startOfWeek(anchor), i), inMonth: true }));
  const first = `${anchor.slice(0, 7)}-01`;
  const month = first.slice(0, 7);
  const last = addDays(`${toDay(new Date(Date.UTC(Number(anchor.slice(0, 4)), Number(anchor.slice(5, 7)), 1)))}`, -1);
  const days: { day: string; inMonth: boolean }[] = [];
  for (let d = startOfWeek(first); dayMs(d) <= dayMs(addDays(startOfWeek(last), 6)); d = addDays(d, 1)) days.push({ day: d, inMonth: d.startsWith(month) });
  return days;
}

/** The anchor of the previous or next page of a view. */
export function shiftAnchor(view: CalendarView, anchor: string, direction: -1 | 1): string {
  if (view === 'week') return addDays(anchor, 7 * direction);
  const year = Number(anchor.slice(0, 4));
  const month = Number(anchor.slice(5, 7)) - 1 + direction;
  return toDay(new Date(Date.UTC(year, month, 1)));
}

/** Rows of 7 days. */
export const weeksOf = <T,>(days: T[]): T[][] => Array.from({ length: Math.ceil(days.length / 7) }, (_, i) => days.slice(i * 7, i * 7 + 7));

/** Whether a blackout covers a day. */
export const covers = (blackout: { startsOn: string; endsOn: string }, day: string): boolean => blackout.startsOn <= day && day <= blackout.endsOn;

/** Items grouped by their `date`, in the order given. */
export function byDate<T extends { date: string }>(items: readonly T[]): Map<string, T[]> {
  const grouped = new Map<string, T[]>();
  for (const item of items) {
    const list = grouped.get(item.date);
    if (list) list.push(item);
    else grouped.set(item.date, [item]);
  }
  return grouped;
}

/**
 * The colours a campaign's chips take, by its stable index: hues far apart (no red: red marks collisions), dark shades under white
 * text and light ones under black (the chips use Mantine's autoContrast), each pair WCAG AA.
 */
export const CAMPAIGN_COLOURS = ['blue.9', 'orange.5', 'teal.9', 'grape.9', 'yellow.5', 'violet.3', 'cyan.3', 'lime.5', 'pink.9', 'dark.5'] as const;
export const campaignColour = (index: number): string => CAMPAIGN_COLOURS[index % CAMPAIGN_COLOURS.length]!;

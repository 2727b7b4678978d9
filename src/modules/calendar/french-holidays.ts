import Holidays from 'date-holidays';

export interface PublicHoliday {
  /** The local date, `YYYY-MM-DD`. */
  date: string;
  name: string;
}

export const HOLIDAY_YEARS = { min: 2000, max: 2100 } as const;

/**
 * The public holidays of metropolitan France in a year (the eleven days off, Easter Monday, Ascension
 * and Whit Monday included), named in `language` (`fr` or `en`). The calendar comes from
 * date-holidays; only `public` days count, not observances such as Mother's Day.
 */
export function frenchPublicHolidays(year: number, language: string): PublicHoliday[] {
  const holidays = new Holidays('FR');
  return holidays
    .getHolidays(year, language === 'fr' ? 'fr' : 'en')
    .filter((holiday) => holiday.type === 'public')
    .map((holiday) => ({ date: holiday.date.slice(0, 10), name: holiday.name }));
}

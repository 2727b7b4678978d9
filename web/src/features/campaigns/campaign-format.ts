import type { TFunction } from 'i18next';
import type { CampaignStatus } from './use-campaigns';
import { offsetParts } from './timeline-layout';

const formats = new Map<string, Intl.DateTimeFormat>();

function format(locale: string, zone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${zone}|${JSON.stringify(options)}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { ...options, timeZone: zone });
    formats.set(key, f);
  }
  return f;
}

/** « mar. 14 avr., 09:00 » in a zone. */
export const dayAndTime = (instant: number | string, zone: string, locale: string): string =>
  format(locale, zone, { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(instant));

/** « 14 avr., 09:00 » in a zone (a card's date). */
export const shortDayAndTime = (instant: number | string, zone: string, locale: string): string =>
  format(locale, zone, { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(instant));

/** « 14 avr. 2026 » in a zone. */
export const dateOnly = (instant: number | string, zone: string, locale: string): string =>
  format(locale, zone, { day: 'numeric', month: 'short', year: 'numeric' }).format(new Date(instant));

/** « 14 avr. » in a zone (axis ticks). */
export const shortDay = (instant: number | string, zone: string, locale: string): string =>
  format(locale, zone, { day: 'numeric', month: 'short' }).format(new Date(instant));

/** « 09:00 » in a zone. */
export const timeOnly = (instant: number | string, zone: string, locale: string): string =>
  format(locale, zone, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(instant));

/** A zone as people read it: « Europe/Paris » → « Paris ». */
export const zoneCity = (zone: string): string => (zone.split('/').pop() ?? zone).replace(/_/g, ' ');

/** A step's offset from its anchor in words: « 14 jours avant le début de la session, à 09:00 ». */
export function whenInWords(t: TFunction, step: { anchor: string; offset: string; localTime: string | null }): string {
  const parts = offsetParts(step.offset);
  const anchor = t(`anchorsIn.${step.anchor}`);
  const at = step.localTime ? t('when.atTime', { time: step.localTime.slice(0, 5) }) : '';
  if (!parts) return step.offset;
  if (parts.direction === 'at') return `${t('when.at', { anchor })}${at}`;
  const amounts = [
    parts.days ? t('when.days', { count: parts.days }) : null,
    parts.hours ? t('when.hours', { count: parts.hours }) : null,
    parts.minutes ? t('when.minutes', { count: parts.minutes }) : null,
  ].filter(Boolean);
  return `${t(`when.${parts.direction}`, { amount: amounts.join(' '), anchor })}${at}`;
}

export const STATUS_COLORS: Record<CampaignStatus, string> = {
  draft: 'gray',
  scheduled: 'blue',
  running: 'green',
  paused: 'orange',
  completed: 'teal',
  cancelled: 'red',
};

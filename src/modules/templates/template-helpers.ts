import type { HelperOptions } from 'handlebars';
import type Handlebars from 'handlebars';
import { safeUrl } from './render-context';

/** What every render passes as Handlebars `data`: the recipient's language and time zone. */
export interface RenderData {
  locale: string;
  timeZone: string;
}

type HandlebarsRuntime = typeof Handlebars;

// Handlebars' own block helpers that templates may use; `lookup`, `log` and the rest are refused.
export const BUILTIN_HELPERS = ['if', 'unless', 'each', 'with'] as const;

export const CUSTOM_HELPERS = [
  'formatDate',
  'formatTime',
  'formatDateTime',
  'formatRange',
  'duration',
  'plural',
  'de',
  'eq',
  'ne',
  'gt',
  'gte',
  'lt',
  'lte',
  'and',
  'or',
  'not',
  'default',
  'join',
  'url',
  'link',
] as const;

export const KNOWN_HELPERS: ReadonlySet<string> = new Set<string>([...BUILTIN_HELPERS, ...CUSTOM_HELPERS]);

/** `{formatDate: true, …}` for Handlebars' `knownHelpers` compile option. */
export const KNOWN_HELPERS_OPTION: Record<string, boolean> = Object.fromEntries(CUSTOM_HELPERS.map((name) => [name, true]));

function dataOf(options: HelperOptions): RenderData {
  const data = (options?.data ?? {}) as Partial<RenderData>;
  return { locale: data.locale ?? 'en', timeZone: data.timeZone ?? 'UTC' };
}

const isFrench = (locale: string) => locale.toLowerCase().startsWith('fr');

type DateKind = 'date' | 'dateYear' | 'time' | 'dateTime' | 'dateTimeYear';

// Formatting is the costly part of a render: Intl formatters are kept per locale and zone, and the
// results per value (a campaign's recipients share a handful of dates, zones and locales).
const formatters = new Map<string, Intl.DateTimeFormat>();
const formatted = new Map<string, string>();
const FORMATTED_LIMIT = 5000;

function formatter(locale: string, timeZone: string): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}`;
  let format = formatters.get(key);
  if (!format) {
    const options: Intl.DateTimeFormatOptions = { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };
    try {
      format = new Intl.DateTimeFormat(locale, { ...options, timeZone });
    } catch {
      // An unknown zone or locale falls back to UTC and English rather than failing a send.
      format = new Intl.DateTimeFormat('en', { ...options, timeZone: 'UTC' });
    }
    formatters.set(key, format);
  }
  return format;
}

/** Formats a date (ISO string or Date) in a locale and zone: "mardi 14 janvier à 09:00". */
export function formatMoment(value: unknown, kind: DateKind, locale: string, timeZone: string): string {
  const iso = value instanceof Date ? value.toISOString() : typeof value === 'string' ? value : '';
  if (!iso) return '';
  const key = `${kind}|${locale}|${timeZone}|${iso}`;
  const hit = formatted.get(key);
  if (hit !== undefined) return hit;
  const date = new Date(iso);
  let result = '';
  if (!Number.isNaN(date.getTime())) {
    const parts: Record<string, string> = {};
    for (const part of formatter(locale, timeZone).formatToParts(date)) parts[part.type] = part.value;
    const day = `${parts.weekday} ${parts.day} ${parts.month}${kind === 'dateYear' || kind === 'dateTimeYear' ? ` ${parts.year}` : ''}`;
    const time = `${parts.hour}:${parts.minute}`;
    if (kind === 'time') result = time;
    else if (kind === 'date' || kind === 'dateYear') result = day;
    else result = `${day} ${isFrench(locale) ? 'à' : 'at'} ${time}`;
  }
  if (formatted.size >= FORMATTED_LIMIT) formatted.clear();
  formatted.set(key, result);
  return result;
}

function zoneOf(options: HelperOptions): string {
  const zone = options.hash?.timeZone;
  return typeof zone === 'string' && zone ? zone : dataOf(options).timeZone;
}

/** "mardi 14 janvier" / "Tuesday 14 January"; `year=true` adds the year. */
export function formatDate(value: unknown, options: HelperOptions): string {
  return formatMoment(value, options.hash?.year ? 'dateYear' : 'date', dataOf(options).locale, zoneOf(options));
}

/** "09:00", 24-hour in every locale. */
export function formatTime(value: unknown, options: HelperOptions): string {
  return formatMoment(value, 'time', dataOf(options).locale, zoneOf(options));
}

/** "mardi 14 janvier à 09:00" / "Tuesday 14 January at 09:00". */
export function formatDateTime(value: unknown, options: HelperOptions): string {
  return formatMoment(value, options.hash?.year ? 'dateTimeYear' : 'dateTime', dataOf(options).locale, zoneOf(options));
}

/**
 * `{{formatRange session.startsAt session.endsAt}}`: "mercredi 16 décembre, de 14:00 à 17:00" on one
 * day; "du mercredi 16 décembre à 14:00 au dimanche 20 décembre à 17:00" across days (in the
 * learner's zone, where a session may cross midnight). English: "Wednesday 16 December, 14:00 to
 * 17:00" / "from Wednesday 16 December at 14:00 to Sunday 20 December at 17:00".
 */
export function formatRange(start: unknown, end: unknown, options: HelperOptions): string {
  return formatRangeIn(start, end, dataOf(options).locale, zoneOf(options));
}

/** `formatRange` outside a template: the range in a given locale and zone. */
export function formatRangeIn(start: unknown, end: unknown, locale: string, zone: string): string {
  const [startDay, endDay] = [formatMoment(start, 'date', locale, zone), formatMoment(end, 'date', locale, zone)];
  if (!startDay) return '';
  const [startTime, endTime] = [formatMoment(start, 'time', locale, zone), formatMoment(end, 'time', locale, zone)];
  const french = isFrench(locale);
  if (!endDay) return formatMoment(start, 'dateTime', locale, zone);
  if (startDay === endDay) return french ? `${startDay}, de ${startTime} à ${endTime}` : `${startDay}, ${startTime} to ${endTime}`;
  return french ? `du ${startDay} à ${startTime} au ${endDay} à ${endTime}` : `from ${startDay} at ${startTime} to ${endDay} at ${endTime}`;
}

// Zone cities whose French name differs from the IANA spelling.
const FRENCH_CITIES: Record<string, string> = { Montreal: 'Montréal', Mexico_City: 'Mexico', Sao_Paulo: 'São Paulo', Brussels: 'Bruxelles', London: 'Londres', Lisbon: 'Lisbonne', Vienna: 'Vienne', Warsaw: 'Varsovie', Prague: 'Prague', Singapore: 'Singapour', Algiers: 'Alger', Reunion: 'La Réunion', Martinique: 'Martinique', Guadeloupe: 'Guadeloupe', Noumea: 'Nouméa', Tahiti: 'Tahiti' };

/** A zone named for a reader: "heure de Paris", "heure de Montréal" / "Paris time"; "UTC" for UTC. */
export function zoneLabel(timeZone: string, locale: string): string {
  if (!timeZone.includes('/')) return timeZone;
  const raw = timeZone.split('/').pop()!;
  if (isFrench(locale)) return `heure ${elidedDe(FRENCH_CITIES[raw] ?? raw.replace(/_/g, ' '), locale)}`;
  return `${raw.replace(/_/g, ' ')} time`;
}

/**
 * A session's dates for a reader in `zone`, the zone named: "mardi 15 décembre, de 03:00 à 11:00
 * (heure de Montréal)". When the session's own zone shows another time, its start is added:
 * "…(heure de Montréal), soit 09:00 heure de Paris" / "…(Montreal time), that is 09:00 Paris time".
 */
export function formatSessionWhen(start: string, end: string, locale: string, zone: string, sessionZone: string): string {
  const range = `${formatRangeIn(start, end, locale, zone)} (${zoneLabel(zone, locale)})`;
  const here = formatMoment(start, 'dateTime', locale, zone);
  const there = formatMoment(start, 'dateTime', locale, sessionZone);
  if (zone === sessionZone || here === there) return range;
  const time = formatMoment(start, formatMoment(start, 'date', locale, zone) === formatMoment(start, 'date', locale, sessionZone) ? 'time' : 'dateTime', locale, sessionZone);
  return isFrench(locale) ? `${range}, soit ${time} ${zoneLabel(sessionZone, locale)}` : `${range}, that is ${time} ${zoneLabel(sessionZone, locale)}`;
}

/** Minutes as "1 h 30" / "1 hr 30 min", "45 min", "2 h" / "2 hr". */
export function formatDuration(minutes: unknown, locale: string): string {
  const total = typeof minutes === 'string' ? Number(minutes) : minutes;
  if (typeof total !== 'number' || !Number.isFinite(total) || total <= 0) return '';
  const h = Math.floor(total / 60);
  const m = Math.round(total % 60);
  if (h === 0) return `${m} min`;
  if (isFrench(locale)) return m ? `${h} h ${String(m).padStart(2, '0')}` : `${h} h`;
  return m ? `${h} hr ${m} min` : `${h} hr`;
}

/** `{{plural session.seatsLeft "place" "places"}}` → "1 place" / "3 places", by the locale's rules. */
export function plural(count: unknown, one: unknown, other: unknown, locale: string): string {
  const n = Number(count);
  if (!Number.isFinite(n)) return '';
  const word = new Intl.PluralRules(locale).select(n) === 'one' ? one : other;
  return `${n} ${String(word)}`;
}

// A name starting with a vowel sound: a vowel, a mute h (Hélène, Hugo), or a y before a consonant (Yves, but Yann).
const VOWEL_SOUND = /^(?:[aeiouæœ]|h|y(?![aeiouy]))/i;

/**
 * `{{de sponsor.name}}`: "de" with French elision, "d’Isabelle", "de Marc", "d’Hélène", "d’Yves",
 * "de Yann"; in other languages the value alone (a template's English says "from" itself).
 * An empty value gives an empty text.
 */
export function elidedDe(value: unknown, locale: string): string {
  const text = value === null || value === undefined ? '' : String(value).trim();
  if (!text || !isFrench(locale)) return text;
  const initial = text.normalize('NFD').replace(/\p{M}/gu, '');
  return VOWEL_SOUND.test(initial) ? `d’${text}` : `de ${text}`;
}

/** Registers Clarion's helpers on a dedicated Handlebars instance. */
export function registerHelpers(hb: HandlebarsRuntime): void {
  const values = (args: unknown[]) => args.slice(0, -1);

  hb.registerHelper('formatDate', (value: unknown, options: HelperOptions) => formatDate(value, options));
  hb.registerHelper('formatTime', (value: unknown, options: HelperOptions) => formatTime(value, options));
  hb.registerHelper('formatDateTime', (value: unknown, options: HelperOptions) => formatDateTime(value, options));
  hb.registerHelper('formatRange', (start: unknown, end: unknown, options: HelperOptions) => formatRange(start, end, options));
  hb.registerHelper('duration', (minutes: unknown, options: HelperOptions) => formatDuration(minutes, dataOf(options).locale));
  hb.registerHelper('plural', (count: unknown, one: unknown, other: unknown, options: HelperOptions) =>
    plural(count, one, other, dataOf(options).locale),
  );
  hb.registerHelper('de', (value: unknown, options: HelperOptions) => elidedDe(value, dataOf(options).locale));
  hb.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  hb.registerHelper('ne', (a: unknown, b: unknown) => a !== b);
  hb.registerHelper('gt', (a: unknown, b: unknown) => Number(a) > Number(b));
  hb.registerHelper('gte', (a: unknown, b: unknown) => Number(a) >= Number(b));
  hb.registerHelper('lt', (a: unknown, b: unknown) => Number(a) < Number(b));
  hb.registerHelper('lte', (a: unknown, b: unknown) => Number(a) <= Number(b));
  hb.registerHelper('and', (...args: unknown[]) => values(args).every(Boolean));
  hb.registerHelper('or', (...args: unknown[]) => values(args).some(Boolean));
  hb.registerHelper('not', (value: unknown) => !value);
  hb.registerHelper('default', (value: unknown, fallback: unknown) => (value === null || value === undefined || value === '' ? fallback : value));
  hb.registerHelper('join', (list: unknown, ...rest: unknown[]) => {
    const separator = typeof rest[0] === 'string' ? rest[0] : ', ';
    return Array.isArray(list) ? list.map(String).join(separator) : '';
  });
  hb.registerHelper('url', (value: unknown) => safeUrl(value));
  // A complete, escaped <a>; a non-http(s) URL leaves only the label.
  hb.registerHelper('link', (...args: unknown[]) => {
    const [href, label] = values(args);
    const text = hb.escapeExpression(String(label ?? href ?? ''));
    const target = safeUrl(href);
    return new hb.SafeString(target ? `<a href="${hb.escapeExpression(target)}">${text}</a>` : text);
  });
}

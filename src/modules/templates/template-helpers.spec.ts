import Handlebars from 'handlebars';
import { elidedDe, formatDuration, formatMoment, formatSessionWhen, plural, registerHelpers, zoneLabel } from './template-helpers';

describe('template helpers', () => {
  it.each([
    ['fr', 'Europe/Paris', 'dateTime', '2025-01-14T08:00:00Z', 'mardi 14 janvier à 09:00'],
    ['en', 'Europe/Paris', 'dateTime', '2025-01-14T08:00:00Z', 'Tuesday 14 January at 09:00'],
    ['en', 'America/New_York', 'dateTime', '2025-01-14T08:00:00Z', 'Tuesday 14 January at 03:00'],
    ['fr', 'Europe/Paris', 'date', '2025-01-14T08:00:00Z', 'mardi 14 janvier'],
    ['fr', 'Europe/Paris', 'dateYear', '2025-01-14T08:00:00Z', 'mardi 14 janvier 2025'],
    ['en', 'Asia/Tokyo', 'time', '2025-01-14T23:30:00Z', '08:30'],
    // Daylight saving: 07:00 UTC is 09:00 in Paris in summer, 08:00 in winter.
    ['fr', 'Europe/Paris', 'time', '2025-07-01T07:00:00Z', '09:00'],
    ['fr', 'Europe/Paris', 'time', '2025-12-01T07:00:00Z', '08:00'],
    ['fr', 'Europe/Paris', 'date', 'not a date', ''],
    ['en', 'Not/AZone', 'time', '2025-01-14T08:00:00Z', '08:00'],
  ] as const)('formats %s in %s (%s) %s → %s', (locale, zone, kind, value, expected) => {
    expect(formatMoment(value, kind, locale, zone)).toBe(expected);
  });

  it.each([
    [90, 'fr', '1 h 30'],
    [90, 'en', '1 hr 30 min'],
    [60, 'fr', '1 h'],
    [120, 'en', '2 hr'],
    [45, 'en', '45 min'],
    [605, 'fr', '10 h 05'],
    [0, 'en', ''],
    ['abc', 'en', ''],
  ])('duration(%p, %s) = %p', (minutes, locale, expected) => {
    expect(formatDuration(minutes, locale)).toBe(expected);
  });

  it.each([
    [1, 'fr', '1 place'],
    [0, 'fr', '0 place'],
    [0, 'en', '0 places'],
    [4, 'en', '4 places'],
  ])('plural(%p) in %s', (n, locale, expected) => {
    expect(plural(n, 'place', 'places', locale)).toBe(expected);
  });

  it.each([
    ['Isabelle Moreau', 'fr', 'd’Isabelle Moreau'],
    ['Marc Lefèvre', 'fr', 'de Marc Lefèvre'],
    ['Émilie', 'fr', 'd’Émilie'],
    ['Œdipe', 'fr', 'd’Œdipe'],
    ['Hélène', 'fr', 'd’Hélène'],
    ['Yves', 'fr', 'd’Yves'],
    ['Yann', 'fr', 'de Yann'],
    ['  Ulrich ', 'fr-CA', 'd’Ulrich'],
    ['Isabelle', 'en', 'Isabelle'],
    ['', 'fr', ''],
    [null, 'fr', ''],
  ])('de(%p) in %s = %p', (name, locale, expected) => {
    expect(elidedDe(name, locale)).toBe(expected);
  });

  it.each([
    ['fr', 'Europe/Paris', '2026-12-16T13:00:00Z', '2026-12-16T16:00:00Z', 'mercredi 16 décembre, de 14:00 à 17:00'],
    ['fr', 'Europe/Paris', '2026-12-16T13:00:00Z', '2026-12-20T16:00:00Z', 'du mercredi 16 décembre à 14:00 au dimanche 20 décembre à 17:00'],
    ['en', 'Europe/Paris', '2026-12-16T13:00:00Z', '2026-12-16T16:00:00Z', 'Wednesday 16 December, 14:00 to 17:00'],
    // The same afternoon in Paris ends after midnight in Tokyo: two days there.
    ['en', 'Asia/Tokyo', '2026-12-16T13:00:00Z', '2026-12-16T16:00:00Z', 'from Wednesday 16 December at 22:00 to Thursday 17 December at 01:00'],
  ])('formatRange in %s, %s: %s → %s', (locale, timeZone, start, end, expected) => {
    const hb = Handlebars.create();
    registerHelpers(hb);
    expect(hb.compile('{{formatRange start end}}')({ start, end }, { data: { locale, timeZone } })).toBe(expected);
  });

  it('renders helpers with the locale and zone passed as data, and keeps only http(s) links', () => {
    const hb = Handlebars.create();
    registerHelpers(hb);
    const template = hb.compile('{{formatDateTime at}} | {{link good "Go"}} | {{link bad "<b>Bad</b>"}} | {{url bad}}|{{#if (and a (not b))}}yes{{/if}}|{{default missing "fallback"}}|{{join list " / "}}|Le mot {{de who}}');
    const out = template(
      { at: '2025-01-14T08:00:00Z', good: 'https://example.com/?a=1&b=2', bad: 'javascript:alert(1)', a: true, b: false, list: ['x', 'y'], who: 'Isabelle' },
      { data: { locale: 'fr', timeZone: 'Europe/Paris' } },
    );
    expect(out).toBe('mardi 14 janvier à 09:00 | <a href="https://example.com/?a&#x3D;1&amp;b&#x3D;2">Go</a> | &lt;b&gt;Bad&lt;/b&gt; | |yes|fallback|x / y|Le mot d’Isabelle');
  });
});

describe('session times named with their zone', () => {
  const start = '2026-12-15T08:00:00Z';
  const end = '2026-12-19T16:00:00Z';

  it('names the zone', () => {
    expect(zoneLabel('Europe/Paris', 'fr')).toBe('heure de Paris');
    expect(zoneLabel('America/Montreal', 'fr-CA')).toBe('heure de Montréal');
    expect(zoneLabel('Europe/Amsterdam', 'fr')).toBe('heure d’Amsterdam');
    expect(zoneLabel('America/New_York', 'en')).toBe('New York time');
    expect(zoneLabel('UTC', 'fr')).toBe('UTC');
  });

  it('gives the range in the reader’s zone, and the session’s own start when it differs', () => {
    expect(formatSessionWhen(start, end, 'fr', 'America/Montreal', 'Europe/Paris')).toBe(
      'du mardi 15 décembre à 03:00 au samedi 19 décembre à 11:00 (heure de Montréal), soit 09:00 heure de Paris',
    );
    expect(formatSessionWhen(start, '2026-12-15T16:00:00Z', 'en', 'Europe/Paris', 'Europe/Paris')).toBe('Tuesday 15 December, 09:00 to 17:00 (Paris time)');
  });

  it('gives the session’s date too when the day differs', () => {
    expect(formatSessionWhen('2026-12-15T01:00:00Z', '2026-12-15T03:00:00Z', 'fr', 'America/Montreal', 'Europe/Paris')).toBe(
      'lundi 14 décembre, de 20:00 à 22:00 (heure de Montréal), soit mardi 15 décembre à 02:00 heure de Paris',
    );
  });
});

import { blackoutApplies, blackoutDaysFor, blackoutWindow, effectiveScope, wallDayOf, type Blackout, type BlackoutScope } from './blackout-days';
import { OPEN_WINDOW } from './send-window';

const all = (startsOn: string, endsOn = startsOn): Blackout => ({ startsOn, endsOn, country: null, site: null });
const country = (code: string, on: string): Blackout => ({ startsOn: on, endsOn: on, country: code, site: null });
const site = (name: string, on: string): Blackout => ({ startsOn: on, endsOn: on, country: null, site: name });

describe('blackoutApplies', () => {
  it.each<[Blackout, BlackoutScope, boolean, string]>([
    [all('2026-07-14'), { country: 'DE', site: 'Lyon' }, true, 'workspace-wide: everyone'],
    [all('2026-07-14'), { country: null, site: null }, true, 'workspace-wide: a network post too'],
    [country('FR', '2026-07-14'), { country: 'FR', site: null }, true, 'the country'],
    [country('FR', '2026-07-14'), { country: 'DE', site: null }, false, 'another country'],
    [country('FR', '2026-07-14'), { country: null, site: null }, false, 'no country: not scoped in'],
    [site('Lyon', '2026-07-14'), { country: 'FR', site: 'Lyon' }, true, 'the site'],
    [site('Lyon', '2026-07-14'), { country: 'FR', site: 'lyon' }, false, 'sites compare exactly, as segments do'],
  ])('%j for %j: %p (%s)', (blackout, scope, applies) => {
    expect(blackoutApplies(blackout, scope)).toBe(applies);
  });
});

describe('blackoutDaysFor', () => {
  it('lists every day of each range that holds, once, across month ends', () => {
    const days = blackoutDaysFor([all('2026-12-30', '2027-01-02'), all('2027-01-01'), country('DE', '2027-01-05'), site('Lyon', '2026-12-01')], { country: 'FR', site: 'Lyon' });
    expect([...days].sort((a, b) => a - b).map((d) => new Date(d).toISOString().slice(0, 10))).toEqual(['2026-12-01', '2026-12-30', '2026-12-31', '2027-01-01', '2027-01-02']);
  });

  it('reads dates as wall days', () => {
    expect(wallDayOf('2026-03-29')).toBe(Date.UTC(2026, 2, 29));
  });
});

describe('blackoutWindow', () => {
  it('adds the days of the recipient, and none to a service message', () => {
    const blackouts = [country('FR', '2026-07-14')];
    expect(blackoutWindow(OPEN_WINDOW, blackouts, { country: 'FR', site: null }, false).blackoutDays).toEqual(new Set([wallDayOf('2026-07-14')]));
    expect(blackoutWindow(OPEN_WINDOW, blackouts, { country: 'FR', site: null }, true)).toBe(OPEN_WINDOW);
    expect(blackoutWindow(OPEN_WINDOW, blackouts, { country: 'DE', site: null }, false)).toBe(OPEN_WINDOW);
  });
});

describe('effectiveScope', () => {
  it('keeps only the country and site some blackout names, so learners share send times', () => {
    const blackouts = [country('FR', '2026-07-14'), site('Lyon', '2026-06-01')];
    expect(effectiveScope(blackouts, { country: 'FR', site: 'Paris' })).toEqual({ country: 'FR', site: null });
    expect(effectiveScope(blackouts, { country: 'DE', site: 'Lyon' })).toEqual({ country: null, site: 'Lyon' });
    expect(effectiveScope([], { country: 'FR', site: 'Lyon' })).toEqual({ country: null, site: null });
  });
});

import { describe, expect, it } from 'vitest';
import { foldText } from '../fold-text';
import { resolveTypedZone, searchZones, zoneEntries, zoneRegion } from './zone-search';

// Part of what PostgreSQL lists: canonical zones, old aliases, and zones of no country.
const ZONES = ['America/Montreal', 'America/New_York', 'America/Toronto', 'America/Vancouver', 'Canada/Eastern', 'Etc/GMT+5', 'Europe/Brussels', 'Europe/Paris', 'UTC'];

describe('zone search', () => {
  it('folds accents, case and separators', () => {
    expect(foldText('Montréal')).toBe('montreal');
    expect(foldText('America/New_York')).toBe('america new york');
    expect(foldText('  Côte d’Ivoire ')).toBe('cote d ivoire');
  });

  it('knows the country of a zone, aliases included', () => {
    expect(zoneRegion('Europe/Paris')).toBe('FR');
    expect(zoneRegion('America/Toronto')).toBe('CA');
    expect(zoneRegion('America/Montreal')).toBe('CA');
    expect(zoneRegion('Canada/Eastern')).toBe('CA');
    expect(zoneRegion('UTC')).toBeNull();
  });

  it.each([
    ['fr', 'Montréal', ['America/Montreal']],
    ['fr', 'montreal', ['America/Montreal']],
    ['fr', 'Canada', ['America/Montreal', 'America/Toronto', 'America/Vancouver', 'Canada/Eastern']],
    ['fr', 'belgique', ['Europe/Brussels']],
    ['en', 'Belgium', ['Europe/Brussels']],
    ['en', 'new york', ['America/New_York']],
    ['en', 'york', ['America/New_York']],
    ['en', 'états-unis', []],
    ['fr', 'États-Unis', ['America/New_York']],
    ['en', 'paris', ['Europe/Paris']],
    ['en', 'zzz', []],
  ])('in %s, %j finds %j', (language, search, zones) => {
    expect(searchZones(zoneEntries(ZONES, language), search).map((e) => e.zone)).toEqual(zones);
  });

  it('names countries in the reader’s language', () => {
    const [montreal] = zoneEntries(['America/Montreal'], 'fr');
    expect(montreal).toMatchObject({ city: 'Montreal', country: 'Canada' });
    expect(zoneEntries(['Europe/Brussels'], 'fr')[0]!.country).toBe('Belgique');
    expect(zoneEntries(['UTC'], 'fr')[0]!.country).toBeNull();
  });

  it('puts cities that begin with the search first', () => {
    expect(searchZones(zoneEntries(['America/Argentina/Buenos_Aires', 'Europe/Paris', 'America/Toronto'], 'en', ), 'to')[0]!.zone).toBe('America/Toronto');
  });

  it.each([
    ['America/Montreal', 'America/Montreal'],
    ['america/montreal', 'America/Montreal'],
    ['Montréal', 'America/Montreal'],
    ['new york', 'America/New_York'],
    ['Canada', null],
    ['Montreal, Canada', null],
    ['', null],
  ])('reads %j as %j', (typed, zone) => {
    expect(resolveTypedZone(zoneEntries(ZONES, 'fr'), typed)).toBe(zone);
  });
});

import type { DataSource } from 'typeorm';
import { ConfigError, loadConfig } from '../../config/app-config';
import { TimeZones } from './time-zones';

// A PostgreSQL whose tz database has these names only.
const PG_NAMES = ['Europe/Paris', 'America/New_York', 'UTC', 'Factory', 'posixrules'];

async function loaded(env: Record<string, string> = {}): Promise<TimeZones> {
  const dataSource = { query: async () => PG_NAMES.map((name) => ({ name })) } as unknown as DataSource;
  const zones = new TimeZones(dataSource, loadConfig(env));
  await zones.onModuleInit();
  return zones;
}

describe('TimeZones', () => {
  it.each([
    ['Europe/Paris', 'Europe/Paris'],
    ['europe/PARIS', 'Europe/Paris'],
    ['UTC', 'UTC'],
    // Node reads it, PostgreSQL does not list it.
    ['US/Pacific-New', undefined],
    ['Asia/Tokyo', undefined],
    // PostgreSQL lists them, Luxon cannot compute in them.
    ['Factory', undefined],
    ['posixrules', undefined],
    ['', undefined],
    [' Europe/Paris', undefined],
  ])('%j → %j', async (zone, canonical) => {
    const zones = await loaded();
    expect(zones.canonical(zone)).toBe(canonical);
    expect(zones.isKnown(zone)).toBe(canonical !== undefined);
  });

  it('lists the usable names, sorted', async () => {
    expect((await loaded()).names()).toEqual(['America/New_York', 'Europe/Paris', 'UTC']);
  });

  it('refuses to start when DEFAULT_TIME_ZONE is not a zone PostgreSQL knows', async () => {
    await expect(loaded({ DEFAULT_TIME_ZONE: 'US/Pacific-New' })).rejects.toThrow(ConfigError);
    await expect(loaded({ DEFAULT_TIME_ZONE: 'US/Pacific-New' })).rejects.toThrow(/DEFAULT_TIME_ZONE: "US\/Pacific-New" is not an IANA time zone known to the database/);
    await expect(loaded({ DEFAULT_TIME_ZONE: 'America/New_York' })).resolves.toBeInstanceOf(TimeZones);
  });

  it('cannot be asked before the names are loaded', () => {
    const zones = new TimeZones({} as DataSource, loadConfig({}));
    expect(() => zones.isKnown('Europe/Paris')).toThrow(/before the names were loaded/);
  });
});

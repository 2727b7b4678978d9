// Finding a time zone as a person names it: by city ("Montréal", "new york") or by country in the
// reader's language ("Canada", "Allemagne"), accents and case aside. The zone ids carry the city;
// Intl knows which zones each country uses and how to name the country.

import { foldText } from '../fold-text';
import { regionZones } from '../regions';

/** A zone with what a search matches it on. */
export interface ZoneEntry {
  zone: string;
  /** The last part of the id, spaced: "Montreal", "Port of Spain". */
  city: string;
  /** The country the zone is in, in the reader's language; null for UTC, Etc/… and the like. */
  country: string | null;
  /** Id, city and country, folded (see `foldText`). */
  text: string;
}

let zoneRegions: Map<string, string> | null = null;

function regionOfZones(): Map<string, string> {
  zoneRegions ??= new Map([...regionZones()].flatMap(([region, zones]) => zones.map((zone) => [zone, region] as const)));
  return zoneRegions;
}

/** The country of a zone: its own, or its canonical zone's (America/Montreal is America/Toronto's alias). */
export function zoneRegion(zone: string): string | null {
  const regions = regionOfZones();
  const direct = regions.get(zone);
  if (direct) return direct;
  try {
    return regions.get(new Intl.DateTimeFormat('en', { timeZone: zone }).resolvedOptions().timeZone) ?? null;
  } catch {
    return null;
  }
}

/** The zones with their search text, countries named in `language`. */
export function zoneEntries(zones: readonly string[], language: string): ZoneEntry[] {
  const regionNames = new Intl.DisplayNames([language, 'en'], { type: 'region', fallback: 'none' });
  return zones.map((zone) => {
    const city = (zone.split('/').at(-1) ?? zone).replaceAll('_', ' ');
    const region = zoneRegion(zone);
    const country = (region && regionNames.of(region)) || null;
    return { zone, city, country, text: foldText(`${zone} ${country ?? ''}`) };
  });
}

/**
 * The zones whose text holds every word typed (each as the start of a word), cities that begin with
 * the search first, then countries that do, then the rest, each in id order.
 */
export function searchZones(entries: readonly ZoneEntry[], search: string): ZoneEntry[] {
  const query = foldText(search);
  if (!query) return [...entries];
  const words = query.split(' ');
  const rank = (entry: ZoneEntry) => {
    if (foldText(entry.city).startsWith(query)) return 0;
    if (entry.country && foldText(entry.country).startsWith(query)) return 1;
    return 2;
  };
  return entries
    .filter((entry) => words.every((word) => ` ${entry.text}`.includes(` ${word}`)))
    .map((entry) => ({ entry, rank: rank(entry) }))
    .sort((a, b) => a.rank - b.rank)
    .map(({ entry }) => entry);
}

/**
 * The zone a typed text names without doubt: the id itself (any case), or the only zone whose city
 * it is ("montréal" → America/Montreal). Null otherwise: the text is left as typed, and flagged.
 */
export function resolveTypedZone(entries: readonly ZoneEntry[], typed: string): string | null {
  const text = typed.trim().toLowerCase();
  if (!text) return null;
  const exact = entries.find((entry) => entry.zone.toLowerCase() === text);
  if (exact) return exact.zone;
  const query = foldText(typed);
  const cities = entries.filter((entry) => foldText(entry.city) === query);
  return cities.length === 1 ? cities[0]!.zone : null;
}

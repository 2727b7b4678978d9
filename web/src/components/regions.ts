// Countries as Intl knows them: each with the time zones it uses, and its name in a language. No
// list of our own: every ISO 3166-1 code Intl places a zone in (old codes such as FX left out).

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
let zonesByRegion: Map<string, string[]> | null = null;

/** Country code → its zones (canonical names), for every country that has one. */
export function regionZones(): ReadonlyMap<string, string[]> {
  if (zonesByRegion) return zonesByRegion;
  zonesByRegion = new Map();
  const named = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  for (const a of LETTERS) {
    for (const b of LETTERS) {
      const code = a + b;
      const locale = new Intl.Locale(`und-${code}`) as Intl.Locale & { getTimeZones?: () => string[]; timeZones?: string[] };
      if (locale.region !== code || !named.of(code)) continue;
      const zones = locale.getTimeZones?.() ?? locale.timeZones ?? [];
      if (zones.length) zonesByRegion.set(code, zones);
    }
  }
  return zonesByRegion;
}

/** The countries by name in `language`, sorted as that language sorts; the value is the code. */
export function countryOptions(language: string): { value: string; label: string }[] {
  const names = new Intl.DisplayNames([language, 'en'], { type: 'region' });
  const collator = new Intl.Collator(language);
  return [...regionZones().keys()].map((code) => ({ value: code, label: names.of(code) ?? code })).sort((a, b) => collator.compare(a.label, b.label));
}

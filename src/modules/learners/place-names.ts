import { ISO_COUNTRY_CODES } from './iso-countries';

// Countries and languages written by name, as HR exports write them ("Belgique", "anglais",
// "English"): read back to their codes through Intl's own names, in French and English and, for a
// language, in itself ("Deutsch"). Accents, case and punctuation aside; a name two codes share is
// left out rather than guessed.

const NAME_LANGUAGES = ['fr', 'en'];
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** "Côte d’Ivoire" and "cote d'ivoire" read alike. */
export function foldName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function reverseMap(codes: Iterable<string>, namesOf: (code: string) => Array<string | undefined>): Map<string, string> {
  const map = new Map<string, string>();
  const shared = new Set<string>();
  for (const code of codes) {
    for (const name of new Set(namesOf(code).filter((n): n is string => Boolean(n)).map(foldName))) {
      if (!name || shared.has(name)) continue;
      const taken = map.get(name);
      if (taken === undefined) map.set(name, code);
      else if (taken !== code) {
        map.delete(name);
        shared.add(name);
      }
    }
  }
  return map;
}

let countries: Map<string, string> | undefined;
let languages: Map<string, string> | undefined;

/** The ISO 3166-1 alpha-2 code a country name stands for ("Belgique", "Germany"), or undefined. */
export function countryCodeByName(name: string): string | undefined {
  countries ??= reverseMap(ISO_COUNTRY_CODES, (code) =>
    NAME_LANGUAGES.flatMap((language) => (['long', 'short'] as const).map((style) => new Intl.DisplayNames([language], { type: 'region', style, fallback: 'none' }).of(code))),
  );
  return countries.get(foldName(name));
}

/** The language a name stands for ("Français", "anglais", "Deutsch"), as a BCP 47 tag, or undefined. */
export function languageTagByName(name: string): string | undefined {
  // Every two-letter ISO 639-1 code Intl can name: no list of our own.
  languages ??= reverseMap(
    [...LETTERS].flatMap((a) => [...LETTERS].map((b) => a + b)).filter((code) => new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' }).of(code) !== undefined),
    (code) => [...NAME_LANGUAGES, code].map((language) => new Intl.DisplayNames([language], { type: 'language', fallback: 'none' }).of(code)),
  );
  return languages.get(foldName(name));
}

/**
 * Content in several languages (a brand kit's sender name and footer, a course's title and
 * skills): the base values are written in the workspace's default language; `translations` holds
 * the other languages, one entry per locale, each giving the fields it translates.
 */
export type Translation<T, F extends keyof T> = { locale: string } & { [K in F]?: T[K] | null };

/** A locale as templates, brand kits and courses name them: "fr", "en", "fr-CA". */
export const CONTENT_LOCALE = /^[a-z]{2,3}(-[A-Z]{2})?$/;

/**
 * The one fallback rule for content in several languages, as for template variants: for each
 * field, the reader's locale, then the workspace's default locale (in which the base values are
 * written), then any other locale (in locale order). A locale is matched exactly first, then by
 * its language ("fr-CA" for "fr"). An empty value (null, blank text, empty list) is no value and
 * falls through to the next.
 */
export function localise<T extends object, F extends keyof T & string>(
  base: T,
  translations: ReadonlyArray<Translation<T, F>> | null | undefined,
  fields: readonly F[],
  locales: { reader: string | null | undefined; workspace: string },
): T {
  if (!translations?.length) return base;
  const baseEntry = { ...base, locale: locales.workspace } as Translation<T, F>;
  const entries = [...translations, baseEntry];
  const ordered: Array<Translation<T, F>> = [];
  const add = (entry: Translation<T, F> | undefined) => entry && !ordered.includes(entry) && ordered.push(entry);
  for (const wanted of [locales.reader, locales.workspace]) {
    if (!wanted) continue;
    // A translation written for the workspace's own locale overrides the base values.
    add(entries.find((e) => e.locale.toLowerCase() === wanted.toLowerCase()));
    add(entries.find((e) => e.locale.slice(0, 2).toLowerCase() === wanted.slice(0, 2).toLowerCase()));
  }
  add(baseEntry);
  [...translations].sort((a, b) => a.locale.localeCompare(b.locale)).forEach(add);

  const result = { ...base };
  for (const field of fields) {
    const found = ordered.find((entry) => hasValue(entry[field]));
    if (found) result[field] = found[field] as T[F];
  }
  return result;
}

/**
 * Translations as stored: text trimmed, empty fields and entries with nothing left dropped, in
 * locale order. `clean` may tidy each value further (a list of skills).
 */
export function tidyTranslations<T, F extends keyof T & string>(
  entries: ReadonlyArray<Translation<T, F>>,
  fields: readonly F[],
  clean: (field: F, value: unknown) => unknown = (_, value) => value,
): Array<Translation<T, F>> {
  const tidy: Array<Translation<T, F>> = [];
  for (const entry of entries) {
    const kept = { locale: entry.locale } as Translation<T, F>;
    for (const field of fields) {
      const raw: unknown = entry[field];
      const value = typeof raw === 'string' ? raw.trim() : raw;
      const cleaned = value === null || value === undefined ? value : clean(field, value);
      if (hasValue(cleaned)) (kept as Record<string, unknown>)[field] = cleaned;
    }
    if (Object.keys(kept).length > 1) tidy.push(kept);
  }
  return tidy.sort((a, b) => a.locale.localeCompare(b.locale));
}

function hasValue(value: unknown): boolean {
  if (value === null || value === undefined) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.length > 0;
  return true;
}

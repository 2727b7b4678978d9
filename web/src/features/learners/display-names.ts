// Country codes and language tags shown as words in the reader's language (Intl), falling back to the code.

const cache = new Map<string, Intl.DisplayNames | null>();

function names(locale: string, type: 'region' | 'language'): Intl.DisplayNames | null {
  const key = `${locale}:${type}`;
  if (!cache.has(key)) {
    try {
      cache.set(key, new Intl.DisplayNames([locale], { type }));
    } catch {
      cache.set(key, null);
    }
  }
  return cache.get(key)!;
}

export function countryName(code: string | null | undefined, locale: string): string {
  if (!code) return '';
  try {
    return names(locale, 'region')?.of(code) ?? code;
  } catch {
    return code;
  }
}

export function languageName(tag: string | null | undefined, locale: string): string {
  if (!tag) return '';
  try {
    return names(locale, 'language')?.of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** "Jeanne Lefèvre", or null when the learner has no name. */
export function fullName(learner: { firstName: string | null; lastName: string | null }): string | null {
  const name = [learner.firstName, learner.lastName].filter(Boolean).join(' ').trim();
  return name || null;
}

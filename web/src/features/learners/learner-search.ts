// The learners list's state in the URL (shareable; the back button walks it). Kept free of
// imports so the router can use it without pulling the learners screens into the first chunk.

export const FACETS = ['department', 'site', 'country', 'personaId', 'locale'] as const;
export type Facet = (typeof FACETS)[number];

export interface LearnerSearch {
  q?: string;
  department?: string;
  site?: string;
  country?: string;
  personaId?: string;
  locale?: string;
  /** The page's cursor (absent: the first page). */
  cursor?: string;
}

const text = (value: unknown, max = 200): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value.slice(0, max) : typeof value === 'number' ? String(value) : undefined;

export function validateLearnerSearch(search: Record<string, unknown>): LearnerSearch {
  const result: LearnerSearch = {};
  const q = text(search.q);
  if (q) result.q = q;
  for (const facet of FACETS) {
    const value = text(search[facet]);
    if (value) result[facet] = value;
  }
  const cursor = text(search.cursor, 500);
  if (cursor) result.cursor = cursor;
  return result;
}

/** The filters of a search (no cursor): what the list and its count are asked with. */
export function filtersOf(search: LearnerSearch): Omit<LearnerSearch, 'cursor'> {
  const { cursor: _cursor, ...filters } = search;
  return filters;
}
